// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fake-api.ts';
import { loadPortMap } from './port-tracks.ts';

const consignment = (n: number) => ({
  billOfLading: `BOL${n}`,
  track: [
    [-104.3, 19.05],
    [-103.35, 20.66],
  ],
  findings: n % 2 ? [{ id: `f${n}`, kind: 'dwell', severity: 'low' }] : [],
  marking: null,
  source: 'stored',
});

const site = (n: number) => ({
  locationId: `urn:epc:id:sgln:7500000.${String(n).padStart(5, '0')}.0`,
  name: `Bodega ${n}`,
  kind: 'site',
  lat: 19 + n / 10_000,
  lon: -99,
});

describe('the port map data', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the port's tracks in one request and every page of the locations", async () => {
    const sites = Array.from({ length: 2345 }, (_, n) => site(n));
    const api = fakeApi({
      'GET /api/ports/MXZLO/tracks': () => ({
        body: { port: 'MXZLO', items: Array.from({ length: 12345 }, (_, n) => consignment(n)) },
      }),
      'GET /api/locations': (call) => {
        const offset = Number(call.query.get('offset') ?? 0);
        const limit = Number(call.query.get('limit'));
        return { body: { items: sites.slice(offset, offset + limit) } };
      },
    });
    const data = await loadPortMap('MXZLO', new AbortController().signal);
    expect(data.consignments).toHaveLength(12345);
    expect(data.tracks.features).toHaveLength(12345);
    // Alerting tracks are those with findings; each finding is drawn at the track's last point.
    expect(data.tracks.features.filter((f) => f.properties?.alerting)).toHaveLength(6172);
    expect(data.findings.features).toHaveLength(6172);
    expect(data.findings.features[0]?.geometry.coordinates).toEqual([-103.35, 20.66]);
    expect(data.locations.features.filter((f) => f.properties?.kind === 'site')).toHaveLength(2345);
    expect(api.calls.filter((c) => c.path === '/api/ports/MXZLO/tracks')).toHaveLength(1);
    expect(api.calls.filter((c) => c.path === '/api/locations').map((c) => c.query.get('offset'))).toEqual([
      '0',
      '1000',
      '2000',
    ]);
  });

  it('still draws the tracks when the locations cannot be read', async () => {
    fakeApi({
      'GET /api/ports/MXVER/tracks': () => ({ body: { port: 'MXVER', items: [consignment(1)] } }),
      'GET /api/locations': () => ({ status: 500, body: { error: { code: 'INTERNAL' } } }),
    });
    const data = await loadPortMap('MXVER', new AbortController().signal);
    expect(data.tracks.features).toHaveLength(1);
    // With no registry, the ports of the vocabulary are drawn so the map is never blank.
    expect(data.locations.features.some((f) => f.properties?.kind === 'port')).toBe(true);
  });
});

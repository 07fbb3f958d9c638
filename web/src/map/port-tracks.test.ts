// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fake-api.ts';
import { loadPortMap } from './port-tracks.ts';

const consignment = (n: number) => ({
  billOfLading: `BOL${n}`,
  portLocode: 'MXZLO',
  track: [
    [-104.3, 19.05],
    [-103.35, 20.66],
  ],
  findings: n % 2 ? [{ id: `f${n}`, kind: 'dwell', severity: 'low' }] : [],
});

describe('the port map data', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every page of the port with tracks included, and asks for no consignment detail', async () => {
    const all = Array.from({ length: 12345 }, (_, n) => consignment(n));
    const api = fakeApi({
      'GET /api/consignments': (call) => {
        const offset = Number(call.query.get('offset') ?? 0);
        const limit = Number(call.query.get('limit'));
        return { body: { items: all.slice(offset, offset + limit) } };
      },
      'GET /api/locations': () => ({ body: { items: [] } }),
    });
    const data = await loadPortMap('MXZLO', new AbortController().signal);
    expect(data.consignments).toHaveLength(12345);
    expect(data.tracks.features).toHaveLength(12345);
    expect(data.findings.features).toHaveLength(6172);
    const lists = api.calls.filter((c) => c.path === '/api/consignments');
    // The first page alone, then the next pages together until one comes back short.
    expect(lists.map((c) => c.query.get('offset'))).toEqual(['0', '5000', '10000', '15000', '20000']);
    expect(
      lists.every(
        (c) =>
          c.query.get('port') === 'MXZLO' &&
          c.query.get('include') === 'track' &&
          c.query.get('simplify') === '1000',
      ),
    ).toBe(true);
    expect(api.calls.some((c) => c.path.startsWith('/api/consignments/'))).toBe(false);
  });
});

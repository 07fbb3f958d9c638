import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, findingsToGeoJSON, tracksToGeoJSON } from './layers.ts';

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('map layers from API records', () => {
  it('draws one line per consignment with at least two usable positions', () => {
    const tracks = tracksToGeoJSON([
      {
        billOfLading: 'A',
        track: [
          { lat: 19.05, lon: -104.31 },
          { lat: 20.66, lon: -103.35 },
        ],
        alerting: true,
      },
      { billOfLading: 'B', track: [{ lat: 19.05, lon: -104.31 }] },
      {
        billOfLading: 'C',
        track: [
          { lat: Number.NaN, lon: -104 },
          { lat: 95, lon: 10 },
          { lat: 19, lon: -99 },
        ],
      },
    ]);
    expect(tracks.features.map((f) => f.properties?.bol)).toEqual(['A']);
    expect(tracks.features[0]!.properties?.alerting).toBe(true);
    expect(tracks.features[0]!.geometry.coordinates[0]).toEqual([-104.31, 19.05]); // GeoJSON is [lon, lat]
  });

  it('never emits a coordinate outside the globe, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lat: fc.double(), lon: fc.double() }), { maxLength: 20 }),
        (positions) => {
          const lines = tracksToGeoJSON([{ billOfLading: 'X', track: positions }]);
          const dots = findingsToGeoJSON(positions.map((p, i) => ({ id: String(i), kind: 'dwell', ...p })));
          for (const [lon, lat] of [
            ...lines.features.flatMap((f) => f.geometry.coordinates),
            ...dots.features.map((f) => f.geometry.coordinates),
          ] as [number, number][]) {
            expect(Math.abs(lat)).toBeLessThanOrEqual(90);
            expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          }
        },
      ),
    );
  });

  it('frames every position it draws', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 30 }), (positions) => {
        const bounds = boundsOf(tracksToGeoJSON([{ billOfLading: 'X', track: positions }]))!;
        for (const p of positions) {
          expect(p.lon).toBeGreaterThanOrEqual(bounds[0][0]);
          expect(p.lat).toBeGreaterThanOrEqual(bounds[0][1]);
          expect(p.lon).toBeLessThanOrEqual(bounds[1][0]);
          expect(p.lat).toBeLessThanOrEqual(bounds[1][1]);
        }
      }),
    );
  });

  it('has nothing to frame when nothing is drawn', () => {
    expect(boundsOf(tracksToGeoJSON([]), findingsToGeoJSON([]))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString } from 'geojson';
import { FLOATS_PER_VERTEX, mercatorX, mercatorY, pickTrack, trackGeometry } from './track-geometry.ts';

const line = (bol: string, coordinates: [number, number][], alerting = false) => ({
  type: 'Feature' as const,
  properties: { bol, alerting },
  geometry: { type: 'LineString' as const, coordinates },
});
const collection = (...features: ReturnType<typeof line>[]): FeatureCollection<LineString> => ({
  type: 'FeatureCollection',
  features,
});

/** Manzanillo to Guadalajara to Mexico City; a second track alerting; a one-point track draws nothing. */
const tracks = collection(
  line(
    'ALERT',
    [
      [-104.31, 19.06],
      [-99.13, 19.43],
    ],
    true,
  ),
  line('ROAD', [
    [-104.31, 19.06],
    [-103.35, 20.67],
    [-99.13, 19.43],
  ]),
  line('STILL', [[-104.31, 19.06]]),
);

describe('the tracks layer geometry', () => {
  it('projects to web mercator', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(85.0511287798)).toBeCloseTo(0, 6);
  });

  it('makes a quad of four vertices and two triangles per segment, alerting tracks last', () => {
    const geometry = trackGeometry(tracks);
    expect(geometry.segmentCount).toBe(3);
    expect(geometry.vertices).toHaveLength(3 * 4 * FLOATS_PER_VERTEX);
    expect(geometry.indices).toHaveLength(3 * 6);
    expect(geometry.billsOfLading).toEqual(['ROAD', 'STILL', 'ALERT']);
    // The last segment is the alerting one: every vertex of it says so.
    const alertFlags = Array.from(
      { length: 4 },
      (_, c) => geometry.vertices[(2 * 4 + c) * FLOATS_PER_VERTEX + 5],
    );
    expect(alertFlags).toEqual([1, 1, 1, 1]);
    // Each quad spans both sides of its segment.
    const sides = Array.from({ length: 4 }, (_, c) => geometry.vertices[c * FLOATS_PER_VERTEX + 4]);
    expect(sides).toEqual([1, -1, -1, 1]);
    // The dashes are measured from each segment's start: its two end vertices say they are the end.
    const ends = Array.from({ length: 4 }, (_, c) => geometry.vertices[c * FLOATS_PER_VERTEX + 6]);
    expect(ends).toEqual([0, 0, 1, 1]);
    expect(Math.max(...geometry.indices)).toBe(3 * 4 - 1);
  });

  it('picks the track under a point, the one drawn on top where they overlap, and none far away', () => {
    const geometry = trackGeometry(tracks);
    const at = (lon: number, lat: number, radius = 1e-4) =>
      pickTrack(geometry, mercatorX(lon), mercatorY(lat), radius);
    expect(at(-103.35, 20.67)).toBe('ROAD'); // Guadalajara: only the road passes there
    expect(at(-104.31, 19.06)).toBe('ALERT'); // the port: both start there, the alerting one is on top
    expect(at(-110, 25)).toBeNull();
  });

  it('is empty for no tracks', () => {
    const geometry = trackGeometry(collection());
    expect(geometry.segmentCount).toBe(0);
    expect(pickTrack(geometry, 0.2, 0.4, 1)).toBeNull();
  });
});

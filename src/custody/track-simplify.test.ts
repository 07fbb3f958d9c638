import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distanceToSegmentM,
  overviewTrack,
  roundCoordinate,
  simplifyTrack,
  type LonLat,
} from './track-simplify.ts';

const point = fc.tuple(
  fc.double({ min: -118, max: -86, noNaN: true }),
  fc.double({ min: 14, max: 33, noNaN: true }),
) as fc.Arbitrary<LonLat>;

describe('simplifyTrack', () => {
  it('drops points of a straight line and keeps its ends', () => {
    const line: LonLat[] = Array.from({ length: 50 }, (_, i) => [-104 + i * 0.01, 19 + i * 0.01]);
    expect(simplifyTrack(line, 100)).toEqual([line[0], line[49]]);
  });

  it('keeps a detour farther than the tolerance and drops one closer', () => {
    const far: LonLat[] = [
      [-104, 19],
      [-103.5, 19.1],
      [-103, 19],
    ]; // ≈ 11 km off the chord
    const near: LonLat[] = [
      [-104, 19],
      [-103.5, 19.001],
      [-103, 19],
    ]; // ≈ 110 m off the chord
    expect(simplifyTrack(far, 1000)).toEqual(far);
    expect(simplifyTrack(near, 1000)).toEqual([near[0], near[2]]);
  });

  it('keeps the points it is told to keep', () => {
    const line: LonLat[] = Array.from({ length: 10 }, (_, i) => [-104 + i * 0.01, 19]);
    expect(simplifyTrack(line, 1000, new Set([4]))).toEqual([line[0], line[4], line[9]]);
  });

  it('returns the track unchanged with no tolerance', () => {
    const track: LonLat[] = [
      [-104, 19],
      [-104, 19],
      [-103, 20],
    ];
    expect(simplifyTrack(track, 0)).toEqual(track);
  });

  it('keeps ends, keeps order, and every dropped point lies within the tolerance of the result', () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 1, max: 50_000 }),
        (track, tol) => {
          const simplified = simplifyTrack(track, tol);
          // Kept points are the track's own objects: their positions in the track must increase.
          const kept: number[] = [];
          for (const p of simplified) kept.push(track.indexOf(p, (kept.at(-1) ?? -1) + 1));
          expect(kept[0]).toBe(0);
          expect(kept.at(-1)).toBe(track.length - 1);
          expect(kept.every((i) => i >= 0)).toBe(true);
          for (let n = 1; n < kept.length; n++) {
            const [from, to] = [kept[n - 1]!, kept[n]!];
            for (let i = from + 1; i < to; i++) {
              expect(distanceToSegmentM(track[i]!, track[from]!, track[to]!)).toBeLessThanOrEqual(tol + 1e-6);
            }
          }
        },
      ),
    );
  });
});

describe('overviewTrack', () => {
  it('rounds to 5 decimals and drops consecutive duplicates', () => {
    expect(roundCoordinate(-104.123456789)).toBe(-104.12346);
    expect(
      overviewTrack(
        [
          [-104.000001, 19.000001],
          [-104.000002, 19.000002],
          [-103, 20],
        ],
        0,
      ),
    ).toEqual([
      [-104, 19],
      [-103, 20],
    ]);
  });

  it('keeps a point it is told to keep, however close to the line', () => {
    const line: LonLat[] = Array.from({ length: 5 }, (_, i) => [-104 + i * 0.1, 19]);
    expect(overviewTrack(line, 2000, new Set([2]))).toEqual([line[0], line[2], line[4]]);
  });

  it('never keeps more points than the track has', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), (track) => {
        expect(overviewTrack(track, 1500).length).toBeLessThanOrEqual(track.length);
      }),
    );
  });
});

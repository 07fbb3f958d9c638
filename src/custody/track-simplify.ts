/**
 * Track simplification for the overview map: Douglas–Peucker with a tolerance in metres, then coordinates
 * rounded to 5 decimals (≈ 1 m). A port's tracks on the medium world are ≈ 460,000 points (15 MB of JSON);
 * at national zoom a kilometre of tolerance is invisible and keeps a small fraction of them.
 */

export type LonLat = [number, number];

const EARTH_RADIUS_M = 6_371_000;
const RADIANS = Math.PI / 180;

/** Rounds to 5 decimals (≈ 1.1 m at the equator): finer digits only inflate the JSON. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/**
 * Distance in metres from `p` to the segment `a`–`b`, on a local equirectangular projection centred on the
 * segment: exact enough at the scale of a tolerance (kilometres) and cheap.
 */
export function distanceToSegmentM(p: LonLat, a: LonLat, b: LonLat): number {
  const cosLat = Math.cos(((a[1] + b[1]) / 2) * RADIANS);
  const toXY = (q: LonLat): [number, number] => [
    (q[0] - a[0]) * RADIANS * EARTH_RADIUS_M * cosLat,
    (q[1] - a[1]) * RADIANS * EARTH_RADIUS_M,
  ];
  const [px, py] = toXY(p);
  const [bx, by] = toXY(b);
  const lengthSquared = bx * bx + by * by;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / lengthSquared));
  return Math.hypot(px - t * bx, py - t * by);
}

/**
 * Douglas–Peucker: keeps the first and last points, every index in `keep` (e.g. a point a finding names), and
 * every point farther than `toleranceM` from the simplified line. Iterative, so long tracks cannot overflow the
 * stack. A tolerance of 0 or less returns the track unchanged.
 */
export function simplifyTrack(
  track: readonly LonLat[],
  toleranceM: number,
  keep: ReadonlySet<number> = new Set(),
): LonLat[] {
  if (toleranceM <= 0 || track.length <= 2) return [...track];
  const kept = new Uint8Array(track.length);
  kept[0] = 1;
  kept[track.length - 1] = 1;
  for (const index of keep) if (index >= 0 && index < track.length) kept[index] = 1;
  // Forced points split the track into independent spans, each simplified on its own.
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < track.length; i++) {
    if (kept[i]) {
      spans.push([start, i]);
      start = i;
    }
  }
  while (spans.length > 0) {
    const [first, last] = spans.pop()!;
    let farthest = -1;
    let farthestDistance = toleranceM;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegmentM(track[i]!, track[first]!, track[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      kept[farthest] = 1;
      spans.push([first, farthest], [farthest, last]);
    }
  }
  return track.filter((_, i) => kept[i] === 1);
}

/**
 * The overview map's track: simplified (when `toleranceM` > 0) keeping the indices in `keep`, rounded,
 * consecutive duplicates dropped.
 */
export function overviewTrack(
  track: readonly LonLat[],
  toleranceM: number,
  keep: ReadonlySet<number> = new Set(),
): LonLat[] {
  const rounded: LonLat[] = [];
  for (const [lon, lat] of simplifyTrack(track, toleranceM, keep)) {
    const point: LonLat = [roundCoordinate(lon), roundCoordinate(lat)];
    const previous = rounded.at(-1);
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}

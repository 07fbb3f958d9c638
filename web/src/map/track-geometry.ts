/**
 * The vertex data of the tracks layer (track-layer.ts) and picking a track under the pointer, kept apart
 * from WebGL so both are tested without a browser. Positions are web-mercator coordinates (0..1 across
 * the world, y down), as MapLibre's custom layers take them.
 */
import type { FeatureCollection, LineString } from 'geojson';

/**
 * Floats per vertex: position (2), the segment's other end (2), side of the line (1), alerting (1), and whether
 * the vertex is the segment's end (1): the shader measures the dashes from each segment's start.
 */
export const FLOATS_PER_VERTEX = 7;

export interface TrackGeometry {
  /** Four vertices per segment: its start on either side, then its end on either side. */
  vertices: Float32Array;
  /** Two triangles per segment. */
  indices: Uint32Array;
  /** Segment ends as [x1, y1, x2, y2] per segment, for picking. */
  segments: Float64Array;
  /** The feature (track) each segment belongs to. */
  owners: Int32Array;
  /** The bill of lading of each feature. */
  billsOfLading: string[];
  segmentCount: number;
}

export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

export function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

/**
 * Builds the buffers for every line of the collection. Alerting tracks come last so they are drawn on
 * top of the others.
 */
export function trackGeometry(tracks: FeatureCollection<LineString>): TrackGeometry {
  const ordered = [...tracks.features].sort(
    (a, b) => Number(a.properties?.alerting === true) - Number(b.properties?.alerting === true),
  );
  const segmentCount = ordered.reduce((n, f) => n + Math.max(0, f.geometry.coordinates.length - 1), 0);
  const vertices = new Float32Array(segmentCount * 4 * FLOATS_PER_VERTEX);
  const indices = new Uint32Array(segmentCount * 6);
  const segments = new Float64Array(segmentCount * 4);
  const owners = new Int32Array(segmentCount);
  const billsOfLading: string[] = [];
  let s = 0;
  // Plain index writes, no arrays per segment: Manzanillo is 76,000 segments, built on every load.
  const vertex = (
    v: number,
    px: number,
    py: number,
    ox: number,
    oy: number,
    side: number,
    alert: number,
    end: number,
  ) => {
    const at = v * FLOATS_PER_VERTEX;
    vertices[at] = px;
    vertices[at + 1] = py;
    vertices[at + 2] = ox;
    vertices[at + 3] = oy;
    vertices[at + 4] = side;
    vertices[at + 5] = alert;
    vertices[at + 6] = end;
  };
  ordered.forEach((feature, owner) => {
    billsOfLading.push(String(feature.properties?.bol ?? ''));
    const alerting = feature.properties?.alerting === true ? 1 : 0;
    const coordinates = feature.geometry.coordinates;
    let x1 = 0;
    let y1 = 0;
    coordinates.forEach(([lon, lat], i) => {
      const x2 = mercatorX(lon!);
      const y2 = mercatorY(lat!);
      if (i > 0) {
        segments[s * 4] = x1;
        segments[s * 4 + 1] = y1;
        segments[s * 4 + 2] = x2;
        segments[s * 4 + 3] = y2;
        owners[s] = owner;
        // The end's "other" is the start, which reverses the direction: its sides are negated to match.
        const v = s * 4;
        vertex(v, x1, y1, x2, y2, 1, alerting, 0);
        vertex(v + 1, x1, y1, x2, y2, -1, alerting, 0);
        vertex(v + 2, x2, y2, x1, y1, -1, alerting, 1);
        vertex(v + 3, x2, y2, x1, y1, 1, alerting, 1);
        const i6 = s * 6;
        indices[i6] = v;
        indices[i6 + 1] = v + 1;
        indices[i6 + 2] = v + 2;
        indices[i6 + 3] = v;
        indices[i6 + 4] = v + 2;
        indices[i6 + 5] = v + 3;
        s++;
      }
      x1 = x2;
      y1 = y2;
    });
  });
  return { vertices, indices, segments, owners, billsOfLading, segmentCount };
}

/**
 * The bill of lading of the track nearest to a point (mercator), if one passes within `radius`
 * (mercator units): a scan of every segment, a few milliseconds for a port's 100,000.
 */
export function pickTrack(geometry: TrackGeometry, x: number, y: number, radius: number): string | null {
  let best = radius * radius;
  let found = -1;
  const { segments } = geometry;
  for (let s = 0; s < geometry.segmentCount; s++) {
    const x1 = segments[s * 4]!;
    const y1 = segments[s * 4 + 1]!;
    const dx = segments[s * 4 + 2]! - x1;
    const dy = segments[s * 4 + 3]! - y1;
    const length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
    const ex = x1 + t * dx - x;
    const ey = y1 + t * dy - y;
    const distance = ex * ex + ey * ey;
    // `<=`: of overlapping tracks the last drawn (on top, alerting ones last) is the one picked.
    if (distance <= best) {
      best = distance;
      found = s;
    }
  }
  return found === -1 ? null : (geometry.billsOfLading[geometry.owners[found]!] ?? null);
}

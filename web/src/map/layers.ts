/** Pure builders from API records to GeoJSON the map draws (tested without a browser). */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Location } from '../api/types.ts';

export interface TrackInput {
  billOfLading: string;
  track: { lat: number; lon: number }[];
  alerting?: boolean;
}
/** A place to draw: a registered location, or a port the map always names. */
export type LocationInput = Pick<Location, 'locationId' | 'name' | 'kind' | 'lat' | 'lon'>;
export interface FindingInput {
  id: string;
  kind: string;
  billOfLading?: string;
  lat?: number | null;
  lon?: number | null;
}

interface MaybePositioned {
  lat?: number | null | undefined;
  lon?: number | null | undefined;
}

/** Whether a record has a position on the globe (findings and events may have none). */
const isPositioned = <T extends MaybePositioned>(p: T): p is T & { lat: number; lon: number } =>
  typeof p.lat === 'number' &&
  typeof p.lon === 'number' &&
  Number.isFinite(p.lat) &&
  Number.isFinite(p.lon) &&
  Math.abs(p.lat) <= 90 &&
  Math.abs(p.lon) <= 180;

/** A [lon, lat] pair as the API sends it (a number[] to the typed client), or null when it is not one. */
export function lonLat(pair: readonly number[]): { lat: number; lon: number } | null {
  const [lon, lat] = pair;
  return lon === undefined || lat === undefined ? null : { lat, lon };
}

export function locationsToGeoJSON(locations: LocationInput[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: locations.filter(isPositioned).map((l) => ({
      type: 'Feature',
      id: l.locationId,
      // GET /api/locations does not say whether a site is licensed: every site is drawn as one.
      properties: { id: l.locationId, name: l.name, kind: l.kind, licensed: true },
      geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
    })),
  };
}

/** One line per consignment; a track with fewer than two usable points is not a line and is left out. */
export function tracksToGeoJSON(tracks: TrackInput[]): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const t of tracks) {
    const coordinates = t.track.filter(isPositioned).map((p) => [p.lon, p.lat]);
    if (coordinates.length < 2) continue;
    features.push({
      type: 'Feature',
      properties: { bol: t.billOfLading, alerting: t.alerting === true },
      geometry: { type: 'LineString', coordinates },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function findingsToGeoJSON(findings: FindingInput[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: findings.filter(isPositioned).map((f) => ({
      type: 'Feature',
      properties: { id: f.id, kind: f.kind, bol: f.billOfLading ?? null },
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
    })),
  };
}

/**
 * A consignment's named points (drawn by marks.ts): where its track starts (the port), the declared destination
 * and the last known position.
 */
export const MARK_COLORS = { start: '#5fb3f9', destination: '#4ade80', last: '#fcd34d' } as const;
type MarkRole = keyof typeof MARK_COLORS;

export interface MarkInput {
  role: MarkRole;
  lat: number;
  lon: number;
  /** Shown beside the point; null draws the point without a label. */
  label: string | null;
}

export function marksToGeoJSON(marks: readonly MarkInput[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: marks
      .filter((m) => Number.isFinite(m.lat) && Number.isFinite(m.lon))
      .map((m) => ({
        type: 'Feature',
        properties: { role: m.role, label: m.label },
        geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
      })),
  };
}

export type Bounds = [[number, number], [number, number]];

/** The box around every coordinate of the given collections, or null when there is nothing to frame. */
export function boundsOf(...collections: FeatureCollection[]): Bounds | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  const visit = (position: number[]) => {
    const [lon, lat] = position as [number, number];
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  };
  for (const collection of collections) {
    for (const feature of collection.features) {
      const g = feature.geometry;
      if (g.type === 'Point') visit(g.coordinates);
      else if (g.type === 'LineString') g.coordinates.forEach(visit);
    }
  }
  if (!Number.isFinite(minLon)) return null;
  return [
    [minLon, minLat],
    [maxLon, maxLat],
  ];
}

export interface EvidenceInput {
  id: string;
  lat: number;
  lon: number;
  /** An incident's kind; a field report has none. */
  kind?: string;
}

/**
 * Incidents and field reports as points: `type` tells them apart (their colours), `strong` marks seizures and
 * dismantled labs (drawn larger: the incidents that weigh on the network).
 */
export function evidenceToGeoJSON(
  incidents: readonly EvidenceInput[],
  reports: readonly EvidenceInput[],
): FeatureCollection<Point> {
  const point = (type: 'incident' | 'report', e: EvidenceInput): Feature<Point> => ({
    type: 'Feature',
    properties: {
      type,
      id: e.id,
      kind: e.kind ?? null,
      strong: e.kind === 'seizure' || e.kind === 'lab_dismantled',
    },
    geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...incidents.filter(isPositioned).map((e) => point('incident', e)),
      ...reports.filter(isPositioned).map((e) => point('report', e)),
    ],
  };
}

/**
 * What the consignment's map draws (pure, tested without a browser): its whole track, its findings where
 * their evidence happened, the declared destination and the last known position, and the frame that shows
 * all of them at once.
 */
import type { Consignment } from '../api/types.ts';
import {
  boundsOf,
  findingsToGeoJSON,
  locationsToGeoJSON,
  lonLat,
  marksToGeoJSON,
  tracksToGeoJSON,
  type Bounds,
  type MarkInput,
} from '../map/layers.ts';
import type { MapData } from '../map/MapCanvas.tsx';
import { haversineKm } from '../../../src/shared/geo.ts';

import type { FeatureCollection, Point } from 'geojson';

/** Within this distance the goods are at the destination: one label is enough for both marks. */
const SAME_SPOT_KM = 1;

export interface ConsignmentMap {
  data: MapData;
  marks: FeatureCollection<Point>;
  fitTo: Bounds | null;
}

export function consignmentMap(
  c: Consignment,
  words: { destination: string; lastPosition: string },
): ConsignmentMap {
  const positioned = c.timeline.flatMap((e) =>
    e.place.lat === null || e.place.lon === null
      ? []
      : [{ lat: e.place.lat, lon: e.place.lon, name: e.place.name }],
  );
  const points = c.track.length > 0 ? c.track.flatMap((pair) => lonLat(pair) ?? []) : positioned;
  const data: MapData = {
    locations: locationsToGeoJSON([]),
    tracks: tracksToGeoJSON([
      { billOfLading: c.billOfLading, track: points, alerting: c.findings.length > 0 },
    ]),
    findings: findingsToGeoJSON(c.findings.map((f) => ({ id: f.id, kind: f.kind, lat: f.lat, lon: f.lon }))),
  };
  const marks: MarkInput[] = [];
  const destination = c.declaredDestination;
  if (destination?.point) {
    const text = destination.text && !/^urn:|^geo:/.test(destination.text) ? destination.text : null;
    marks.push({
      role: 'destination',
      ...destination.point,
      label: destination.place?.name ?? text ?? words.destination,
    });
  }
  const first = points[0];
  if (first && points.length > 1) {
    marks.push({ role: 'start', lat: first.lat, lon: first.lon, label: positioned[0]?.name ?? null });
  }
  const last = points.at(-1);
  if (last) {
    const lastEvent = positioned.at(-1);
    const atDestination = destination?.point ? haversineKm(last, destination.point) <= SAME_SPOT_KM : false;
    marks.push({
      role: 'last',
      lat: last.lat,
      lon: last.lon,
      // at the destination the ring's label names the place; the dot inside it says the rest
      label: atDestination ? null : (lastEvent?.name ?? words.lastPosition),
    });
  }
  const collection = marksToGeoJSON(marks);
  return { data, marks: collection, fitTo: boundsOf(data.tracks, data.findings, collection) };
}

/**
 * Named points drawn over one consignment's track: the declared destination (a ring) and the last known
 * position (a dot), each named by a symbol layer with the place labels' collision rules (basemap.ts), so two
 * ends close together are both named without printing over each other. Only the consignment view passes
 * marks; the port overview draws none and pays nothing for them.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { MARK_COLORS, type Bounds } from './layers.ts';
import { PLACE_LABEL_LAYOUT } from './basemap.ts';

const byRole = (destination: string, start: string, last: string): maplibregl.ExpressionSpecification => [
  'match',
  ['get', 'role'],
  'destination',
  destination,
  'start',
  start,
  last,
];

/** Adds the marks' source and layers once, or replaces their data. */
export function drawMarks(map: maplibregl.Map, marks: FeatureCollection<Point>): void {
  const source = map.getSource<maplibregl.GeoJSONSource>('marks');
  if (source) {
    void source.setData(marks);
    return;
  }
  map.addSource('marks', { type: 'geojson', data: marks });
  // under the findings: a finding at the destination stays clickable and visible
  const below = map.getLayer('findings') ? 'findings' : undefined;
  map.addLayer(
    {
      id: 'marks',
      type: 'circle',
      source: 'marks',
      paint: {
        // The destination is a ring, so the last position stays visible when the goods arrived there.
        'circle-radius': ['match', ['get', 'role'], 'destination', 10, 'start', 5, 6],
        'circle-color': byRole(MARK_COLORS.destination, MARK_COLORS.start, MARK_COLORS.last),
        'circle-opacity': ['match', ['get', 'role'], 'destination', 0, 1],
        'circle-stroke-color': byRole(MARK_COLORS.destination, '#0b1624', '#0b1624'),
        'circle-stroke-width': ['match', ['get', 'role'], 'destination', 3, 1.5],
      },
    },
    below,
  );
  map.addLayer({
    id: 'marks-labels',
    type: 'symbol',
    source: 'marks',
    filter: ['to-boolean', ['get', 'label']],
    // Above the ports' names, so placed first: the consignment's own places win where the two would collide.
    layout: { ...PLACE_LABEL_LAYOUT, 'text-field': ['get', 'label'] },
    paint: {
      'text-color': byRole('#bbf7d0', '#e0f2fe', '#fde68a'),
      'text-halo-color': '#000000',
      'text-halo-width': 1.5,
    },
  });
}

/**
 * Frames the bounds with padding that fits the canvas (a fixed 60 px on a small side panel leaves no room and
 * MapLibre then refuses to move). A canvas not laid out yet is left alone: the next resize frames it.
 */
export function fitFrame(map: maplibregl.Map, frame: Bounds, maxZoom: number): boolean {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  if (width < 40 || height < 40) return false;
  const side = Math.round(Math.max(12, Math.min(60, width * 0.1)));
  const top = Math.round(Math.max(12, Math.min(60, height * 0.12)));
  // the scale bar and attribution sit along the bottom edge: keep the track's ends clear of them
  map.fitBounds(frame, {
    padding: { top, bottom: top + 24, left: side, right: side },
    maxZoom,
    duration: 0,
  });
  return true;
}

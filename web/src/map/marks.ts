/**
 * Named points drawn over one consignment's track: the declared destination (a ring) and the last known
 * position (a dot), each with an HTML label (the offline style has no glyphs). Only the consignment view
 * passes marks; the port overview draws none and pays nothing for them.
 */
import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { MARK_COLORS, type Bounds, type MarkRole } from './layers.ts';

/** Adds the marks' source and layer once, or replaces their data; then redraws their labels. */
export function drawMarks(
  map: maplibregl.Map,
  marks: FeatureCollection<Point>,
  labels: Map<string, maplibregl.Marker>,
): void {
  const source = map.getSource<maplibregl.GeoJSONSource>('marks');
  if (source) void source.setData(marks);
  else {
    map.addSource('marks', { type: 'geojson', data: marks });
    map.addLayer(
      {
        id: 'marks',
        type: 'circle',
        source: 'marks',
        paint: {
          // The destination is a ring, so the last position stays visible when the goods arrived there.
          'circle-radius': ['match', ['get', 'role'], 'destination', 10, 'start', 5, 6],
          'circle-color': [
            'match',
            ['get', 'role'],
            'destination',
            MARK_COLORS.destination,
            'start',
            MARK_COLORS.start,
            MARK_COLORS.last,
          ],
          'circle-opacity': ['match', ['get', 'role'], 'destination', 0, 1],
          'circle-stroke-color': [
            'match',
            ['get', 'role'],
            'destination',
            MARK_COLORS.destination,
            '#0b1624',
          ],
          'circle-stroke-width': ['match', ['get', 'role'], 'destination', 3, 1.5],
        },
        // under the findings: a finding at the destination stays clickable and visible
      },
      map.getLayer('findings') ? 'findings' : undefined,
    );
  }
  labels.forEach((marker) => marker.remove());
  labels.clear();
  const middle = map.getContainer().clientWidth / 2;
  for (const feature of marks.features) {
    const { role, label } = feature.properties as { role: MarkRole; label: string | null };
    if (!label) continue;
    const at = feature.geometry.coordinates as [number, number];
    // Labels run toward the middle of the map, so one near an edge is not cut off by the frame; the start's
    // sits above its point and the last position's below, so two ends at one latitude do not overprint.
    const side = map.project(at).x > middle ? 'right' : 'left';
    const sign = side === 'right' ? -1 : 1;
    const [anchor, offset]: [maplibregl.PositionAnchor, [number, number]] =
      role === 'start'
        ? [`bottom-${side}`, [4 * sign, -6]]
        : role === 'last'
          ? [`top-${side}`, [4 * sign, 6]]
          : [side, [13 * sign, 0]];
    const element = document.createElement('div');
    element.className = `map-label mark-label mark-${role}`;
    element.textContent = label;
    element.setAttribute('aria-hidden', 'true');
    const marker = new maplibregl.Marker({ element, anchor, offset }).setLngLat(at).addTo(map);
    labels.set(`${role}:${labels.size}`, marker);
  }
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

/**
 * MapLibre GL over the offline basemap with the operational overlays: locations (ports and sites, clustered
 * when dense), consignment tracks and findings. Port names and cluster counts are symbol layers drawn with the
 * bundled font (basemap.ts), so MapLibre's collision detection keeps two close ports' names (Altamira and
 * Tampico) from printing over each other: each name takes the first free side of its point, or waits for a zoom.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { baseStyle, LABEL_FONT, MAP_COLORS, MEXICO_BOUNDS, PLACE_LABEL_LAYOUT } from './basemap.ts';
import { boundsOf, type Bounds } from './layers.ts';
import { drawMarks, fitFrame } from './marks.ts';
import { pickTrack, trackGeometry } from './track-geometry.ts';
import { TrackLayer } from './track-layer.ts';

/** Track width in CSS pixels: hairlines over the whole country, wider as one zooms in. */
const trackWidth = (zoom: number) => 1 + (Math.min(Math.max(zoom, 5), 11) - 5) / 3;
/** How near the pointer must pass to a track to pick it, in CSS pixels. */
const PICK_RADIUS_PX = 5;
/** Layers that take a click before the tracks under them. */
const POINT_LAYERS = ['sites-clusters', 'ports', 'sites', 'findings', 'evidence'];

function overPoint(map: maplibregl.Map, point: maplibregl.Point): boolean {
  return (
    map.queryRenderedFeatures(point, { layers: POINT_LAYERS.filter((id) => map.getLayer(id)) }).length > 0
  );
}

function trackAt(map: maplibregl.Map, layer: TrackLayer, point: maplibregl.Point): string | null {
  if (map.getLayoutProperty('tracks', 'visibility') === 'none') return null;
  if (overPoint(map, point)) return null;
  const at = maplibregl.MercatorCoordinate.fromLngLat(map.unproject(point));
  const radius = PICK_RADIUS_PX / (512 * 2 ** map.getZoom());
  return pickTrack(layer.current, at.x, at.y, radius);
}

maplibregl.setWorkerUrl(workerUrl);

export const LAYER_GROUPS = ['states', 'ports', 'sites', 'tracks', 'findings', 'evidence', 'leads'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

const GROUP_LAYERS: Record<LayerGroup, string[]> = {
  states: ['states-fill', 'states-line'],
  ports: ['ports', 'ports-labels'],
  sites: ['sites-clusters', 'sites-cluster-counts', 'sites'],
  tracks: ['tracks'],
  findings: ['findings'],
  evidence: ['evidence'],
  leads: ['leads-fill', 'leads-line'],
};

export interface MapData {
  locations: FeatureCollection<Point>;
  tracks: FeatureCollection<LineString>;
  findings: FeatureCollection<Point>;
  /** Incidents and field reports (layers.ts, `evidenceToGeoJSON`); a click opens the record's page. */
  evidence?: FeatureCollection<Point>;
  /** The user's leads as H3 cells (layers.ts, `leadsToGeoJSON`); a click opens the lead's page. */
  leads?: FeatureCollection<Polygon>;
}

const NO_POINTS: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const NO_CELLS: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [] };

export interface MapCanvasProps {
  data: MapData;
  visible: Record<LayerGroup, boolean>;
  /** Frame these bounds when the data arrives; undefined frames the tracks and findings, null keeps the view. */
  fitTo?: Bounds | null;
  /** The closest the initial frame may zoom (the offline basemap shows nothing past ~9). */
  fitMaxZoom?: number;
  /** Named points over the tracks (a consignment's destination and last position); see marks.ts. */
  marks?: FeatureCollection<Point>;
  onTrackClick?: (billOfLading: string) => void;
  /** A click on an incident or a field report: its kind of record and id. */
  onEvidenceClick?: (record: { type: 'incident' | 'report'; id: string }) => void;
  /** A click on a lead's cell: its id. */
  onLeadClick?: (leadId: string) => void;
  /** Called once every overlay is drawn (the benchmark and e2e tests wait on it). */
  onDrawn?: (stats: { tracks: number; findings: number; locations: number }) => void;
  label: string;
  /** False while the overlays are still loading: the basemap is drawn, nothing is reported as drawn yet. */
  ready?: boolean;
}

function addOverlays(map: maplibregl.Map, data: MapData, tracks: TrackLayer): void {
  map.addSource('locations-ports', {
    type: 'geojson',
    data: {
      ...data.locations,
      features: data.locations.features.filter((f) => f.properties?.kind === 'port'),
    },
  });
  map.addSource('locations-sites', {
    type: 'geojson',
    data: {
      ...data.locations,
      features: data.locations.features.filter((f) => f.properties?.kind !== 'port'),
    },
    cluster: true,
    clusterRadius: 40,
    clusterMaxZoom: 9,
  });
  map.addSource('findings', { type: 'geojson', data: data.findings });
  map.addSource('evidence', { type: 'geojson', data: data.evidence ?? NO_POINTS });
  map.addSource('leads', { type: 'geojson', data: data.leads ?? NO_CELLS });
  // under everything else: a cell is an area, the points in it stay clickable
  map.addLayer({
    id: 'leads-fill',
    type: 'fill',
    source: 'leads',
    paint: {
      'fill-color': [
        'interpolate',
        ['linear'],
        ['get', 'share'],
        0,
        MAP_COLORS.leadLow,
        1,
        MAP_COLORS.leadHigh,
      ],
      'fill-opacity': 0.55,
    },
  });
  map.addLayer({
    id: 'leads-line',
    type: 'line',
    source: 'leads',
    paint: { 'line-color': MAP_COLORS.leadHigh, 'line-width': 1 },
  });
  map.addLayer(tracks);
  map.addLayer({
    id: 'sites-clusters',
    type: 'circle',
    source: 'locations-sites',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': MAP_COLORS.cluster,
      'circle-opacity': 0.75,
      'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 50, 22],
      'circle-stroke-color': '#dbeafe',
      'circle-stroke-width': 1,
    },
  });
  map.addLayer({
    id: 'sites',
    type: 'circle',
    source: 'locations-sites',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': ['case', ['get', 'licensed'], MAP_COLORS.site, MAP_COLORS.unlicensed],
      'circle-radius': 5,
      'circle-stroke-color': '#0b1624',
      'circle-stroke-width': 1,
    },
  });
  map.addLayer({
    id: 'ports',
    type: 'circle',
    source: 'locations-ports',
    paint: {
      'circle-color': MAP_COLORS.port,
      'circle-radius': 8,
      'circle-stroke-color': '#e0f2fe',
      'circle-stroke-width': 2,
    },
  });
  map.addLayer({
    id: 'findings',
    type: 'circle',
    source: 'findings',
    paint: {
      'circle-color': MAP_COLORS.finding,
      'circle-radius': 6,
      'circle-stroke-color': '#fff1f2',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: 'evidence',
    type: 'circle',
    source: 'evidence',
    paint: {
      // incidents orange, field reports violet; a seizure or a dismantled lab drawn larger
      'circle-color': ['match', ['get', 'type'], 'incident', MAP_COLORS.incident, MAP_COLORS.fieldReport],
      'circle-radius': ['case', ['get', 'strong'], 7, 5],
      'circle-stroke-color': '#0b1624',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: 'sites-cluster-counts',
    type: 'symbol',
    source: 'locations-sites',
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': LABEL_FONT,
      'text-size': 11,
      // inside its own circle: never hidden, and never in the way of a port's name
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  });
  map.addLayer({
    id: 'ports-labels',
    type: 'symbol',
    source: 'locations-ports',
    layout: PLACE_LABEL_LAYOUT,
    paint: { 'text-color': '#e0f2fe', 'text-halo-color': '#000000', 'text-halo-width': 1.5 },
  });
}

export function MapCanvas({
  data,
  visible,
  fitTo,
  fitMaxZoom = 10,
  marks,
  onTrackClick,
  onEvidenceClick,
  onLeadClick,
  onDrawn,
  label,
  ready = true,
}: MapCanvasProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  // The frame last asked for, kept until the user moves the map: a resize (layout settling, a scrollbar
  // appearing, a panel opening) frames it again instead of leaving part of a track outside the canvas.
  const frameRef = useRef<{ bounds: Bounds; maxZoom: number } | null>(null);
  const trackLayer = useRef<TrackLayer | null>(null);
  const callbacks = useRef({ onTrackClick, onDrawn, onEvidenceClick, onLeadClick });
  callbacks.current = { onTrackClick, onDrawn, onEvidenceClick, onLeadClick };

  useEffect(() => {
    if (!container.current) return;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: baseStyle(window.location.origin),
        bounds: MEXICO_BOUNDS,
        fitBoundsOptions: { padding: 20 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch {
      setFailed(true); // no WebGL: the tables around the map still carry the information
      return;
    }
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: 'Natural Earth' }));
    // Overlays may be added as soon as the style is parsed; waiting for 'load' would also wait for the basemap.
    map.once('style.load', () => setLoaded(true));
    map.on('movestart', (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent) frameRef.current = null;
    });
    map.on('resize', () => {
      const frame = frameRef.current;
      if (frame) fitFrame(map, frame.bounds, frame.maxZoom);
    });
    const tracks = new TrackLayer('tracks', trackGeometry({ type: 'FeatureCollection', features: [] }), {
      color: MAP_COLORS.track,
      alertColor: MAP_COLORS.trackAlert,
      opacity: 0.45,
      alertOpacity: 0.6,
      width: trackWidth,
    });
    trackLayer.current = tracks;
    map.on('click', (e) => {
      if (!map.getLayer('tracks')) return;
      const bol = trackAt(map, tracks, e.point);
      if (bol) callbacks.current.onTrackClick?.(bol);
    });
    map.on('mousemove', (e) => {
      if (!map.getLayer('tracks') || !callbacks.current.onTrackClick) return;
      const over = trackAt(map, tracks, e.point) !== null;
      if (over) map.getCanvas().style.cursor = 'pointer';
      else if (map.getCanvas().style.cursor === 'pointer' && !overPoint(map, e.point))
        map.getCanvas().style.cursor = '';
    });
    map.on('click', 'sites-clusters', (e) => {
      const feature = e.features?.[0];
      const source = map.getSource<maplibregl.GeoJSONSource>('locations-sites');
      if (!feature || !source) return;
      void source
        .getClusterExpansionZoom(feature.properties.cluster_id as number)
        .then((zoom) =>
          map.easeTo({ center: (feature.geometry as Point).coordinates as [number, number], zoom }),
        );
    });
    map.on('click', 'evidence', (e) => {
      const properties = e.features?.[0]?.properties as { type?: string; id?: string } | undefined;
      if (properties?.id && (properties.type === 'incident' || properties.type === 'report'))
        callbacks.current.onEvidenceClick?.({ type: properties.type, id: properties.id });
    });
    map.on('click', 'leads-fill', (e) => {
      // a point of evidence over the cell opens its own record instead
      if (overPoint(map, e.point)) return;
      const leadId = (e.features?.[0]?.properties as { leadId?: string } | undefined)?.leadId;
      if (leadId) callbacks.current.onLeadClick?.(leadId);
    });
    for (const layer of [...POINT_LAYERS, 'leads-fill']) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // Overlays: replaced whenever the data changes.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded || !ready) return;
    const tracks = trackLayer.current;
    if (!tracks) return;
    const geometry = trackGeometry(data.tracks);
    if (!map.getLayer('tracks')) {
      tracks.setGeometry(geometry);
      addOverlays(map, data, tracks);
    } else {
      tracks.setGeometry(geometry);
      void map.getSource<maplibregl.GeoJSONSource>('findings')?.setData(data.findings);
      void map.getSource<maplibregl.GeoJSONSource>('evidence')?.setData(data.evidence ?? NO_POINTS);
      void map.getSource<maplibregl.GeoJSONSource>('leads')?.setData(data.leads ?? NO_CELLS);
      void map.getSource<maplibregl.GeoJSONSource>('locations-ports')?.setData({
        ...data.locations,
        features: data.locations.features.filter((f) => f.properties?.kind === 'port'),
      });
      void map.getSource<maplibregl.GeoJSONSource>('locations-sites')?.setData({
        ...data.locations,
        features: data.locations.features.filter((f) => f.properties?.kind !== 'port'),
      });
    }
    const frame = fitTo === undefined ? boundsOf(data.tracks, data.findings) : fitTo;
    frameRef.current = frame ? { bounds: frame, maxZoom: fitMaxZoom } : null;
    if (frame) fitFrame(map, frame, fitMaxZoom);
    if (marks) drawMarks(map, marks);
    const element = container.current;
    if (element) element.dataset.drawn = 'false';
    map.once('idle', () => {
      const stats = {
        tracks: data.tracks.features.length,
        findings: data.findings.features.length,
        locations: data.locations.features.length,
        evidence: data.evidence?.features.length ?? 0,
        leads: data.leads?.features.length ?? 0,
      };
      // Visible to tests and the benchmark: how much the map drew, and that it has finished.
      if (element)
        Object.assign(element.dataset, {
          drawn: 'true',
          tracks: String(stats.tracks),
          findings: String(stats.findings),
          evidence: String(stats.evidence),
          leads: String(stats.leads),
        });
      callbacks.current.onDrawn?.(stats);
    });
  }, [data, loaded, fitTo, fitMaxZoom, marks, ready]);

  // Layer switches.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded || !map.getLayer('tracks')) return;
    for (const group of LAYER_GROUPS) {
      for (const layer of GROUP_LAYERS[group]) {
        if (map.getLayer(layer))
          map.setLayoutProperty(layer, 'visibility', visible[group] ? 'visible' : 'none');
      }
    }
  }, [visible, loaded, data]);

  return (
    <div className="map-frame">
      <div
        ref={container}
        className="map-canvas"
        role="application"
        aria-label={label}
        data-loaded={loaded ? 'true' : 'false'}
        tabIndex={0}
      />
      {failed && <p className="map-fallback">{t('map.noWebgl')}</p>}
    </div>
  );
}

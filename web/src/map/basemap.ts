/**
 * The offline basemap: Natural Earth states of Mexico and neighbouring countries shipped with the app
 * (web/public/geo, built by scripts/extract-basemap.ts). No tiles and no glyph server: the style has no `glyphs`
 * URL, and its one font is a file bundled from npm (`font-faces`, Noto Sans), which MapLibre draws into its own
 * signed-distance glyphs in the browser; labels are symbol layers, so MapLibre's collision keeps them apart.
 * Nothing is fetched from the internet.
 */
import type { SymbolLayerSpecification, StyleSpecification } from 'maplibre-gl';
import labelFont from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

/** The font stack of every label (`text-font`), declared by the style's `font-faces`. */
export const LABEL_FONT = ['Centinela Noto Sans SemiBold'];

/**
 * A place's name beside its point: right of it, else left, above or below, whichever collides with no other
 * label already placed; a name that fits nowhere is hidden until a zoom makes room (never printed over another).
 */
export const PLACE_LABEL_LAYOUT = {
  'text-field': ['get', 'name'],
  'text-font': LABEL_FONT,
  'text-size': 12,
  'text-variable-anchor': ['left', 'right', 'bottom', 'top'],
  'text-radial-offset': 0.9,
  'text-justify': 'auto',
  'text-allow-overlap': false,
  'text-padding': 3,
} satisfies SymbolLayerSpecification['layout'];

export const MAP_COLORS = {
  background: '#0b1624',
  land: '#16263a',
  neighbour: '#111e2e',
  stateLine: '#2f4a68',
  countryLine: '#3d5a7a',
  port: '#5fb3f9',
  site: '#8bd17c',
  unlicensed: '#f59e0b',
  track: '#c084fc',
  trackAlert: '#f87171',
  finding: '#ff4d4f',
  incident: '#fb923c',
  fieldReport: '#e879f9',
  // a lead's cell, from its board's weakest (pale yellow) to its strongest (red)
  leadLow: '#fde68a',
  leadHigh: '#dc2626',
  cluster: '#3b82f6',
} as const;

/** Mexico's extent, to open the map on the whole country. */
export const MEXICO_BOUNDS: [[number, number], [number, number]] = [
  [-118.5, 14.3],
  [-86.5, 32.8],
];

export function baseStyle(origin: string): StyleSpecification {
  return {
    version: 8,
    name: 'centinela-offline',
    'font-faces': { [LABEL_FONT[0]!]: new URL(labelFont, origin).href },
    sources: {
      // Outlines gain nothing past zoom 8 (the data is simplified to ~400 m): tile them no further.
      neighbours: { type: 'geojson', data: `${origin}/geo/neighbours.geojson`, maxzoom: 7, tolerance: 0.6 },
      states: { type: 'geojson', data: `${origin}/geo/mx-states.geojson`, maxzoom: 8, tolerance: 0.5 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
      {
        id: 'neighbours-fill',
        type: 'fill',
        source: 'neighbours',
        filter: ['!=', ['get', 'id'], '484'],
        paint: { 'fill-color': MAP_COLORS.neighbour },
      },
      {
        id: 'neighbours-line',
        type: 'line',
        source: 'neighbours',
        paint: { 'line-color': MAP_COLORS.countryLine, 'line-width': 1 },
      },
      { id: 'states-fill', type: 'fill', source: 'states', paint: { 'fill-color': MAP_COLORS.land } },
      {
        id: 'states-line',
        type: 'line',
        source: 'states',
        paint: { 'line-color': MAP_COLORS.stateLine, 'line-width': 0.8 },
      },
    ],
  };
}

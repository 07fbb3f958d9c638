/**
 * The offline basemap: Natural Earth states of Mexico and neighbouring countries shipped with the app
 * (web/public/geo, built by scripts/extract-basemap.ts). No tiles, no glyphs: the style has no `glyphs`, so
 * every label is an HTML marker and nothing is fetched from the internet.
 */
import type { StyleSpecification } from 'maplibre-gl';

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

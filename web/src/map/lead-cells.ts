/**
 * The leads the map draws: the user's board (the leads' own route, so only what the user may see) as H3 cells,
 * each shaded by its score against the board's best.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import { cellToBoundary } from 'h3-js';
import { fetchLeads } from '../api/lead-endpoints.ts';

/** Enough cells for a national view; the board pages beyond. */
const MAP_LEADS = 200;

export interface LeadCellInput {
  leadId: string;
  cell: string;
  score: number;
  rank: number;
}

export function leadsToGeoJSON(leads: readonly LeadCellInput[]): FeatureCollection<Polygon> {
  const best = Math.max(0, ...leads.map((l) => l.score));
  return {
    type: 'FeatureCollection',
    features: leads.map((lead) => {
      // [lon, lat] pairs (GeoJSON order), closed ring
      const ring = cellToBoundary(lead.cell, true);
      return {
        type: 'Feature',
        properties: {
          leadId: lead.leadId,
          rank: lead.rank,
          share: best > 0 ? Math.max(0, lead.score) / best : 0,
        },
        geometry: { type: 'Polygon', coordinates: [ring] },
      };
    }),
  };
}

export async function loadLeadCells(signal: AbortSignal) {
  const page = await fetchLeads({ limit: MAP_LEADS }, signal);
  return leadsToGeoJSON(page.items);
}

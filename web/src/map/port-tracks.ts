/**
 * Everything the map needs for one port: its consignments' tracks and findings, and the known locations.
 * The list endpoint returns tracks with `include=track`; an older server that answers with summaries only is
 * completed by fetching each consignment (a few at a time).
 */
import type { ConsignmentTrack, Finding } from '../api/contract.ts';
import { fetchConsignment, fetchLocations, fetchPortTracks } from '../api/endpoints.ts';
import { findingsToGeoJSON, locationsToGeoJSON, tracksToGeoJSON, type FindingInput } from './layers.ts';
import type { MapData } from './MapCanvas.tsx';

const DETAIL_CONCURRENCY = 6;
const DETAIL_LIMIT = 300;

async function completeTracks(items: ConsignmentTrack[], signal: AbortSignal): Promise<ConsignmentTrack[]> {
  if (items.every((item) => item.track)) return items;
  const completed: ConsignmentTrack[] = [];
  const queue = items.slice(0, DETAIL_LIMIT);
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      if (signal.aborted) return;
      completed.push(item.track ? item : await fetchConsignment(item.billOfLading));
    }
  };
  await Promise.all(Array.from({ length: DETAIL_CONCURRENCY }, worker));
  return completed;
}

export interface PortMapData extends MapData {
  consignments: ConsignmentTrack[];
}

export async function loadPortMap(port: string | undefined, signal: AbortSignal): Promise<PortMapData> {
  const [page, locations] = await Promise.all([
    fetchPortTracks(port, signal),
    fetchLocations().catch(() => []), // the map is still useful without sites
  ]);
  const consignments = await completeTracks(page.items, signal);
  const findings: FindingInput[] = consignments.flatMap((c) =>
    (c.findings ?? []).map((f: Finding) => ({
      id: f.id,
      kind: f.kind,
      billOfLading: c.billOfLading,
      lat: f.lat,
      lon: f.lon,
    })),
  );
  return {
    consignments,
    locations: locationsToGeoJSON(locations),
    tracks: tracksToGeoJSON(
      consignments.map((c) => ({
        billOfLading: c.billOfLading,
        track: c.track ?? [],
        alerting: c.alerting === true || (c.findingCount ?? c.findings?.length ?? 0) > 0,
      })),
    ),
    findings: findingsToGeoJSON(findings),
  };
}

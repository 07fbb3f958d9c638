/**
 * Everything the map needs for one port: its consignments' tracks and findings, and the known locations.
 * Asks the list endpoint for tracks (`include=track`, `port`); when the server answers with summaries only, each
 * consignment is completed from its detail (a few requests at a time) and the port is filtered here.
 */
import { PORTS } from '../alerts/vocabulary.ts';
import { ConsignmentTrackPage, type ConsignmentTrack } from '../api/contract.ts';
import { fetchConsignment, fetchLocations } from '../api/endpoints.ts';
import { request } from '../api/http.ts';
import { findingsToGeoJSON, locationsToGeoJSON, tracksToGeoJSON, type FindingInput } from './layers.ts';
import type { MapData } from './MapCanvas.tsx';

const DETAIL_CONCURRENCY = 8;
const DETAIL_LIMIT = 1000;
/** A bound on the pages of one port (100,000 consignments), so a server that ignores `offset` cannot loop us. */
const MAX_PAGES = 100;

/** Pages asked for at once after the first: a big port is read in parallel, a small one in a single request. */
const PAGE_CONCURRENCY = 4;

/** Consignments a page: the server allows 5,000 with tracks, so Manzanillo (24,000) is 5 requests, not 25. */
export const MAP_PAGE = 5000;
/**
 * Douglas–Peucker tolerance asked of the server for the overview map: a kilometre is under a pixel at the
 * national zoom, and it cuts the port's points (and JSON) several-fold. The detail view keeps every point.
 */
export const MAP_SIMPLIFY_M = 1000;

const fetchPortTracks = (port: string | undefined, signal: AbortSignal, offset: number) =>
  request('GET', '/api/consignments', ConsignmentTrackPage, {
    query: { port, include: 'track', simplify: MAP_SIMPLIFY_M, limit: MAP_PAGE, offset },
    signal,
  });

/** Every consignment of the port, with tracks when the server includes them (`include=track`). */
async function allPortTracks(port: string | undefined, signal: AbortSignal): Promise<ConsignmentTrack[]> {
  const first = (await fetchPortTracks(port, signal, 0)).items;
  const items = [...first];
  // A server without tracks is completed one detail at a time (capped): more pages would not be drawn.
  let more = first.length === MAP_PAGE && first.every((item) => item.track);
  for (let page = 1; more && page < MAX_PAGES; page += PAGE_CONCURRENCY) {
    const pages = Array.from({ length: Math.min(PAGE_CONCURRENCY, MAX_PAGES - page) }, (_, i) => page + i);
    const batches = await Promise.all(
      pages.map(async (n) => (await fetchPortTracks(port, signal, n * MAP_PAGE)).items),
    );
    for (const batch of batches) items.push(...batch);
    more = batches.every((batch) => batch.length === MAP_PAGE);
  }
  return items;
}

export type Progress = (done: number, total: number) => void;

async function completeTracks(
  items: ConsignmentTrack[],
  signal: AbortSignal,
  onProgress?: Progress,
): Promise<ConsignmentTrack[]> {
  if (items.every((item) => item.track)) return items;
  const completed: ConsignmentTrack[] = [];
  const queue = items.slice(0, DETAIL_LIMIT);
  const total = queue.length;
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      if (signal.aborted) return;
      if (item.track) {
        completed.push(item);
        continue;
      }
      try {
        const detail = await fetchConsignment(item.billOfLading);
        completed.push({ ...item, ...detail, marking: item.marking ?? detail.marking });
      } catch {
        completed.push({ ...item, track: [] }); // one unreadable consignment must not blank the whole map
      }
      onProgress?.(completed.length, total);
    }
  };
  await Promise.all(Array.from({ length: DETAIL_CONCURRENCY }, worker));
  return completed;
}

/** Findings carry no position of their own: they are drawn where the consignment was last seen. */
function findingPositions(consignments: ConsignmentTrack[]): FindingInput[] {
  return consignments.flatMap((c) => {
    const last = c.track?.at(-1);
    return (c.findings ?? []).map((f) => ({
      id: f.id,
      kind: f.kind,
      billOfLading: c.billOfLading,
      lat: f.lat ?? last?.lat,
      lon: f.lon ?? last?.lon,
    }));
  });
}

export interface PortMapData extends MapData {
  consignments: ConsignmentTrack[];
}

export async function loadPortMap(
  port: string | undefined,
  signal: AbortSignal,
  onProgress?: Progress,
): Promise<PortMapData> {
  const [listed, locations] = await Promise.all([
    allPortTracks(port, signal),
    fetchLocations().catch(() => []), // the map is still useful without sites
  ]);
  const all = await completeTracks(listed, signal, onProgress);
  const consignments = port ? all.filter((c) => !c.portLocode || c.portLocode === port) : all;
  // The registry may name terminals rather than ports; the ports themselves are always drawn and labelled.
  const ports = locations.some((l) => l.kind === 'port')
    ? []
    : PORTS.map((p) => ({ locationId: p.locode, name: p.name, kind: 'port', lat: p.lat, lon: p.lon }));
  return {
    consignments,
    locations: locationsToGeoJSON([...ports, ...locations]),
    tracks: tracksToGeoJSON(
      consignments.map((c) => ({
        billOfLading: c.billOfLading,
        track: c.track ?? [],
        alerting: c.alerting === true || (c.findings?.length ?? c.findingKinds?.length ?? 0) > 0,
      })),
    ),
    findings: findingsToGeoJSON(findingPositions(consignments)),
  };
}

/**
 * Everything the map needs for one port: its consignments' overview tracks and findings (one request,
 * GET /api/ports/{locode}/tracks, tracks already simplified by the server) and the known locations.
 */
import { PORTS } from '../alerts/vocabulary.ts';
import type { PortTrack } from '../api/types.ts';
import { fetchLocations, fetchPortTracks } from '../api/endpoints.ts';
import {
  findingsToGeoJSON,
  locationsToGeoJSON,
  lonLat,
  tracksToGeoJSON,
  type FindingInput,
} from './layers.ts';
import type { MapData } from './MapCanvas.tsx';

/** Findings carry no position of their own: they are drawn where the consignment was last seen. */
function findingPositions(consignments: readonly PortTrack[]): FindingInput[] {
  return consignments.flatMap((c) => {
    const last = lonLat(c.track.at(-1) ?? []);
    return c.findings.map((f) => ({
      id: f.id,
      kind: f.kind,
      billOfLading: c.billOfLading,
      lon: last?.lon,
      lat: last?.lat,
    }));
  });
}

export interface PortMapData extends MapData {
  consignments: PortTrack[];
}

export async function loadPortMap(port: string, signal: AbortSignal): Promise<PortMapData> {
  const [{ items: consignments }, locations] = await Promise.all([
    fetchPortTracks(port, signal),
    fetchLocations(signal).catch(() => []), // the map is still useful without sites
  ]);
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
        track: c.track.flatMap((pair) => lonLat(pair) ?? []),
        alerting: c.findings.length > 0,
      })),
    ),
    findings: findingsToGeoJSON(findingPositions(consignments)),
  };
}

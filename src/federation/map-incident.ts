/**
 * Incidents as STIX incidents: the OASIS Incident Core extension states what kind of incident it is and that it
 * is confirmed; Centinela's incident extension carries the record whole (kind, instant, position, substance,
 * quantity, consignment and parties), which is what a receiver stores.
 */
import { z } from 'zod';
import { INCIDENT_KINDS } from '../shared/evidence.ts';
import type { Marking } from '../shared/marking.ts';
import { extensionId } from './extensions.ts';
import { common, compact } from './map-common.ts';
import { INCIDENT_CORE_EXTENSION, stixId, type StixObject } from './stix.ts';

export interface IncidentRecord {
  id: string;
  incidentId: string;
  kind: (typeof INCIDENT_KINDS)[number];
  occurredAt: string;
  lat: number;
  lon: number;
  place: string | null;
  substanceCas: string | null;
  substanceName: string | null;
  quantityKg: number | null;
  billOfLading: string | null;
  containerNo: string | null;
  partyNames: string[];
  partyRfcs: string[];
  narrative: string;
  marking: Marking;
  importedAt: string;
}

/** What Centinela's incident extension holds: the incident as its CSV row (BRIEF "Incidents CSV"). */
export const IncidentExtension = z.object({
  incident_id: z.string().min(1).max(200),
  kind: z.enum(INCIDENT_KINDS),
  occurred_at: z.iso.datetime({ offset: true }),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  place: z.string().max(500).optional(),
  substance_cas: z.string().max(50).optional(),
  substance_name: z.string().max(500).optional(),
  quantity_kg: z.number().min(0).max(10_000_000).optional(),
  bill_of_lading: z.string().max(100).optional(),
  container_no: z.string().max(20).optional(),
  party_names: z.array(z.string().max(500)).max(100).default([]),
  party_rfcs: z.array(z.string().max(20)).max(100).default([]),
  narrative: z.string().max(100_000).default(''),
});
export type IncidentExtension = z.infer<typeof IncidentExtension>;

/** The STIX id of an incident. */
export const incidentStixId = (id: string) => stixId('incident', 'incident', id);

export function incidentToStix(incident: IncidentRecord): StixObject {
  const id = incidentStixId(incident.id);
  const name = `${incident.kind.replace(/_/g, ' ')} ${incident.incidentId}`;
  return {
    ...common('incident', id, incident.marking, incident.occurredAt, incident.importedAt),
    name,
    ...(incident.narrative ? { description: incident.narrative } : {}),
    extensions: {
      [INCIDENT_CORE_EXTENSION]: {
        extension_type: 'property-extension',
        determination: 'confirmed',
        investigation_status: 'closed',
        incident_types: [incident.kind],
      },
      [extensionId('incident')]: compact({
        extension_type: 'property-extension',
        incident_id: incident.incidentId,
        kind: incident.kind,
        occurred_at: new Date(incident.occurredAt).toISOString(),
        lat: incident.lat,
        lon: incident.lon,
        place: incident.place,
        substance_cas: incident.substanceCas,
        substance_name: incident.substanceName,
        quantity_kg: incident.quantityKg,
        bill_of_lading: incident.billOfLading,
        container_no: incident.containerNo,
        party_names: incident.partyNames,
        party_rfcs: incident.partyRfcs,
        narrative: incident.narrative || undefined,
      }),
    },
  };
}

/** Centinela's incident extension of a received incident; null when it has none, an error when it is malformed. */
export function incidentExtensionOf(object: StixObject): z.ZodSafeParseResult<IncidentExtension> | null {
  const ext = object.extensions?.[extensionId('incident')];
  return ext ? IncidentExtension.safeParse(ext) : null;
}

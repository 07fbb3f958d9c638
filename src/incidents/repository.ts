/** The SQL of incidents and field reports: stored by their source id within the owner agency, read under RLS. */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import { addedRelation } from '../store/added-since.ts';
import { markedAtById } from '../store/marked-at.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { IncidentKind, Indicator, PlacedBy, Reliability, SourceType } from '../shared/evidence.ts';
import type { Placed } from './place.ts';
import type { FieldReportRow, IncidentRow } from './model.ts';

/** What an upsert did: rows new, rows changed; rows identical to the stored ones are neither. */
export interface Upserted {
  inserted: string[];
  updated: string[];
}

function upserted(rows: readonly { id: string; inserted: boolean }[]): Upserted {
  return {
    inserted: rows.filter((r) => r.inserted).map((r) => r.id),
    updated: rows.filter((r) => !r.inserted).map((r) => r.id),
  };
}

const INCIDENT_FIELDS = `kind, occurred_at, lat, lon, place, placed_by, substance_cas, substance_name, quantity_kg,
  bill_of_lading, container_no, party_names, party_rfcs, narrative, tlp, releasable_to, recipients`;

/** Stores the rows (one statement): new incident ids inserted, known ones updated when they differ. */
export async function upsertIncidents(
  tx: Tx,
  rows: readonly (IncidentRow & Placed)[],
  marking: Marking,
  importedBy: string,
): Promise<Upserted> {
  if (rows.length === 0) return { inserted: [], updated: [] };
  const records = rows.map((r) => ({
    id: randomUUID(),
    incident_id: r.incident_id,
    kind: r.kind,
    occurred_at: r.occurred_at,
    lat: r.lat,
    lon: r.lon,
    place: r.place,
    placed_by: r.placedBy,
    substance_cas: r.substance_cas,
    substance_name: r.substance_name,
    quantity_kg: r.quantity_kg,
    bill_of_lading: r.bill_of_lading,
    container_no: r.container_no,
    party_names: r.party_names,
    party_rfcs: r.party_rfcs,
    narrative: r.narrative,
  }));
  const { rows: stored } = await tx.query<{ id: string; inserted: boolean }>(
    `insert into incidents as i (id, owner_agency, tlp, releasable_to, recipients, incident_id, kind, occurred_at, lat,
       lon, place, placed_by, substance_cas, substance_name, quantity_kg, bill_of_lading, container_no, party_names,
       party_rfcs, narrative, imported_by)
     select r.id, $2, $3::tlp, $4::text[], $5::text[], r.incident_id, r.kind, r.occurred_at, r.lat, r.lon, r.place,
       r.placed_by, r.substance_cas, r.substance_name, r.quantity_kg, r.bill_of_lading, r.container_no,
       r.party_names, r.party_rfcs, r.narrative, $6::uuid
     from jsonb_to_recordset($1::jsonb) as r(id uuid, incident_id text, kind text, occurred_at timestamptz,
       lat double precision, lon double precision, place text, placed_by text, substance_cas text,
       substance_name text, quantity_kg double precision, bill_of_lading text, container_no text,
       party_names text[], party_rfcs text[], narrative text)
     on conflict (owner_agency, incident_id) do update set (${INCIDENT_FIELDS}, imported_by, imported_at) =
       (${INCIDENT_FIELDS.replace(/(\w+)/g, 'excluded.$1')}, excluded.imported_by, now())
     where (${INCIDENT_FIELDS.replace(/(\w+)/g, 'i.$1')}) is distinct from
       (${INCIDENT_FIELDS.replace(/(\w+)/g, 'excluded.$1')})
     returning i.id, (xmax = 0) as inserted`,
    [
      JSON.stringify(records),
      marking.ownerAgency,
      marking.tlp,
      marking.releasableTo,
      marking.recipients,
      importedBy,
    ],
  );
  return upserted(stored);
}

const REPORT_FIELDS = `observed_at, lat, lon, place, placed_by, source_type, reliability, credibility, indicators,
  narrative, tlp, releasable_to, recipients`;

export async function upsertFieldReports(
  tx: Tx,
  rows: readonly (FieldReportRow & Placed)[],
  marking: Marking,
  importedBy: string,
): Promise<Upserted> {
  if (rows.length === 0) return { inserted: [], updated: [] };
  const records = rows.map((r) => ({
    id: randomUUID(),
    report_id: r.report_id,
    observed_at: r.observed_at,
    lat: r.lat,
    lon: r.lon,
    place: r.place,
    placed_by: r.placedBy,
    source_type: r.source_type,
    reliability: r.reliability,
    credibility: r.credibility,
    indicators: r.indicators,
    narrative: r.narrative,
  }));
  const { rows: stored } = await tx.query<{ id: string; inserted: boolean }>(
    `insert into field_reports as f (id, owner_agency, tlp, releasable_to, recipients, report_id, observed_at, lat,
       lon, place, placed_by, source_type, reliability, credibility, indicators, narrative, imported_by)
     select r.id, $2, $3::tlp, $4::text[], $5::text[], r.report_id, r.observed_at, r.lat, r.lon, r.place,
       r.placed_by, r.source_type, r.reliability, r.credibility, r.indicators, r.narrative, $6::uuid
     from jsonb_to_recordset($1::jsonb) as r(id uuid, report_id text, observed_at timestamptz, lat double precision,
       lon double precision, place text, placed_by text, source_type text, reliability text, credibility smallint,
       indicators text[], narrative text)
     on conflict (owner_agency, report_id) do update set (${REPORT_FIELDS}, imported_by, imported_at) =
       (${REPORT_FIELDS.replace(/(\w+)/g, 'excluded.$1')}, excluded.imported_by, now())
     where (${REPORT_FIELDS.replace(/(\w+)/g, 'f.$1')}) is distinct from
       (${REPORT_FIELDS.replace(/(\w+)/g, 'excluded.$1')})
     returning f.id, (xmax = 0) as inserted`,
    [
      JSON.stringify(records),
      marking.ownerAgency,
      marking.tlp,
      marking.releasableTo,
      marking.recipients,
      importedBy,
    ],
  );
  return upserted(stored);
}

export interface Incident {
  id: string;
  incidentId: string;
  kind: IncidentKind;
  occurredAt: string;
  lat: number;
  lon: number;
  place: string | null;
  placedBy: PlacedBy;
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

interface IncidentDbRow extends MarkingRow {
  id: string;
  incident_id: string;
  kind: IncidentKind;
  occurred_at: Date;
  lat: number;
  lon: number;
  place: string | null;
  placed_by: PlacedBy;
  substance_cas: string | null;
  substance_name: string | null;
  quantity_kg: number | null;
  bill_of_lading: string | null;
  container_no: string | null;
  party_names: string[];
  party_rfcs: string[];
  narrative: string;
  imported_at: Date;
}

const toIncident = (r: IncidentDbRow): Incident => ({
  id: r.id,
  incidentId: r.incident_id,
  kind: r.kind,
  occurredAt: new Date(r.occurred_at).toISOString(),
  lat: r.lat,
  lon: r.lon,
  place: r.place,
  placedBy: r.placed_by,
  substanceCas: r.substance_cas,
  substanceName: r.substance_name,
  quantityKg: r.quantity_kg,
  billOfLading: r.bill_of_lading,
  containerNo: r.container_no,
  partyNames: r.party_names,
  partyRfcs: r.party_rfcs,
  narrative: r.narrative,
  marking: markingFromRow(r),
  importedAt: new Date(r.imported_at).toISOString(),
});

/** A list's days: the first and the last included (UTC days, as every list of the API counts them). */
export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** `$2`..`$3` are the range's days: a record whose instant falls on one of them or between is kept. */
const inDays = (column: string) =>
  `($2::date is null or ${column} >= ($2::date)::timestamp at time zone 'UTC')
   and ($3::date is null or ${column} < ($3::date + 1)::timestamp at time zone 'UTC')`;

export interface IncidentFilter extends DayRange {
  kind?: IncidentKind | undefined;
}

const incidentWhere = `($1::text is null or kind = $1) and ${inDays('occurred_at')}`;
const incidentParams = (filter: IncidentFilter) => [
  filter.kind ?? null,
  filter.from ?? null,
  filter.to ?? null,
];

/** The incidents the caller may see (row-level security), latest first; ties by source id and owner. */
export async function listIncidents(
  tx: Tx,
  filter: IncidentFilter & { limit: number; offset: number },
): Promise<Incident[]> {
  const { rows } = await tx.query<IncidentDbRow>(
    `select * from incidents where ${incidentWhere}
      order by occurred_at desc, incident_id, owner_agency limit $4 offset $5`,
    [...incidentParams(filter), filter.limit, filter.offset],
  );
  return rows.map(toIncident);
}

export async function countIncidents(tx: Tx, filter: IncidentFilter): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `select count(*) as n from incidents where ${incidentWhere}`,
    incidentParams(filter),
  );
  return Number(rows[0]!.n);
}

/** The id of the caller's agency's record with this source id (the one a form just recorded). */
export async function ownIncidentId(tx: Tx, ownerAgency: string, incidentId: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    'select id from incidents where owner_agency = $1 and incident_id = $2',
    [ownerAgency, incidentId],
  );
  return rows[0]?.id ?? null;
}

export async function findIncident(tx: Tx, id: string): Promise<Incident | null> {
  const { rows } = await tx.query<IncidentDbRow>('select * from incidents where id = $1', [id]);
  return rows[0] ? toIncident(rows[0]) : null;
}

export interface FieldReport {
  id: string;
  reportId: string;
  observedAt: string;
  lat: number;
  lon: number;
  place: string | null;
  placedBy: PlacedBy;
  sourceType: SourceType;
  reliability: Reliability;
  credibility: number;
  indicators: Indicator[];
  narrative: string;
  marking: Marking;
  importedAt: string;
}

interface FieldReportDbRow extends MarkingRow {
  id: string;
  report_id: string;
  observed_at: Date;
  lat: number;
  lon: number;
  place: string | null;
  placed_by: PlacedBy;
  source_type: SourceType;
  reliability: Reliability;
  credibility: number;
  indicators: Indicator[];
  narrative: string;
  imported_at: Date;
}

const toFieldReport = (r: FieldReportDbRow): FieldReport => ({
  id: r.id,
  reportId: r.report_id,
  observedAt: new Date(r.observed_at).toISOString(),
  lat: r.lat,
  lon: r.lon,
  place: r.place,
  placedBy: r.placed_by,
  sourceType: r.source_type,
  reliability: r.reliability,
  credibility: r.credibility,
  indicators: r.indicators,
  narrative: r.narrative,
  marking: markingFromRow(r),
  importedAt: new Date(r.imported_at).toISOString(),
});

export interface FieldReportFilter extends DayRange {
  sourceType?: SourceType | undefined;
}

const reportWhere = `($1::text is null or source_type = $1) and ${inDays('observed_at')}`;
const reportParams = (filter: FieldReportFilter) => [
  filter.sourceType ?? null,
  filter.from ?? null,
  filter.to ?? null,
];

export async function listFieldReports(
  tx: Tx,
  filter: FieldReportFilter & { limit: number; offset: number },
): Promise<FieldReport[]> {
  const { rows } = await tx.query<FieldReportDbRow>(
    `select * from field_reports where ${reportWhere}
      order by observed_at desc, report_id, owner_agency limit $4 offset $5`,
    [...reportParams(filter), filter.limit, filter.offset],
  );
  return rows.map(toFieldReport);
}

export async function countFieldReports(tx: Tx, filter: FieldReportFilter): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `select count(*) as n from field_reports where ${reportWhere}`,
    reportParams(filter),
  );
  return Number(rows[0]!.n);
}

export async function ownFieldReportId(
  tx: Tx,
  ownerAgency: string,
  reportId: string,
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    'select id from field_reports where owner_agency = $1 and report_id = $2',
    [ownerAgency, reportId],
  );
  return rows[0]?.id ?? null;
}

export async function findFieldReport(tx: Tx, id: string): Promise<FieldReport | null> {
  const { rows } = await tx.query<FieldReportDbRow>('select * from field_reports where id = $1', [id]);
  return rows[0] ? toFieldReport(rows[0]) : null;
}

/** An incident as the network weighs it: what it is, and the parties and consignment it names. */
export interface LinkedIncident {
  id: string;
  incidentId: string;
  kind: IncidentKind;
  occurredAt: string;
  partyRfcs: string[];
  billOfLading: string | null;
  marking: Marking;
}

/**
 * The incidents of these kinds the caller may see (row-level security) that name one of these RFCs as a party or
 * one of these bills of lading: the GIN index on `party_rfcs` and the b-tree on `bill_of_lading`.
 */
export async function incidentsNaming(
  tx: Tx,
  kinds: readonly IncidentKind[],
  rfcs: readonly string[],
  billsOfLading: readonly string[],
): Promise<LinkedIncident[]> {
  if (rfcs.length === 0 && billsOfLading.length === 0) return [];
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      incident_id: string;
      kind: IncidentKind;
      occurred_at: Date;
      party_rfcs: string[];
      bill_of_lading: string | null;
    }
  >(
    `select id, incident_id, kind, occurred_at, party_rfcs, bill_of_lading, owner_agency, tlp, releasable_to,
            recipients
       from incidents
      where kind = any ($1::text[]) and (party_rfcs && $2::text[] or bill_of_lading = any ($3::text[]))
      order by occurred_at, incident_id, owner_agency`,
    [[...kinds], [...rfcs], [...billsOfLading]],
  );
  return rows.map((r) => ({
    id: r.id,
    incidentId: r.incident_id,
    kind: r.kind,
    occurredAt: new Date(r.occurred_at).toISOString(),
    partyRfcs: r.party_rfcs,
    billOfLading: r.bill_of_lading,
    marking: markingFromRow(r),
  }));
}

/** Deletes received incidents and field reports a source no longer releases to this instance (the sync). */
export async function deleteReceivedRecords(
  tx: Tx,
  table: 'incidents' | 'field_reports',
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  if (table === 'incidents') await tx.query('delete from incidents where id = any ($1::uuid[])', [[...ids]]);
  else await tx.query('delete from field_reports where id = any ($1::uuid[])', [[...ids]]);
}

/**
 * Narrows a received incident or field report as its receiver narrowed its copy (src/federation, in its system
 * step: the row is the originating agency's, which the receiver may not update).
 */
export async function markReceivedRecord(
  tx: Tx,
  table: 'incidents' | 'field_reports',
  id: string,
  marking: Omit<Marking, 'ownerAgency'>,
): Promise<void> {
  const values = [id, marking.tlp, marking.releasableTo, marking.recipients];
  const set = 'set tlp = $2, releasable_to = $3, recipients = $4 where id = $1';
  if (table === 'incidents') await tx.query(`update incidents ${set}`, values);
  else await tx.query(`update field_reports ${set}`, values);
}

/** When the marking of each incident the caller may see last changed (store/marked-at.ts). */
export const incidentsMarkedAt = (tx: Tx) =>
  markedAtById(tx, 'select id, marked_at from incidents where marked_at is not null');

/** When the marking of each field report the caller may see last changed (store/marked-at.ts). */
export const fieldReportsMarkedAt = (tx: Tx) =>
  markedAtById(tx, 'select id, marked_at from field_reports where marked_at is not null');

/** The incidents the caller may see in the order of a TAXII collection: by their import or last marking change. */
export const INCIDENTS_ADDED = addedRelation({
  from: 'from incidents',
  at: 'greatest(imported_at, marked_at)',
  key: ['id'],
  keyTypes: ['uuid'],
  id: { column: 'id', type: 'uuid' },
  toRecord: toIncident,
});

/** The field reports the caller may see in the same order. */
export const FIELD_REPORTS_ADDED = addedRelation({
  from: 'from field_reports',
  at: 'greatest(imported_at, marked_at)',
  key: ['id'],
  keyTypes: ['uuid'],
  id: { column: 'id', type: 'uuid' },
  toRecord: toFieldReport,
});

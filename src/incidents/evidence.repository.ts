/**
 * What the leads read of incidents and field reports (one statement each, under the caller's row-level
 * security): the position, the instant, the kind or the grading, and the marking for the audit of reads.
 */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { IncidentKind, Reliability } from '../shared/evidence.ts';

export interface IncidentEvidenceRow {
  /** The row's id (for the audit); `incidentId` is the source's own id. */
  id: string;
  incidentId: string;
  kind: IncidentKind;
  occurredAt: Date;
  lat: number;
  lon: number;
  quantityKg: number | null;
  marking: Marking;
}

export interface FieldReportEvidenceRow {
  id: string;
  reportId: string;
  observedAt: Date;
  lat: number;
  lon: number;
  sourceType: string;
  reliability: Reliability;
  credibility: number;
  indicators: string[];
  marking: Marking;
}

/** The incidents the caller sees that occurred at or before `asOf` (every one when null). */
export async function incidentEvidence(tx: Tx, asOf: Date | null): Promise<IncidentEvidenceRow[]> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      incident_id: string;
      kind: IncidentKind;
      occurred_at: Date;
      lat: number;
      lon: number;
      quantity_kg: number | null;
    }
  >(
    `select id, incident_id, kind, occurred_at, lat, lon, quantity_kg, owner_agency, tlp, releasable_to, recipients
       from incidents where ($1::timestamptz is null or occurred_at <= $1) order by incident_id, owner_agency`,
    [asOf],
  );
  return rows.map((r) => ({
    id: r.id,
    incidentId: r.incident_id,
    kind: r.kind,
    occurredAt: new Date(r.occurred_at),
    lat: r.lat,
    lon: r.lon,
    quantityKg: r.quantity_kg,
    marking: markingFromRow(r),
  }));
}

/** The field reports the caller sees observed at or before `asOf` (every one when null). */
export async function fieldReportEvidence(tx: Tx, asOf: Date | null): Promise<FieldReportEvidenceRow[]> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      report_id: string;
      observed_at: Date;
      lat: number;
      lon: number;
      source_type: string;
      reliability: Reliability;
      credibility: number;
      indicators: string[];
    }
  >(
    `select id, report_id, observed_at, lat, lon, source_type, reliability, credibility, indicators, owner_agency,
       tlp, releasable_to, recipients
       from field_reports where ($1::timestamptz is null or observed_at <= $1) order by report_id, owner_agency`,
    [asOf],
  );
  return rows.map((r) => ({
    id: r.id,
    reportId: r.report_id,
    observedAt: new Date(r.observed_at),
    lat: r.lat,
    lon: r.lon,
    sourceType: r.source_type,
    reliability: r.reliability,
    credibility: r.credibility,
    indicators: r.indicators,
    marking: markingFromRow(r),
  }));
}

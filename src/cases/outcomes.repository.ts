/** SQL of operation outcomes (0750): append-only, marked. */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { OutcomeKind } from '../shared/cases.ts';

export interface OperationOutcome {
  id: string;
  operationId: string;
  kind: OutcomeKind;
  substance: string | null;
  quantityKg: number | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  entityId: string | null;
  arrests: number | null;
  note: string;
  observedAt: string;
  incidentId: string | null;
  leadOutcomeIds: string[];
  recordedBy: string;
  recordedAt: string;
  marking: Marking;
}

type OutcomeRow = MarkingRow & {
  id: string;
  operation_id: string;
  kind: OutcomeKind;
  substance: string | null;
  quantity_kg: number | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  entity_id: string | null;
  arrests: number | null;
  note: string;
  observed_at: Date;
  incident_id: string | null;
  lead_outcome_ids: string[];
  recorded_by: string;
  recorded_at: Date;
};

const toOutcome = (r: OutcomeRow): OperationOutcome => ({
  id: r.id,
  operationId: r.operation_id,
  kind: r.kind,
  substance: r.substance,
  quantityKg: r.quantity_kg,
  place: r.place,
  lat: r.lat,
  lon: r.lon,
  entityId: r.entity_id,
  arrests: r.arrests,
  note: r.note,
  observedAt: new Date(r.observed_at).toISOString(),
  incidentId: r.incident_id,
  leadOutcomeIds: r.lead_outcome_ids,
  recordedBy: r.recorded_by,
  recordedAt: new Date(r.recorded_at).toISOString(),
  marking: markingFromRow(r),
});

export async function insertOutcome(
  tx: Tx,
  o: Omit<OperationOutcome, 'recordedAt'>,
): Promise<OperationOutcome> {
  const { rows } = await tx.query<OutcomeRow>(
    `insert into operation_outcomes (id, owner_agency, tlp, releasable_to, recipients, operation_id, kind, substance,
       quantity_kg, place, lat, lon, entity_id, arrests, note, observed_at, incident_id, lead_outcome_ids, recorded_by)
     values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
       $18::uuid[], $19)
     returning *`,
    [
      o.id,
      o.marking.ownerAgency,
      o.marking.tlp,
      o.marking.releasableTo,
      o.marking.recipients,
      o.operationId,
      o.kind,
      o.substance,
      o.quantityKg,
      o.place,
      o.lat,
      o.lon,
      o.entityId,
      o.arrests,
      o.note,
      o.observedAt,
      o.incidentId,
      o.leadOutcomeIds,
      o.recordedBy,
    ],
  );
  return toOutcome(rows[0]!);
}

export async function outcomesOf(tx: Tx, operationId: string): Promise<OperationOutcome[]> {
  const { rows } = await tx.query<OutcomeRow>(
    'select * from operation_outcomes where operation_id = $1 order by observed_at, id',
    [operationId],
  );
  return rows.map(toOutcome);
}

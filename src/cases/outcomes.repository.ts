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
  /** The named entity's RFCs, normalised, as the recorder saw its records (0746). */
  entityRfcs: string[];
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
  entity_rfcs?: string[];
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
  entityRfcs: r.entity_rfcs ?? [],
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
     returning *, $20::text[] as entity_rfcs`,
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
      o.entityRfcs,
    ],
  );
  if (o.entityRfcs.length > 0)
    await tx.query(
      `insert into operation_outcome_rfcs (id, owner_agency, tlp, releasable_to, recipients, outcome_id, rfc)
       select gen_random_uuid(), $1, $2::tlp, $3::text[], $4::text[], $5, r from unnest($6::text[]) r`,
      [
        o.marking.ownerAgency,
        o.marking.tlp,
        o.marking.releasableTo,
        o.marking.recipients,
        o.id,
        o.entityRfcs,
      ],
    );
  return toOutcome(rows[0]!);
}

/** An outcome's RFCs as its reader sees them (0746): each row is marked as the outcome. */
const ENTITY_RFCS = `(select coalesce(array_agg(r.rfc order by r.rfc), '{}') from operation_outcome_rfcs r
   where r.outcome_id = o.id) as entity_rfcs`;

export async function outcomesOf(tx: Tx, operationId: string): Promise<OperationOutcome[]> {
  const { rows } = await tx.query<OutcomeRow>(
    `select o.*, ${ENTITY_RFCS} from operation_outcomes o where o.operation_id = $1 order by o.observed_at, o.id`,
    [operationId],
  );
  return rows.map(toOutcome);
}

/** An outcome that names an entity by its RFCs, as the network reads it. */
export interface EntityOutcome {
  id: string;
  operationId: string;
  kind: 'entity_confirmed' | 'site_not_found';
  entityRfcs: string[];
  observedAt: string;
  marking: Marking;
}

/**
 * The outcomes the caller may see that confirm an entity, or searched its site and found nothing, naming one of
 * these RFCs (normalised): one statement over the RFC index of 0746.
 */
export async function outcomesNaming(tx: Tx, rfcs: readonly string[]): Promise<EntityOutcome[]> {
  if (rfcs.length === 0) return [];
  const { rows } = await tx.query<OutcomeRow>(
    `select o.*, ${ENTITY_RFCS} from operation_outcomes o
      where o.kind in ('entity_confirmed', 'site_not_found')
        and exists (select 1 from operation_outcome_rfcs r where r.outcome_id = o.id and r.rfc = any ($1::text[]))
      order by o.observed_at, o.id`,
    [rfcs],
  );
  return rows.map((r) => ({
    id: r.id,
    operationId: r.operation_id,
    kind: r.kind as EntityOutcome['kind'],
    entityRfcs: r.entity_rfcs ?? [],
    observedAt: new Date(r.observed_at).toISOString(),
    marking: markingFromRow(r),
  }));
}

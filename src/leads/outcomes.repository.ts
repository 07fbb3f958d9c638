/** SQL of the leads' own records: decisions on leads and outcomes of searches (append-only, marked). */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';

export type DecisionAction = 'accept' | 'reject' | 'merge';
export type OutcomeKind = 'found' | 'nothing_found';

export interface Decision {
  id: string;
  leadId: string;
  action: DecisionAction;
  mergedInto: string | null;
  reason: string;
  decidedBy: string;
  decidedByName: string | null;
  decidedAt: string;
  marking: Marking;
}

export interface Outcome {
  id: string;
  leadId: string;
  outcome: OutcomeKind;
  note: string;
  lat: number;
  lon: number;
  observedAt: Date;
  recordedBy: string;
  recordedAt: string;
  marking: Marking;
}

type DecisionRow = MarkingRow & {
  id: string;
  lead_id: string;
  action: DecisionAction;
  merged_into: string | null;
  reason: string;
  decided_by: string;
  decided_by_name: string | null;
  decided_at: Date;
};

const toDecision = (r: DecisionRow): Decision => ({
  id: r.id,
  leadId: r.lead_id,
  action: r.action,
  mergedInto: r.merged_into,
  reason: r.reason,
  decidedBy: r.decided_by,
  decidedByName: r.decided_by_name,
  decidedAt: new Date(r.decided_at).toISOString(),
  marking: markingFromRow(r),
});

const DECISION_COLUMNS = `d.id, d.lead_id, d.action, d.merged_into, d.reason, d.decided_by, d.decided_at, d.owner_agency,
  d.tlp, d.releasable_to, d.recipients, (select u.username from users u where u.id = d.decided_by) as decided_by_name`;

export async function insertDecision(
  tx: Tx,
  d: {
    id: string;
    leadId: string;
    action: DecisionAction;
    mergedInto: string | null;
    reason: string;
    decidedBy: string;
    marking: Marking;
  },
): Promise<Decision> {
  const { rows } = await tx.query<DecisionRow>(
    `with d as (insert into lead_decisions (id, owner_agency, tlp, releasable_to, recipients, lead_id, action,
       merged_into, reason, decided_by)
     values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8, $9, $10) returning *)
     select ${DECISION_COLUMNS} from d`,
    [
      d.id,
      d.marking.ownerAgency,
      d.marking.tlp,
      d.marking.releasableTo,
      d.marking.recipients,
      d.leadId,
      d.action,
      d.mergedInto,
      d.reason,
      d.decidedBy,
    ],
  );
  return toDecision(rows[0]!);
}

/** Every decision the caller sees on these leads, newest first (ties by id). */
export async function decisionsOf(tx: Tx, leadIds: readonly string[]): Promise<Decision[]> {
  if (leadIds.length === 0) return [];
  const { rows } = await tx.query<DecisionRow>(
    `select ${DECISION_COLUMNS} from lead_decisions d where d.lead_id = any($1::text[])
      order by d.lead_id, d.decided_at desc, d.id`,
    [leadIds],
  );
  return rows.map(toDecision);
}

type OutcomeRow = MarkingRow & {
  id: string;
  lead_id: string;
  outcome: OutcomeKind;
  note: string;
  lat: number;
  lon: number;
  observed_at: Date;
  recorded_by: string;
  recorded_at: Date;
};

const toOutcome = (r: OutcomeRow): Outcome => ({
  id: r.id,
  leadId: r.lead_id,
  outcome: r.outcome,
  note: r.note,
  lat: r.lat,
  lon: r.lon,
  observedAt: new Date(r.observed_at),
  recordedBy: r.recorded_by,
  recordedAt: new Date(r.recorded_at).toISOString(),
  marking: markingFromRow(r),
});

export async function insertOutcome(
  tx: Tx,
  o: Omit<Outcome, 'recordedAt' | 'marking'> & { marking: Marking },
): Promise<Outcome> {
  const { rows } = await tx.query<OutcomeRow>(
    `insert into lead_outcomes (id, owner_agency, tlp, releasable_to, recipients, lead_id, outcome, note, lat, lon,
       observed_at, recorded_by)
     values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8, $9, $10, $11, $12) returning *`,
    [
      o.id,
      o.marking.ownerAgency,
      o.marking.tlp,
      o.marking.releasableTo,
      o.marking.recipients,
      o.leadId,
      o.outcome,
      o.note,
      o.lat,
      o.lon,
      o.observedAt,
      o.recordedBy,
    ],
  );
  return toOutcome(rows[0]!);
}

/** Outcomes the caller sees observed at or before `asOf` (every one when null). */
export async function outcomeEvidence(tx: Tx, asOf: Date | null): Promise<Outcome[]> {
  const { rows } = await tx.query<OutcomeRow>(
    `select * from lead_outcomes where ($1::timestamptz is null or observed_at <= $1) order by id`,
    [asOf],
  );
  return rows.map(toOutcome);
}

/** The outcomes the caller sees on one lead, newest first. */
export async function outcomesOf(tx: Tx, leadId: string): Promise<Outcome[]> {
  const { rows } = await tx.query<OutcomeRow>(
    'select * from lead_outcomes where lead_id = $1 order by observed_at desc, id',
    [leadId],
  );
  return rows.map(toOutcome);
}

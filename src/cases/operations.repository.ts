/** SQL of operations: the operation, its decisions (transitions) and its comments, all marked (0745). */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { OperationAction, OperationCommentKind, OperationStatus } from '../shared/cases.ts';
import { iso, MARKING_VALUES, nameOf } from './sql-parts.ts';

export interface Operation {
  id: string;
  caseId: string;
  objective: string;
  territory: string;
  state: string;
  municipality: string | null;
  hostUnits: string[];
  advisors: string[];
  leadIds: string[];
  status: OperationStatus;
  createdBy: string;
  createdAt: string;
  statusChangedAt: string;
  marking: Marking;
}

export interface Transition {
  id: string;
  operationId: string;
  action: OperationAction;
  from: OperationStatus;
  to: OperationStatus;
  reason: string;
  decidedBy: string;
  decidedByName: string | null;
  decidedAt: string;
  marking: Marking;
}

export interface OperationComment {
  id: string;
  operationId: string;
  kind: OperationCommentKind;
  body: string;
  writtenBy: string;
  writtenByName: string | null;
  writtenAt: string;
  marking: Marking;
}

type OperationRow = MarkingRow & {
  id: string;
  case_id: string;
  objective: string;
  territory: string;
  state: string;
  municipality: string | null;
  host_units: string[];
  advisors: string[];
  lead_ids: string[];
  status: OperationStatus;
  created_by: string;
  created_at: Date;
  status_changed_at: Date;
};
const toOperation = (r: OperationRow): Operation => ({
  id: r.id,
  caseId: r.case_id,
  objective: r.objective,
  territory: r.territory,
  state: r.state,
  municipality: r.municipality,
  hostUnits: r.host_units,
  advisors: r.advisors,
  leadIds: r.lead_ids,
  status: r.status,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
  statusChangedAt: iso(r.status_changed_at),
  marking: markingFromRow(r),
});

export async function insertOperation(
  tx: Tx,
  o: Omit<Operation, 'status' | 'createdAt' | 'statusChangedAt'>,
): Promise<Operation> {
  const { rows } = await tx.query<OperationRow>(
    `insert into operations (id, owner_agency, tlp, releasable_to, recipients, case_id, objective, territory, state,
       municipality, host_units, advisors, lead_ids, created_by)
     values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8, $9, $10, $11::text[], $12::uuid[], $13::text[], $14)
     returning *`,
    [
      o.id,
      ...MARKING_VALUES(o.marking),
      o.caseId,
      o.objective,
      o.territory,
      o.state,
      o.municipality,
      o.hostUnits,
      o.advisors,
      o.leadIds,
      o.createdBy,
    ],
  );
  return toOperation(rows[0]!);
}

export async function findOperation(tx: Tx, id: string): Promise<Operation | null> {
  const { rows } = await tx.query<OperationRow>('select * from operations where id = $1', [id]);
  return rows[0] ? toOperation(rows[0]) : null;
}

/** Moves the operation (the trigger of 0745 checks the move, the person and the recorded decision). */
export async function setOperationStatus(
  tx: Tx,
  id: string,
  from: OperationStatus,
  to: OperationStatus,
): Promise<Operation | null> {
  const { rows } = await tx.query<OperationRow>(
    `update operations set status = $3, status_changed_at = now() where id = $1 and status = $2 returning *`,
    [id, from, to],
  );
  return rows[0] ? toOperation(rows[0]) : null;
}

export interface OperationFilter {
  status?: OperationStatus | undefined;
  caseId?: string | undefined;
  territory?: string | undefined;
  state?: string | undefined;
}

function conditions(filter: OperationFilter) {
  const params = [
    filter.status ?? null,
    filter.caseId ?? null,
    filter.territory ?? null,
    filter.state ?? null,
  ];
  const where = `($1::text is null or status = $1) and ($2::uuid is null or case_id = $2)
    and ($3::text is null or territory = $3) and ($4::text is null or state = $4)`;
  return { params, where };
}

/** The operations the caller sees, most recently moved first. */
export async function listOperations(
  tx: Tx,
  filter: OperationFilter,
  limit: number,
  offset: number,
): Promise<Operation[]> {
  const { params, where } = conditions(filter);
  const { rows } = await tx.query<OperationRow>(
    `select * from operations where ${where} order by status_changed_at desc, id limit $5 offset $6`,
    [...params, limit, offset],
  );
  return rows.map(toOperation);
}

export async function countOperations(tx: Tx, filter: OperationFilter): Promise<number> {
  const { params, where } = conditions(filter);
  const { rows } = await tx.query<{ n: string }>(
    `select count(*) as n from operations where ${where}`,
    params,
  );
  return Number(rows[0]!.n);
}

export async function operationsOfCase(tx: Tx, caseId: string): Promise<Operation[]> {
  return listOperations(tx, { caseId }, 1000, 0);
}

type TransitionRow = MarkingRow & {
  id: string;
  operation_id: string;
  action: OperationAction;
  from_status: OperationStatus;
  to_status: OperationStatus;
  reason: string;
  decided_by: string;
  decided_by_name: string | null;
  decided_at: Date;
};
const toTransition = (r: TransitionRow): Transition => ({
  id: r.id,
  operationId: r.operation_id,
  action: r.action,
  from: r.from_status,
  to: r.to_status,
  reason: r.reason,
  decidedBy: r.decided_by,
  decidedByName: r.decided_by_name,
  decidedAt: iso(r.decided_at),
  marking: markingFromRow(r),
});
const TRANSITION_COLUMNS = `t.*, ${nameOf('t.decided_by')} as decided_by_name`;

export async function insertTransition(
  tx: Tx,
  t: Omit<Transition, 'decidedByName' | 'decidedAt'>,
): Promise<Transition> {
  const { rows } = await tx.query<TransitionRow>(
    `with t as (insert into operation_transitions (id, owner_agency, tlp, releasable_to, recipients, operation_id,
       action, from_status, to_status, reason, decided_by)
       values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8, $9, $10, $11) returning *)
     select ${TRANSITION_COLUMNS} from t`,
    [t.id, ...MARKING_VALUES(t.marking), t.operationId, t.action, t.from, t.to, t.reason, t.decidedBy],
  );
  return toTransition(rows[0]!);
}

/** The decisions the caller sees on these operations, oldest first. */
export async function transitionsOf(tx: Tx, operationIds: readonly string[]): Promise<Transition[]> {
  if (operationIds.length === 0) return [];
  const { rows } = await tx.query<TransitionRow>(
    `select ${TRANSITION_COLUMNS} from operation_transitions t where t.operation_id = any($1::uuid[])
      order by t.decided_at, t.id`,
    [operationIds],
  );
  return rows.map(toTransition);
}

type CommentRow = MarkingRow & {
  id: string;
  operation_id: string;
  kind: OperationCommentKind;
  body: string;
  written_by: string;
  written_by_name: string | null;
  written_at: Date;
};
const toComment = (r: CommentRow): OperationComment => ({
  id: r.id,
  operationId: r.operation_id,
  kind: r.kind,
  body: r.body,
  writtenBy: r.written_by,
  writtenByName: r.written_by_name,
  writtenAt: iso(r.written_at),
  marking: markingFromRow(r),
});
const COMMENT_COLUMNS = `c.*, ${nameOf('c.written_by')} as written_by_name`;

export async function insertComment(
  tx: Tx,
  c: Omit<OperationComment, 'writtenByName' | 'writtenAt'>,
): Promise<OperationComment> {
  const { rows } = await tx.query<CommentRow>(
    `with c as (insert into operation_comments (id, owner_agency, tlp, releasable_to, recipients, operation_id, kind,
       body, written_by)
       values ($1, $2, $3::tlp, $4::text[], $5::text[], $6, $7, $8, $9) returning *)
     select ${COMMENT_COLUMNS} from c`,
    [c.id, ...MARKING_VALUES(c.marking), c.operationId, c.kind, c.body, c.writtenBy],
  );
  return toComment(rows[0]!);
}

export async function commentsOf(tx: Tx, operationId: string): Promise<OperationComment[]> {
  const { rows } = await tx.query<CommentRow>(
    `select ${COMMENT_COLUMNS} from operation_comments c where c.operation_id = $1 order by c.written_at, c.id`,
    [operationId],
  );
  return rows.map(toComment);
}

/** Whether every code names an agency of the nation (host units are the territory's agencies). */
export async function agenciesOfNation(tx: Tx, codes: readonly string[], nation: string): Promise<boolean> {
  if (codes.length === 0) return true;
  const { rows } = await tx.query<{ n: number }>(
    'select count(*)::int as n from agencies where code = any($1::text[]) and nation = $2',
    [codes, nation],
  );
  return rows[0]!.n === new Set(codes).size;
}

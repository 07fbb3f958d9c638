/**
 * Host-led operations: drafted on a case by an analyst or a commander of the territory's nation (Mexico for every
 * Mexican jurisdiction), moved through the lifecycle (src/shared/cases.ts, OPERATION_MOVES) only by the host: a
 * commander of the territory's nation approves, rejects, starts and concludes; partner advisors comment and
 * recommend. The same rule is held by the database (0745); these checks give the caller a coded answer first.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import { hasRole, type Actor } from '../shared/actor.ts';
import { combineMarkings, type MarkingChange } from '../shared/marking.ts';
import {
  OPERATION_MOVES,
  type OperationAction,
  type OperationCommentKind,
  type OperationStatus,
} from '../shared/cases.ts';
import { recordAudit, recordReadsOf } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { userMaySee } from './repository.ts';
import { markingUnder, visibleCase } from './service.ts';
import {
  agenciesOfNation,
  commentsOf,
  findOperation,
  insertComment,
  insertOperation,
  insertTransition,
  setOperationStatus,
  transitionsOf,
  type Operation,
} from './operations.repository.ts';
import { outcomesOf } from './outcomes.repository.ts';
import { notifyCommented, notifyMoved } from './notifications.service.ts';

/** The nation whose territory every jurisdiction Centinela knows lies in (its states and municipalities). */
export const TERRITORY = 'MEX';
const LEAD_ID = /^lead-[0-9a-f]{15}$/;

export async function visibleOperation(tx: Tx, id: string): Promise<Operation> {
  const found = await findOperation(tx, id);
  if (!found) throw new AppError('OPERATION_NOT_FOUND', { field: 'id' });
  return found;
}

export interface NewOperation {
  objective: string;
  state: string;
  municipality?: string | undefined;
  hostUnits?: string[] | undefined;
  advisors?: string[] | undefined;
  leadIds?: string[] | undefined;
  marking?: Partial<MarkingChange> | undefined;
}

export async function draftOperation(tx: Tx, actor: Actor, caseId: string, body: NewOperation) {
  const theCase = await visibleCase(tx, caseId);
  if (actor.nation !== TERRITORY) throw new AppError('OPERATION_HOST_REQUIRED');
  const hostUnits = [...new Set(body.hostUnits ?? [actor.agency])].sort();
  if (!(await agenciesOfNation(tx, hostUnits, TERRITORY)))
    throw new AppError('VALIDATION_FAILED', { field: 'hostUnits', detail: `agencies of ${TERRITORY}` });
  const leadIds = [...new Set(body.leadIds ?? [])];
  if (leadIds.some((l) => !LEAD_ID.test(l)))
    throw new AppError('VALIDATION_FAILED', { field: 'leadIds', detail: '`lead-<H3 cell>`' });
  const marking = markingUnder(actor, theCase.marking, body.marking);
  const advisors = [...new Set(body.advisors ?? [])];
  for (const advisor of advisors)
    if (!(await userMaySee(tx, advisor, marking)))
      throw new AppError('CASE_ASSIGNEE_CANNOT_SEE', { field: 'advisors' });
  const operation = await insertOperation(tx, {
    id: randomUUID(),
    caseId,
    objective: body.objective,
    territory: TERRITORY,
    state: body.state,
    municipality: body.municipality ?? null,
    hostUnits,
    advisors,
    leadIds,
    createdBy: actor.userId,
    marking,
  });
  await recordAudit(tx, actor, {
    action: 'operation.create',
    table: 'operations',
    ids: [operation.id],
    detail: { caseId, territory: TERRITORY, state: body.state, municipality: body.municipality ?? null },
  });
  return operation;
}

/** Whether `actor` may take `action` on an operation in `territory` (the rule of docs/OPERATIONS.md). */
export function mayMove(actor: Actor, territory: string, action: OperationAction): boolean {
  if (actor.nation !== territory) return false;
  return OPERATION_MOVES[action].commander
    ? hasRole(actor, 'commander')
    : hasRole(actor, 'analyst', 'commander');
}

export async function moveOperation(
  tx: Tx,
  actor: Actor,
  operationId: string,
  action: OperationAction,
  reason: string,
) {
  const operation = await visibleOperation(tx, operationId);
  const move = OPERATION_MOVES[action];
  if (actor.nation !== operation.territory) throw new AppError('OPERATION_HOST_REQUIRED');
  if (!mayMove(actor, operation.territory, action))
    throw new AppError(move.commander ? 'OPERATION_COMMANDER_REQUIRED' : 'OPERATION_HOST_REQUIRED');
  if (!move.from.includes(operation.status))
    throw new AppError('OPERATION_TRANSITION', { detail: `${action} from ${move.from.join(', ')}` });
  const transition = await insertTransition(tx, {
    id: randomUUID(),
    operationId,
    action,
    from: operation.status,
    to: move.to,
    reason,
    decidedBy: actor.userId,
    marking: combineMarkings(actor, [operation.marking]),
  });
  const moved = await setOperationStatus(tx, operationId, operation.status, move.to);
  if (!moved) throw new AppError('OPERATION_TRANSITION', { detail: 'moved by someone else meanwhile' });
  await recordAudit(tx, actor, {
    action: `operation.${action}`,
    table: 'operations',
    ids: [operationId],
    detail: { caseId: operation.caseId, from: operation.status, to: move.to, reason },
  });
  await notifyMoved(tx, actor, operation, action, transition.marking);
  return { operation: moved, transition };
}

/** A comment or a recommendation: what a partner's advisor may add (and anyone who sees the operation). */
export async function commentOn(
  tx: Tx,
  actor: Actor,
  operationId: string,
  body: { kind: OperationCommentKind; body: string; marking?: Partial<MarkingChange> | undefined },
) {
  const operation = await visibleOperation(tx, operationId);
  const comment = await insertComment(tx, {
    id: randomUUID(),
    operationId,
    kind: body.kind,
    body: body.body,
    writtenBy: actor.userId,
    marking: markingUnder(actor, operation.marking, body.marking),
  });
  await recordAudit(tx, actor, {
    action: 'operation.comment',
    table: 'operation_comments',
    ids: [comment.id],
    detail: { operationId, kind: body.kind },
  });
  await notifyCommented(tx, actor, operation, comment.marking);
  return comment;
}

export async function showOperation(tx: Tx, actor: Actor, operationId: string) {
  const operation = await visibleOperation(tx, operationId);
  const transitions = await transitionsOf(tx, [operationId]);
  const comments = await commentsOf(tx, operationId);
  const outcomes = await outcomesOf(tx, operationId);
  await recordReadsOf(tx, actor, {
    operations: [operation],
    operation_transitions: transitions,
    operation_comments: comments,
    operation_outcomes: outcomes,
  });
  return {
    ...operation,
    transitions,
    comments,
    outcomes,
    mayMove: Object.fromEntries(
      (Object.keys(OPERATION_MOVES) as OperationAction[]).map((a) => [
        a,
        mayMove(actor, operation.territory, a) && OPERATION_MOVES[a].from.includes(operation.status),
      ]),
    ) as Record<OperationAction, boolean>,
  };
}

export type { OperationStatus };

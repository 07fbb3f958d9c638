/**
 * Notifications, written in the transaction of the act they tell of (issue 19): an assignment tells the assignee;
 * a proposal tells the commanders of the territory's nation; a decision (approve, reject, start, conclude,
 * withdraw) tells the case's assignees and the operation's proposer; a comment or a recommendation tells the
 * case's assignees. A notification is marked no wider than the record of the act (so a recipient who may not see
 * the comment or the decision is not told of it), and the database writes one only for a recipient who may see
 * the case and the operation (0755). Those of them who gave an email address are mailed too, once the act
 * commits (mail.ts).
 */
import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { combineMarkings, type Marking } from '../shared/marking.ts';
import type { OperationAction } from '../shared/cases.ts';
import { assigneesOf } from './repository.ts';
import {
  commandersOf,
  insertNotifications,
  mailAddressees,
  proposersOf,
} from './notifications.repository.ts';
import { queueMail } from './mail.ts';
import type { Operation } from './operations.repository.ts';

type NewNotifications = Parameters<typeof insertNotifications>[1];

/** Writes the notifications and queues their mail, sent if the transaction commits. */
async function notify(tx: Tx, n: NewNotifications) {
  await insertNotifications(tx, n);
  const addressees = await mailAddressees(tx, n);
  queueMail(
    tx,
    addressees.map((a) => ({
      to: a.email,
      locale: a.locale,
      kind: n.kind,
      caseId: n.caseId,
      operationId: n.operationId,
    })),
  );
}

export async function notifyAssigned(
  tx: Tx,
  actor: Actor,
  assignment: { caseId: string; userId: string; marking: Marking },
) {
  await notify(tx, {
    recipients: [assignment.userId],
    kind: 'assigned',
    caseId: assignment.caseId,
    operationId: null,
    createdBy: actor.userId,
    marking: combineMarkings(actor, [assignment.marking]),
  });
}

/** After a move of `operation` (its state before the move) recorded with `marking` (the transition's). */
export async function notifyMoved(
  tx: Tx,
  actor: Actor,
  operation: Operation,
  action: OperationAction,
  marking: Marking,
) {
  const about = {
    caseId: operation.caseId,
    operationId: operation.id,
    createdBy: actor.userId,
    marking: combineMarkings(actor, [marking]),
  };
  if (action === 'propose') {
    await notify(tx, {
      ...about,
      kind: 'awaiting_decision',
      recipients: await commandersOf(tx, operation.territory),
    });
    return;
  }
  const assignees = (await assigneesOf(tx, operation.caseId)).map((a) => a.userId);
  await notify(tx, {
    ...about,
    kind: 'decided',
    recipients: [...assignees, ...(await proposersOf(tx, operation.id))],
  });
}

export async function notifyCommented(tx: Tx, actor: Actor, operation: Operation, marking: Marking) {
  const assignees = (await assigneesOf(tx, operation.caseId)).map((a) => a.userId);
  await notify(tx, {
    kind: 'commented',
    recipients: assignees,
    caseId: operation.caseId,
    operationId: operation.id,
    createdBy: actor.userId,
    marking: combineMarkings(actor, [marking]),
  });
}

/**
 * Acting on an alert: acknowledge, assign, dismiss (with a reason) or escalate. Each action checks
 * the workflow, changes the alert through row-level security (only the owner agency can), keeps
 * the history and writes one audit entry, all in the caller's transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { AlertAction } from '../shared/workflow.ts';
import { checkWorkflowStep } from './workflow-step.ts';
import { findAlert, insertAlertAction, updateAlertStatus, type Alert } from './alerts.repository.ts';

export interface AlertActionInput {
  action: AlertAction;
  assignee?: string | undefined;
  reason?: string | undefined;
}

export async function actOnAlert(
  tx: Tx,
  actor: Actor,
  alertId: string,
  input: AlertActionInput,
): Promise<Alert> {
  if (!(await findAlert(tx, alertId))) throw new AppError('ALERT_NOT_FOUND', { field: 'id' });
  // SELECT … FOR UPDATE passes the update policy too: a visible alert that cannot be locked belongs
  // to another agency.
  const alert = await findAlert(tx, alertId, true);
  if (!alert)
    throw new AppError('FORBIDDEN', { detail: 'only the agency that owns the alert can act on it' });
  const { to, reason, assignee } = await checkWorkflowStep(
    tx,
    { status: alert.status, ownerAgency: alert.marking.ownerAgency },
    input,
    { transition: 'ALERT_TRANSITION', reasonRequired: 'DISMISS_REASON_REQUIRED', subject: 'alert' },
  );
  const updated = await updateAlertStatus(tx, alertId, {
    status: to,
    ...(assignee ? { assignee } : {}),
    ...(input.action === 'dismiss' ? { dismissReason: reason } : {}),
  });
  if (!updated)
    throw new AppError('FORBIDDEN', { detail: 'only the agency that owns the alert can act on it' });
  await insertAlertAction(
    tx,
    {
      id: randomUUID(),
      alertId,
      action: input.action,
      fromStatus: alert.status,
      toStatus: to,
      actorUser: actor.userId,
      assignee: assignee ?? null,
      reason,
    },
    updated.marking,
  );
  await recordAudit(tx, actor, {
    action: `alert.${input.action}`,
    table: 'alerts',
    ids: [alertId],
    detail: { from: alert.status, to, ...(assignee ? { assignee } : {}), ...(reason ? { reason } : {}) },
  });
  return updated;
}

/**
 * The one workflow of every proposal an analyst works: what may be done with a screening alert or a
 * diversion finding, from which status, and where it leads. Pure.
 *
 * Shared vocabulary: screening's alerts, custody's findings (src/custody/finding-service.ts) and the web's
 * workflow buttons follow it. The alert names are kept as aliases so the screening code reads as before.
 */
export const WORKFLOW_STATUSES = ['open', 'acknowledged', 'assigned', 'dismissed', 'escalated'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/** What an analyst may do. (A re-analysis may also reopen a dismissed finding: src/custody/finding-work.ts.) */
export const WORKFLOW_ACTIONS = ['acknowledge', 'assign', 'dismiss', 'escalate'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

const TRANSITIONS: Record<WorkflowAction, { from: readonly WorkflowStatus[]; to: WorkflowStatus }> = {
  acknowledge: { from: ['open'], to: 'acknowledged' },
  // Re-assigning an assigned alert to someone else is allowed.
  assign: { from: ['open', 'acknowledged', 'assigned'], to: 'assigned' },
  dismiss: { from: ['open', 'acknowledged', 'assigned'], to: 'dismissed' },
  escalate: { from: ['open', 'acknowledged', 'assigned'], to: 'escalated' },
};

/** The status an action leads to, or null when the current status does not allow it. */
export function nextStatus(current: WorkflowStatus, action: WorkflowAction): WorkflowStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}

export const ALERT_STATUSES = WORKFLOW_STATUSES;
export type AlertStatus = WorkflowStatus;
export const ALERT_ACTIONS = WORKFLOW_ACTIONS;
export type AlertAction = WorkflowAction;

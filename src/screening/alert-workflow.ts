/** What an analyst may do with a screening alert, from which status, and where it leads. Pure. */
export const ALERT_STATUSES = ['open', 'acknowledged', 'assigned', 'dismissed', 'escalated'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_ACTIONS = ['acknowledge', 'assign', 'dismiss', 'escalate'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

const TRANSITIONS: Record<AlertAction, { from: readonly AlertStatus[]; to: AlertStatus }> = {
  acknowledge: { from: ['open'], to: 'acknowledged' },
  // Re-assigning an assigned alert to someone else is allowed.
  assign: { from: ['open', 'acknowledged', 'assigned'], to: 'assigned' },
  dismiss: { from: ['open', 'acknowledged', 'assigned'], to: 'dismissed' },
  escalate: { from: ['open', 'acknowledged', 'assigned'], to: 'escalated' },
};

/** The status an action leads to, or null when the alert's current status does not allow it. */
export function nextStatus(current: AlertStatus, action: AlertAction): AlertStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}

/** English messages of the notifications (web/src/notifications). */
export const notificationsEn = {
  title: 'Notifications',
  badge_one: '{{count}} unread notification',
  badge_other: '{{count}} unread notifications',
  readAll: 'Mark all read',
  empty: 'No notifications.',
  unread: 'unread',
  kind: {
    assigned: 'You were assigned to a case',
    awaiting_decision: 'An operation awaits your decision',
    decided: 'A decision was taken on an operation',
    commented: 'An operation received a comment or a recommendation',
  },
};

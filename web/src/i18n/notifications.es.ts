/** Spanish messages of the notifications (web/src/notifications). */
export const notificationsEs = {
  title: 'Notificaciones',
  badge_one: '{{count}} notificación sin leer',
  badge_other: '{{count}} notificaciones sin leer',
  readAll: 'Marcar todas como leídas',
  empty: 'No hay notificaciones.',
  unread: 'sin leer',
  kind: {
    assigned: 'Se le asignó un caso',
    awaiting_decision: 'Una operación espera su decisión',
    decided: 'Se tomó una decisión sobre una operación',
    commented: 'Una operación recibió un comentario o una recomendación',
  },
};

/** The calls of the notifications (web/src/notifications): the caller's own, their unread count, marking read. */
import { api, unwrap } from './http.ts';
import type { QueryOf, ResponseOf } from './types.ts';

export type NotificationPage = ResponseOf<'/api/notifications'>;
export type NotificationItem = NotificationPage['items'][number];

export const fetchNotifications = (query: QueryOf<'/api/notifications'>, signal?: AbortSignal) =>
  unwrap(api.GET('/api/notifications', { params: { query }, signal }));
export const fetchUnreadCount = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/notifications/count', { signal }));
export const markNotificationRead = (id: string) =>
  unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
export const markAllNotificationsRead = () => unwrap(api.POST('/api/notifications/read-all'));

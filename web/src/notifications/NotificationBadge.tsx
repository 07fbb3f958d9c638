import { useTranslation } from 'react-i18next';
import { fetchUnreadCount } from '../api/notification-endpoints.ts';
import { useAsync } from '../components/useAsync.ts';

/**
 * The header's link to the notifications with the unread count, asked again whenever the route changes (reading
 * one changes the count). An error leaves the bare link: the count is a hint, never in the way.
 */
export function NotificationBadge({ routeKey }: { routeKey: string }) {
  const { t } = useTranslation();
  const { state } = useAsync((signal) => fetchUnreadCount(signal), [routeKey]);
  const unread = state.status === 'ready' ? state.data.unread : 0;
  return (
    <a
      className="notification-badge"
      href="#/notifications"
      aria-label={t('notifications.badge', { count: unread })}
      data-testid="notification-badge"
    >
      <span aria-hidden="true">🔔</span>
      {unread > 0 && <span className="unread-count">{unread}</span>}
    </a>
  );
}

import { useTranslation } from 'react-i18next';
import {
  fetchNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationItem,
} from '../api/notification-endpoints.ts';
import { Pager } from '../components/Pager.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';

const PAGE_SIZE = 50;

/** Where a notification leads: its operation's page, or its case's. */
const targetOf = (n: NotificationItem) =>
  hrefFor(n.operationId === null ? `/cases/${n.caseId}` : `/operations/${n.operationId}`);

/** The caller's notifications, newest first; the words come from the kind, the server sends only ids. */
export function NotificationListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const page = Math.max(1, Math.floor(Number(search.get('page'))) || 1);
  const { state, retry } = useAsync(
    (signal) => fetchNotifications({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [page],
  );
  const open = async (n: NotificationItem) => {
    if (n.readAt === null) await markNotificationRead(n.id).catch(() => undefined);
    window.location.hash = targetOf(n);
  };
  return (
    <section className="panel" aria-labelledby="notifications-title">
      <header className="panel-head">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
        <button
          type="button"
          onClick={() => {
            void markAllNotificationsRead().then(retry, retry);
          }}
        >
          {t('notifications.readAll')}
        </button>
      </header>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('notifications.empty') }}
      >
        {(data) => (
          <>
            <ul className="notification-list">
              {data.items.map((n) => (
                <li key={n.id} className={n.readAt === null ? 'unread' : 'read'}>
                  <a
                    href={targetOf(n)}
                    onClick={(event) => {
                      event.preventDefault();
                      void open(n);
                    }}
                  >
                    {t(`notifications.kind.${n.kind}`)}
                  </a>{' '}
                  <span className="muted">{formatDateTime(n.createdAt, i18n.language)}</span>
                  {n.readAt === null && <span className="visually-hidden">{t('notifications.unread')}</span>}
                </li>
              ))}
            </ul>
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onPage={(p) => navigate('/notifications', p > 1 ? { page: String(p) } : {})}
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}

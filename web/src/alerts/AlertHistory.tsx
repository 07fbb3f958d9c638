import { useTranslation } from 'react-i18next';
import { fetchAlert, fetchColleagues } from '../api/endpoints.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';

/**
 * What analysts did with an alert, oldest first, in words: "24 nov 2026, 15:36 · Lucía Ramírez · asignó ·
 * Abierta → Asignada · a Pedro Ruiz". `version` changes after an action, so the history reloads.
 */
export function AlertHistory({ alertId, version }: { alertId: string; version: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const detail = useAsync((signal) => fetchAlert(alertId, signal), [alertId, version]);
  const colleagues = useAsync((signal) => fetchColleagues(signal).catch(() => ({ items: [] })), []);
  const names = new Map(
    colleagues.state.status === 'ready' ? colleagues.state.data.items.map((c) => [c.id, c.displayName]) : [],
  );
  const who = (user: string | null) =>
    user == null
      ? t('findings.history.analysis')
      : user === me.id
        ? t('findings.history.you')
        : (names.get(user) ?? t('history.colleague'));
  return (
    <>
      <h3>{t('findings.history.title')}</h3>
      {detail.state.status === 'loading' && <Loading />}
      {detail.state.status === 'error' && <ErrorState error={detail.state.error} onRetry={detail.retry} />}
      {detail.state.status === 'ready' &&
        (detail.state.data.actions.length === 0 ? (
          <p className="muted">{t('history.alertEmpty')}</p>
        ) : (
          <ol className="history" data-testid="alert-history">
            {detail.state.data.actions.map((entry, i) => (
              <li key={i}>
                {[
                  formatDateTime(entry.at, lang, 'short'),
                  who(entry.actorUser),
                  t(`findings.history.${entry.action}`, { defaultValue: entry.action }),
                  `${t(`status.${entry.fromStatus}`, { defaultValue: entry.fromStatus })} → ${t(
                    `status.${entry.toStatus}`,
                    { defaultValue: entry.toStatus },
                  )}`,
                  entry.assignee ? t('history.to', { name: who(entry.assignee) }) : null,
                  entry.reason,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ol>
        ))}
    </>
  );
}

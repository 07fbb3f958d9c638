import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../api/contract.ts';
import { actOnAlert, type AlertAction } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { MarkingControl } from '../components/MarkingEditor.tsx';
import { reasonText, SeverityChip, StatusChip, VerdictChip } from '../components/Labels.tsx';
import { formatDateTime, formatScore } from '../format.ts';
import { severityOfScore } from './vocabulary.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';

/** Which workflow actions make sense from a status; the server has the final word. */
export function actionsFor(status: string): AlertAction[] {
  if (status === 'dismissed') return [];
  if (status === 'escalated') return ['assign', 'dismiss'];
  if (status === 'open') return ['acknowledge', 'assign', 'escalate', 'dismiss'];
  return ['assign', 'escalate', 'dismiss'];
}

type Pending = null | 'dismiss';

export function AlertDetail({ alert, onChanged }: { alert: Alert; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canWork = me.roles.includes('analyst') || me.roles.includes('commander');
  const lang = i18n.language;

  const run = async (action: AlertAction, body: { reason?: string; assignee?: string } = {}) => {
    setBusy(true);
    setError(null);
    try {
      await actOnAlert(alert.id, action, body);
      setPending(null);
      setReason('');
      onChanged();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(lang) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  const submitPending = (event: FormEvent) => {
    event.preventDefault();
    if (pending === 'dismiss') void run('dismiss', { reason: reason.trim() });
  };

  return (
    <section className="detail" aria-label={t('alerts.detailLabel')}>
      <header className="detail-head">
        <h2>
          {t(`verdict.${alert.verdict ?? 'unknown'}`, { defaultValue: alert.verdict ?? '' })} ·{' '}
          {alert.substanceId ?? alert.declarationId}
        </h2>
        <MarkingControl table="alerts" id={alert.id} marking={alert.marking} onChanged={onChanged} />
      </header>
      <dl className="facts">
        <dt>{t('alerts.severity')}</dt>
        <dd>
          <SeverityChip severity={severityOfScore(alert.score)} />{' '}
          <span className="score">{formatScore(alert.score, lang)}</span>
        </dd>
        <dt>{t('alerts.status')}</dt>
        <dd>
          <StatusChip status={alert.status} />
          {alert.assignee && <span className="muted"> · {alert.assignee}</span>}
        </dd>
        <dt>{t('alerts.verdict')}</dt>
        <dd>
          <VerdictChip verdict={alert.verdict} />
        </dd>
        <dt>{t('alerts.declared')}</dt>
        <dd>{formatDateTime(alert.declaredAt ?? alert.createdAt, lang)}</dd>
        <dt>{t('alerts.declaration')}</dt>
        <dd className="mono">
          {alert.declarationId ?? '—'}
          {alert.lineNo != null && ` #${alert.lineNo}`}
        </dd>
        <dt>{t('alerts.port')}</dt>
        <dd>{alert.portLocode ?? '—'}</dd>
        <dt>{t('alerts.substance')}</dt>
        <dd>{alert.substanceId ?? '—'}</dd>
        {alert.billOfLading && (
          <>
            <dt>{t('alerts.bol')}</dt>
            <dd>
              <a href={hrefFor(`/consignments/${encodeURIComponent(alert.billOfLading)}`)}>
                {alert.billOfLading}
              </a>
            </dd>
          </>
        )}
      </dl>
      {alert.dismissReason && (
        <p className="summary">
          {t('alerts.dismissedBecause')}: {alert.dismissReason}
        </p>
      )}
      {alert.reasons && alert.reasons.length > 0 && (
        <>
          <h3>{t('alerts.reasons')}</h3>
          <ul className="reasons">
            {alert.reasons.map((r, i) => (
              <li key={i}>{reasonText(r, lang)}</li>
            ))}
          </ul>
        </>
      )}
      {canWork && (
        <div className="actions" role="group" aria-label={t('alerts.actionsLabel')}>
          {actionsFor(alert.status).map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'escalate' ? 'warn' : action === 'acknowledge' ? 'primary' : undefined}
              disabled={busy}
              onClick={() =>
                action === 'dismiss'
                  ? setPending('dismiss')
                  : // The API assigns by user id; from the queue an analyst takes the alert on.
                    void run(action, action === 'assign' ? { assignee: me.id } : {})
              }
            >
              {t(`alerts.action.${action}`)}
            </button>
          ))}
        </div>
      )}
      {pending && (
        <form className="inline-form" onSubmit={submitPending}>
          <label>
            {t('alerts.dismissReason')}
            <textarea
              required
              minLength={3}
              value={reason}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('alerts.dismissPlaceholder')}
            />
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t(`alerts.confirm.${pending}`)}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}

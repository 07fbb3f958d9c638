import { useTranslation } from 'react-i18next';
import type { Alert } from '../api/types.ts';
import { substanceLabel } from './substance-label.ts';
import { actOnAlert } from '../api/endpoints.ts';
import { MarkingControl } from '../components/MarkingEditor.tsx';
import { reasonText, SeverityChip, StatusChip, VerdictChip } from '../components/Labels.tsx';
import { formatDateTime, formatScore } from '../format.ts';
import { severityOfScore } from './vocabulary.ts';
import { hrefFor } from '../shell/router.ts';
import { WorkflowActions } from './WorkflowActions.tsx';
import { AlertHistory } from './AlertHistory.tsx';
import { LineFacts } from './LineFacts.tsx';
import { CasesOfRecord } from '../cases/CasesOfRecord.tsx';

export function AlertDetail({ alert, onChanged }: { alert: Alert; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  return (
    <section className="detail" aria-label={t('alerts.detailLabel')}>
      <header className="detail-head">
        <h2>
          {t(`verdict.${alert.verdict ?? 'unknown'}`, { defaultValue: alert.verdict ?? '' })} ·{' '}
          {substanceLabel(alert, lang) ?? alert.declarationId}
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
          {alert.assignee && (
            <span className="muted" title={alert.assignee}>
              {' '}
              · {alert.assigneeName ?? alert.assignee.slice(0, 8)}
            </span>
          )}
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
        <dd>
          {substanceLabel(alert, lang) ?? '—'}
          {alert.substanceName && <span className="muted mono"> {alert.substanceId}</span>}
        </dd>
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
      <LineFacts
        billOfLading={alert.billOfLading}
        line={{ declarationId: alert.declarationId, lineNo: alert.lineNo }}
        ownerAgency={alert.marking.ownerAgency}
      />
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
      <CasesOfRecord kind="alert" id={alert.id} version={`${alert.status}:${alert.updatedAt}`} />
      <WorkflowActions
        subject="alerts"
        status={alert.status}
        act={(action, body) => actOnAlert(alert.id, action, body)}
        onChanged={onChanged}
      />
      <AlertHistory alertId={alert.id} version={`${alert.status}:${alert.updatedAt}`} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { FindingHistoryEntry, QueuedFinding } from '../api/types.ts';
import { actOnFinding, fetchColleagues, fetchFinding } from '../api/endpoints.ts';
import { MarkingControl } from '../components/MarkingEditor.tsx';
import { SeverityChip, StatusChip } from '../components/Labels.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { WorkflowActions } from './WorkflowActions.tsx';
import { LineFacts } from './LineFacts.tsx';
import { CasesOfRecord } from '../cases/CasesOfRecord.tsx';
import { readReopenReason } from '../../../src/shared/findings.ts';

/**
 * One finding: what happened, its evidence and marking, where analysts stand on it and what they did before
 * (the history of the consignment's finding of this kind, which outlives re-analysis), and the actions.
 */
export function FindingDetail({ finding, onChanged }: { finding: QueuedFinding; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const lang = i18n.language;
  const detail = useAsync((signal) => fetchFinding(finding.id, signal), [finding.id]);
  const kind = t(`kind.${finding.kind}`, { defaultValue: finding.kind });
  const colleagues = useAsync((signal) => fetchColleagues(signal).catch(() => ({ items: [] })), []);
  const names = new Map(
    colleagues.state.status === 'ready' ? colleagues.state.data.items.map((c) => [c.id, c.displayName]) : [],
  );
  const who = (user: string | null | undefined) =>
    user == null
      ? t('findings.history.analysis')
      : user === me.id
        ? t('findings.history.you')
        : (names.get(user) ?? t('history.colleague'));

  return (
    <section className="detail" aria-label={t('findings.detailLabel')}>
      <header className="detail-head">
        <h2>
          {kind} · <span className="mono">{finding.billOfLading}</span>
        </h2>
        <MarkingControl table="findings" id={finding.id} marking={finding.marking} onChanged={onChanged} />
      </header>
      <p className="summary">{explanationOf(finding, lang)}</p>
      <dl className="facts">
        <dt>{t('alerts.severity')}</dt>
        <dd>{finding.severity && <SeverityChip severity={finding.severity} />}</dd>
        <dt>{t('alerts.status')}</dt>
        <dd>
          <StatusChip status={finding.status} labels="findings.status" />
          {finding.assignee && <span className="muted"> · {who(finding.assignee)}</span>}
        </dd>
        <dt>{t('consignment.bol')}</dt>
        <dd>
          <a href={hrefFor(`/consignments/${encodeURIComponent(finding.billOfLading)}`)}>
            {t('findings.openConsignment', { bol: finding.billOfLading })}
          </a>
        </dd>
        <dt>{t('alerts.port')}</dt>
        <dd className="mono">{finding.portLocode ?? '—'}</dd>
        <dt>{t('findings.declared')}</dt>
        <dd>{formatDate(finding.declaredAt, lang)}</dd>
        <dt>{t('findings.computed')}</dt>
        <dd>{formatDateTime(finding.computedAt, lang)}</dd>
      </dl>
      {finding.dismissReason && (
        <p className="summary">
          {t('findings.dismissedBecause')}: {finding.dismissReason}
        </p>
      )}
      <LineFacts billOfLading={finding.billOfLading} ownerAgency={finding.marking.ownerAgency} />
      <h3>{t('consignment.evidence')}</h3>
      <ul className="reasons mono">
        {finding.evidence.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <CasesOfRecord kind="finding" id={finding.id} version={`${finding.status}:${finding.updatedAt}`} />
      <WorkflowActions
        subject="findings"
        status={finding.status}
        act={(action, body) => actOnFinding(finding.id, action, body)}
        onChanged={() => {
          detail.retry();
          onChanged();
        }}
      />
      <p className="muted">{t('findings.pairHint', { kind, bol: finding.billOfLading })}</p>
      <h3>{t('findings.history.title')}</h3>
      {detail.state.status === 'loading' && <Loading />}
      {detail.state.status === 'error' && <ErrorState error={detail.state.error} onRetry={detail.retry} />}
      {detail.state.status === 'ready' &&
        (detail.state.data.actions.length === 0 ? (
          <p className="muted">{t('findings.history.empty')}</p>
        ) : (
          <ol className="history">
            {detail.state.data.actions.map((entry, i) => (
              <li key={i}>{historyLine(entry)}</li>
            ))}
          </ol>
        ))}
    </section>
  );

  function historyLine(entry: FindingHistoryEntry): string {
    const parts = [
      formatDateTime(entry.at, lang, 'short'),
      who(entry.actorUser),
      t(`findings.history.${entry.action}`, { defaultValue: entry.action }),
      `${t(`findings.status.${entry.fromStatus}`, { defaultValue: entry.fromStatus })} → ${t(
        `findings.status.${entry.toStatus}`,
        { defaultValue: entry.toStatus },
      )}`,
    ];
    const rose = entry.action === 'reopen' ? readReopenReason(entry.reason) : null;
    if (rose)
      parts.push(
        t('findings.history.severityRose', {
          from: t(`severity.${rose.from}`, { defaultValue: rose.from }),
          to: t(`severity.${rose.to}`, { defaultValue: rose.to }),
        }),
      );
    else if (entry.reason) parts.push(entry.reason);
    return parts.join(' · ');
  }
}

/** The explanation in the user's language. */
export function explanationOf(finding: QueuedFinding, lang: string): string {
  return lang.startsWith('es') ? finding.explanation.es : finding.explanation.en;
}

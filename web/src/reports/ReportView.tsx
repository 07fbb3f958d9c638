import { useTranslation } from 'react-i18next';
import { fetchReport } from '../api/intake-endpoints.ts';
import { MarkingControl } from '../components/MarkingEditor.tsx';
import { ReceivedCopy } from '../sharing/ReceivedCopy.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { releasedTo } from './report-state.ts';
import '../intake/intake.css';

/**
 * One report: its text, state and marking. Its owner agency marks and releases it through the marking control
 * (previewed: who reads it now and would after; saved and audited by the server).
 */
export function ReportView({ reportId }: { reportId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const lang = i18n.language;
  const { state, retry, setState } = useAsync((signal) => fetchReport(reportId, signal), [reportId]);
  return (
    <section className="panel" aria-labelledby="report-title">
      <p>
        <a href={hrefFor('/reports')}>{t('reports.back')}</a>
      </p>
      <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: '' }}>
        {(report) => {
          const nations = releasedTo(report.marking, me.agency.nation);
          const isOwner = report.marking.ownerAgency === me.agency.code;
          return (
            <article>
              <header className="panel-head">
                <h1 id="report-title">{report.title}</h1>
              </header>
              <p className="muted">
                {t('reports.written', { when: formatDateTime(report.createdAt, lang) })} ·{' '}
                <span data-testid="report-state">
                  {nations
                    ? t('reports.state.released', { nations: nations.join(', ') })
                    : t('reports.state.draft')}
                </span>
              </p>
              <section aria-labelledby="report-release-title">
                <h2 id="report-release-title">{t('reports.release.title')}</h2>
                <p className="muted">
                  {isOwner ? t('reports.release.intro') : t('reports.release.notOwner')}
                </p>
                <MarkingControl
                  table="reports"
                  id={report.id}
                  marking={report.marking}
                  onChanged={(marking) => setState({ status: 'ready', data: { ...report, marking } })}
                />
              </section>
              <ReceivedCopy id={report.id} marking={report.marking} />
              <div className="report-body">{report.body}</div>
            </article>
          );
        }}
      </AsyncContent>
    </section>
  );
}

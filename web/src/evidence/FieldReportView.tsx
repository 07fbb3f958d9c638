import { useTranslation } from 'react-i18next';
import { fetchFieldReport } from '../api/evidence-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { ReceivedCopy } from '../sharing/ReceivedCopy.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { hrefFor } from '../shell/router.ts';
import { Fact } from './Fact.tsx';
import { coordinatesText } from './place-text.ts';
import '../intake/intake.css';

/** One field report: when and where, its source and Admiralty grading, the indicators observed, the narrative. */
export function FieldReportView({ reportId }: { reportId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { state, retry } = useAsync((signal) => fetchFieldReport(reportId, signal), [reportId]);
  return (
    <section className="panel" aria-labelledby="field-report-title">
      <p>
        <a href={hrefFor('/field-reports')}>{t('incidents.backReports')}</a>
      </p>
      <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: '' }}>
        {(report) => (
          <article>
            <header className="panel-head">
              <h1 id="field-report-title">{t('incidents.reportTitle', { id: report.reportId })}</h1>
              <MarkingBadge marking={report.marking} />
            </header>
            <ReceivedCopy id={report.id} marking={report.marking} />
            <dl className="permit-facts">
              <Fact label={t('incidents.detail.observed')}>{formatDateTime(report.observedAt, lang)}</Fact>
              <Fact label={t('incidents.detail.place')}>
                {report.place ?? t('incidents.detail.none')}
                <br />
                <span className="muted">
                  {coordinatesText(report, lang)} · {t(`incidents.placedBy.${report.placedBy}`)}
                </span>
              </Fact>
              <Fact label={t('incidents.detail.sourceType')}>
                {t(`incidents.sourceType.${report.sourceType}`)}
              </Fact>
              <Fact label={t('incidents.detail.reliability')}>
                {t(`incidents.reliability.${report.reliability}`)}
              </Fact>
              <Fact label={t('incidents.detail.credibility')}>
                {t(`incidents.credibility.${report.credibility}`)}
              </Fact>
              <Fact label={t('incidents.detail.imported')}>{formatDateTime(report.importedAt, lang)}</Fact>
            </dl>
            <h2>{t('incidents.detail.indicators')}</h2>
            {report.indicators.length === 0 ? (
              <p className="muted">{t('incidents.detail.noIndicators')}</p>
            ) : (
              <ul className="chips" data-testid="report-indicators">
                {report.indicators.map((indicator) => (
                  <li key={indicator} className="chip">
                    {t(`incidents.indicator.${indicator}`)}
                  </li>
                ))}
              </ul>
            )}
            <h2>{t('incidents.detail.narrative')}</h2>
            <p className="report-body">{report.narrative || t('incidents.detail.noNarrative')}</p>
          </article>
        )}
      </AsyncContent>
    </section>
  );
}

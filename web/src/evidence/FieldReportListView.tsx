import { useTranslation } from 'react-i18next';
import { SOURCE_TYPES } from '../../../src/shared/evidence.ts';
import { fetchFieldReports } from '../api/evidence-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { AsyncContent } from '../components/States.tsx';
import { today } from '../components/csv.ts';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { EvidenceFilters } from './EvidenceFilters.tsx';
import { EvidenceTabs } from './EvidenceTabs.tsx';
import { fieldReportTable } from './exports.ts';
import { goToQuery, PAGE_SIZE, readQuery } from './list-query.ts';
import { placeText } from './place-text.ts';
import { recordsEvidence } from './roles.ts';
import '../intake/intake.css';

/** Field reports the user may see, latest first, by source type and days, with their Admiralty grading. */
export function FieldReportListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const query = readQuery(search, 'sourceType', SOURCE_TYPES);
  const filters = {
    ...(query.choice ? { sourceType: query.choice } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  const { state, retry } = useAsync(
    (signal) =>
      fetchFieldReports({ ...filters, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }, signal),
    [query.choice, query.from, query.to, query.page],
  );
  return (
    <section className="panel" aria-labelledby="field-reports-title">
      <EvidenceTabs current="field-reports" />
      <header className="panel-head">
        <h1 id="field-reports-title">{t('incidents.fieldReports')}</h1>
        {recordsEvidence(me.roles) && (
          <a className="button-link" href={hrefFor('/field-reports/new')}>
            {t('incidents.record.fieldReport')}
          </a>
        )}
        <ExportButton
          filename={`${t('incidents.export.reportsFile')}-${today()}.csv`}
          load={(progress) => fieldReportTable(t, filters, progress)}
        />
      </header>
      <EvidenceFilters
        label={t('incidents.filters.sourceType')}
        query={query}
        options={SOURCE_TYPES.map((s) => ({ value: s, label: t(`incidents.sourceType.${s}`) }))}
        onChange={(next) => goToQuery('/field-reports', 'sourceType', next)}
      />
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('incidents.emptyReports'), hint: t('incidents.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('incidents.fieldReports')}</caption>
                <ColumnHeads
                  labels={[
                    t('incidents.columns.report'),
                    t('incidents.columns.when'),
                    t('incidents.columns.place'),
                    t('incidents.columns.sourceType'),
                    t('incidents.columns.grading'),
                    t('incidents.columns.indicators'),
                    t('incidents.columns.marking'),
                  ]}
                />
                <tbody>
                  {data.items.map((report) => (
                    <tr key={report.id} data-report-id={report.id}>
                      <td className="mono">
                        <a href={hrefFor(`/field-reports/${encodeURIComponent(report.id)}`)}>
                          {report.reportId}
                        </a>
                      </td>
                      <td className="nowrap">{formatDateTime(report.observedAt, lang)}</td>
                      <td>{placeText(report, lang)}</td>
                      <td>{t(`incidents.sourceType.${report.sourceType}`)}</td>
                      <td className="mono" title={t(`incidents.reliability.${report.reliability}`)}>
                        {report.reliability}
                        {report.credibility}
                      </td>
                      <td>
                        {report.indicators.length === 0
                          ? '—'
                          : report.indicators.map((i) => t(`incidents.indicator.${i}`)).join(', ')}
                      </td>
                      <td>
                        <MarkingBadge marking={report.marking} compact />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={query.page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onPage={(page) => goToQuery('/field-reports', 'sourceType', { ...query, page })}
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}

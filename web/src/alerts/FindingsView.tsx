import { useTranslation } from 'react-i18next';
import type { QueuedFinding } from '../api/types.ts';
import { fetchFindings } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { SeverityChip, StatusChip } from '../components/Labels.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDate, formatNumber } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { explanationOf, FindingDetail } from './FindingDetail.tsx';
import { FindingFilterBar } from './FindingFilterBar.tsx';
import {
  DEFAULT_FINDING_QUERY,
  findingApiParams,
  findingQueryFromSearch,
  searchFromFindingQuery,
  withFindingFilter,
  type FindingQuery,
} from './finding-query.ts';
import { today } from '../components/csv.ts';
import { findingTable } from './exports.ts';
import { WorkQueue } from './WorkQueue.tsx';

/** The diversion findings queue: filter, page, select a finding (mouse or ↑/↓ and Enter) and work it. */
export function FindingsView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const query = findingQueryFromSearch(search);
  const apiParams = findingApiParams(query);
  const key = JSON.stringify(apiParams);
  const { state, retry } = useAsync((signal) => fetchFindings(apiParams, signal), [key]);
  const lang = i18n.language;

  const go = (next: FindingQuery) => navigate('/findings', searchFromFindingQuery(next));

  return (
    <WorkQueue<QueuedFinding, FindingQuery>
      source="findings"
      titleId="findings-title"
      state={state}
      retry={retry}
      query={query}
      go={go}
      count={(total) => t('findings.count', { count: total, formatted: formatNumber(total, lang) })}
      exportButton={{
        filename: `${t('export.findingsFile')}-${today()}.csv`,
        load: (progress) => findingTable(t, lang, apiParams, progress),
      }}
      filters={
        <FindingFilterBar
          query={query}
          onFilter={(k, v) => go(withFindingFilter(query, k, v))}
          onClear={() => go({ ...DEFAULT_FINDING_QUERY, pageSize: query.pageSize })}
        />
      }
      loadingLabel={t('findings.loading')}
      empty={{ title: t('findings.emptyTitle'), hint: t('findings.emptyHint') }}
      headings={
        <>
          <th scope="col">{t('alerts.column.severity')}</th>
          <th scope="col">{t('filters.kind')}</th>
          <th scope="col">{t('consignment.bol')}</th>
          <th scope="col">{t('alerts.column.portLocode')}</th>
          <th scope="col">{t('findings.declared')}</th>
          <th scope="col">{t('findings.explanation')}</th>
          <th scope="col">{t('alerts.column.status')}</th>
          <th scope="col">{t('alerts.column.marking')}</th>
        </>
      }
      rowAttribute="data-finding-id"
      cells={(finding) => (
        <>
          <td>{finding.severity && <SeverityChip severity={finding.severity} />}</td>
          <td>{t(`kind.${finding.kind}`, { defaultValue: finding.kind })}</td>
          <td className="mono">
            <a href={hrefFor(`/consignments/${encodeURIComponent(finding.billOfLading)}`)}>
              {finding.billOfLading}
            </a>
          </td>
          <td className="mono">{finding.portLocode ?? '—'}</td>
          <td>{formatDate(finding.declaredAt, lang)}</td>
          <td className="what-happened">
            <span title={explanationOf(finding, lang)}>{explanationOf(finding, lang)}</span>
          </td>
          <td>
            <StatusChip status={finding.status} labels="findings.status" />
          </td>
          <td>
            <MarkingBadge marking={finding.marking} />
          </td>
        </>
      )}
      detailLabel={t('findings.detailLabel')}
      detail={(selected) => <FindingDetail key={selected.id} finding={selected} onChanged={retry} />}
      noSelection={{ title: t('findings.noSelection'), hint: t('findings.noSelectionHint') }}
    />
  );
}

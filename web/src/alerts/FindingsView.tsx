import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueuedFinding } from '../api/types.ts';
import { fetchFindings } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { SeverityChip, StatusChip } from '../components/Labels.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDate, formatNumber } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { explanationOf, FindingDetail } from './FindingDetail.tsx';
import { FindingFilterBar } from './FindingFilterBar.tsx';
import {
  DEFAULT_FINDING_QUERY,
  PAGE_SIZES,
  findingApiParams,
  findingQueryFromSearch,
  searchFromFindingQuery,
  withFindingFilter,
  withFindingPage,
  type FindingQuery,
} from './finding-query.ts';
import { onQueueRowKey } from './queue-keys.ts';
import { QueueTabs } from './QueueTabs.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { today } from '../components/csv.ts';
import { findingTable } from './exports.ts';

/** The diversion findings queue: filter, page, select a finding (mouse or ↑/↓ and Enter) and work it. */
export function FindingsView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const query = findingQueryFromSearch(search);
  const apiParams = findingApiParams(query);
  const key = JSON.stringify(apiParams);
  const { state, retry } = useAsync((signal) => fetchFindings(apiParams, signal), [key]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const lang = i18n.language;

  const go = (next: FindingQuery) => navigate('/findings', searchFromFindingQuery(next));
  const items: QueuedFinding[] = state.status === 'ready' ? state.data.items : [];
  const total = state.status === 'ready' ? state.data.total : 0;
  const selected = items.find((f) => f.id === selectedId) ?? null;

  useEffect(() => {
    // A finding that left the page (filtered out, or replaced by a re-analysis) is no longer selected.
    if (selectedId && state.status === 'ready' && !state.data.items.some((f) => f.id === selectedId)) {
      setSelectedId(null);
    }
  }, [state, selectedId]);

  return (
    <div className="queue-layout">
      <section className="panel queue" aria-labelledby="findings-title">
        <header className="panel-head">
          <h1 id="findings-title">{t('alerts.title')}</h1>
          <QueueTabs current="findings" />
          {state.status === 'ready' && (
            <span className="count" aria-live="polite">
              {t('findings.count', { count: total, formatted: formatNumber(total, lang) })}
            </span>
          )}
          {state.status === 'ready' && state.refreshing && (
            <span className="spinner small" role="status" aria-label={t('states.loading')} />
          )}
          {state.status === 'ready' && total > 0 && (
            <ExportButton
              filename={`${t('export.findingsFile')}-${today()}.csv`}
              load={(progress) => findingTable(t, lang, apiParams, progress)}
            />
          )}
        </header>
        <FindingFilterBar
          query={query}
          onFilter={(k, v) => go(withFindingFilter(query, k, v))}
          onClear={() => go({ ...DEFAULT_FINDING_QUERY, pageSize: query.pageSize })}
        />
        {state.status === 'loading' && <Loading label={t('findings.loading')} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'ready' && items.length === 0 && (
          <Empty title={t('findings.emptyTitle')} hint={t('findings.emptyHint')} />
        )}
        {state.status === 'ready' && items.length > 0 && (
          <>
            <div className="table-scroll">
              <table className="data-table queue-table" aria-describedby="findings-title">
                <thead>
                  <tr>
                    <th scope="col">{t('alerts.column.severity')}</th>
                    <th scope="col">{t('filters.kind')}</th>
                    <th scope="col">{t('consignment.bol')}</th>
                    <th scope="col">{t('alerts.column.portLocode')}</th>
                    <th scope="col">{t('findings.declared')}</th>
                    <th scope="col">{t('findings.explanation')}</th>
                    <th scope="col">{t('alerts.column.status')}</th>
                    <th scope="col">{t('alerts.column.marking')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((finding, index) => (
                    <tr
                      key={finding.id}
                      data-finding-id={finding.id}
                      tabIndex={0}
                      aria-selected={finding.id === selectedId}
                      className={finding.id === selectedId ? 'selected' : undefined}
                      onClick={() => setSelectedId(finding.id)}
                      onKeyDown={(e) => onQueueRowKey(e, index, () => setSelectedId(finding.id))}
                    >
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
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={query.page}
              pageSize={query.pageSize}
              total={total}
              pageSizes={PAGE_SIZES}
              onPage={(p) => go(withFindingPage(query, p, total))}
              onPageSize={(size) => go({ ...query, pageSize: size, page: 1 })}
            />
          </>
        )}
      </section>
      <aside className="panel side" aria-label={t('findings.detailLabel')}>
        {selected ? (
          <FindingDetail key={selected.id} finding={selected} onChanged={retry} />
        ) : (
          <Empty title={t('findings.noSelection')} hint={t('findings.noSelectionHint')} />
        )}
      </aside>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../api/types.ts';
import { substanceLabel } from './substance-label.ts';
import { fetchAlerts } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { SeverityChip, StatusChip, VerdictChip } from '../components/Labels.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber, formatScore } from '../format.ts';
import { navigate } from '../shell/router.ts';
import {
  DEFAULT_QUERY,
  PAGE_SIZES,
  queryFromSearch,
  searchFromQuery,
  toApiParams,
  withFilter,
  withPage,
  withSort,
  type AlertQuery,
  type SortKey,
} from './alert-query.ts';
import { AlertDetail } from './AlertDetail.tsx';
import { FilterBar } from './FilterBar.tsx';
import { severityOfScore } from './vocabulary.ts';
import { QueueTabs } from './QueueTabs.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { today } from '../components/csv.ts';
import { alertTable } from './exports.ts';
import { onQueueRowKey } from './queue-keys.ts';

function SortHeader({
  column,
  query,
  onSort,
}: {
  column: SortKey;
  query: AlertQuery;
  onSort: (c: SortKey) => void;
}) {
  const { t } = useTranslation();
  const active = query.sort === column;
  return (
    <th scope="col" aria-sort={active ? (query.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(column)}>
        {t(`alerts.column.${column}`)}
        <span aria-hidden="true">{active ? (query.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

export function AlertQueueView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const query = queryFromSearch(search);
  const apiParams = toApiParams(query);
  const key = JSON.stringify(apiParams);
  const { state, retry } = useAsync((signal) => fetchAlerts(apiParams, signal), [key]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const lang = i18n.language;

  const go = (next: AlertQuery) => navigate('/alerts', searchFromQuery(next));
  const items: Alert[] = state.status === 'ready' ? state.data.items : [];
  const total = state.status === 'ready' ? state.data.total : 0;
  const selected = items.find((a) => a.id === selectedId) ?? null;

  useEffect(() => {
    // For bench/web.ts: when the first page of the queue is on screen (relative to navigation start).
    if (state.status === 'ready' && performance.getEntriesByName('alerts:first-page').length === 0) {
      performance.mark('alerts:first-page', { detail: { rows: state.data.items.length } });
    }
  }, [state]);

  useEffect(() => {
    if (selectedId && state.status === 'ready' && !state.data.items.some((a) => a.id === selectedId)) {
      setSelectedId(null);
    }
  }, [state, selectedId]);

  return (
    <div className="queue-layout">
      <section className="panel queue" aria-labelledby="queue-title">
        <header className="panel-head">
          <h1 id="queue-title">{t('alerts.title')}</h1>
          <QueueTabs current="alerts" />
          {state.status === 'ready' && (
            <span className="count" aria-live="polite">
              {t('alerts.count', { count: total, formatted: formatNumber(total, lang) })}
            </span>
          )}
          {state.status === 'ready' && state.refreshing && (
            <span className="spinner small" role="status" aria-label={t('states.loading')} />
          )}
          {state.status === 'ready' && total > 0 && (
            <ExportButton
              filename={`${t('export.alertsFile')}-${today()}.csv`}
              load={(progress) => alertTable(t, lang, apiParams, progress)}
            />
          )}
        </header>
        <FilterBar
          key={search.toString() === '' ? 'empty' : 'filtered'}
          query={query}
          onFilter={(k, v) => go(withFilter(query, k, v))}
          onClear={() =>
            go({ ...DEFAULT_QUERY, sort: query.sort, order: query.order, pageSize: query.pageSize })
          }
        />
        {state.status === 'loading' && <Loading label={t('alerts.loading')} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'ready' && items.length === 0 && (
          <Empty
            title={t('alerts.emptyTitle')}
            hint={searchFromQuery(query).toString() ? t('alerts.emptyFilteredHint') : t('alerts.emptyHint')}
          />
        )}
        {state.status === 'ready' && items.length > 0 && (
          <>
            <div className="table-scroll">
              <table className="data-table queue-table" aria-describedby="queue-title">
                <thead>
                  <tr>
                    <SortHeader column="score" query={query} onSort={(c) => go(withSort(query, c))} />
                    <SortHeader column="declared_at" query={query} onSort={(c) => go(withSort(query, c))} />
                    <th scope="col">{t('alerts.column.verdict')}</th>
                    <th scope="col">{t('alerts.column.portLocode')}</th>
                    <th scope="col">{t('alerts.column.substance')}</th>
                    <th scope="col">{t('alerts.column.declaration')}</th>
                    <th scope="col">{t('alerts.column.status')}</th>
                    <th scope="col">{t('alerts.column.marking')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((alert, index) => (
                    <tr
                      key={alert.id}
                      data-alert-id={alert.id}
                      tabIndex={0}
                      aria-selected={alert.id === selectedId}
                      className={alert.id === selectedId ? 'selected' : undefined}
                      onClick={() => setSelectedId(alert.id)}
                      onKeyDown={(e) => onQueueRowKey(e, index, () => setSelectedId(alert.id))}
                    >
                      <td>
                        <SeverityChip severity={severityOfScore(alert.score)} />{' '}
                        <span className="score">{formatScore(alert.score, lang)}</span>
                      </td>
                      <td>{formatDateTime(alert.declaredAt ?? alert.createdAt, lang, 'short')}</td>
                      <td>
                        <VerdictChip verdict={alert.verdict} />
                      </td>
                      <td className="mono">{alert.portLocode ?? '—'}</td>
                      <td className="ellipsis" title={substanceLabel(alert, lang) ?? undefined}>
                        {substanceLabel(alert, lang) ?? '—'}
                      </td>
                      <td className="mono">
                        {alert.declarationId ?? '—'}
                        {alert.lineNo != null && <span className="muted"> #{alert.lineNo}</span>}
                      </td>
                      <td>
                        <StatusChip status={alert.status} />
                      </td>
                      <td>
                        <MarkingBadge marking={alert.marking} />
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
              onPage={(p) => go(withPage(query, p, total))}
              onPageSize={(size) => go({ ...query, pageSize: size, page: 1 })}
            />
          </>
        )}
      </section>
      <aside className="panel side" aria-label={t('alerts.detailLabel')}>
        {selected ? (
          <AlertDetail key={selected.id + selected.status} alert={selected} onChanged={retry} />
        ) : (
          <Empty title={t('alerts.noSelection')} hint={t('alerts.noSelectionHint')} />
        )}
      </aside>
    </div>
  );
}

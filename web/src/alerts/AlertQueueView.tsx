import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../api/types.ts';
import { substanceLabel } from './substance-label.ts';
import { fetchAlerts } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { SeverityChip, StatusChip, VerdictChip } from '../components/Labels.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber, formatScore } from '../format.ts';
import { navigate } from '../shell/router.ts';
import {
  DEFAULT_QUERY,
  queryFromSearch,
  searchFromQuery,
  toApiParams,
  withFilter,
  withSort,
  type AlertQuery,
  type SortKey,
} from './alert-query.ts';
import { AlertDetail } from './AlertDetail.tsx';
import { FilterBar } from './FilterBar.tsx';
import { severityOfScore } from './vocabulary.ts';
import { today } from '../components/csv.ts';
import { alertTable } from './exports.ts';
import { WorkQueue } from './WorkQueue.tsx';
import { SelectBox } from '../sharing/SelectBox.tsx';

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
  const lang = i18n.language;

  const go = (next: AlertQuery) => navigate('/alerts', searchFromQuery(next));

  useEffect(() => {
    // For bench/web.ts: when the first page of the queue is on screen (relative to navigation start).
    if (state.status === 'ready' && performance.getEntriesByName('alerts:first-page').length === 0) {
      performance.mark('alerts:first-page', { detail: { rows: state.data.items.length } });
    }
  }, [state]);

  return (
    <WorkQueue<Alert, AlertQuery>
      source="alerts"
      titleId="queue-title"
      state={state}
      retry={retry}
      query={query}
      go={go}
      count={(total) => t('alerts.count', { count: total, formatted: formatNumber(total, lang) })}
      exportButton={{
        filename: `${t('export.alertsFile')}-${today()}.csv`,
        load: (progress) => alertTable(t, lang, apiParams, progress),
      }}
      filters={
        <FilterBar
          key={search.toString() === '' ? 'empty' : 'filtered'}
          query={query}
          onFilter={(k, v) => go(withFilter(query, k, v))}
          onClear={() =>
            go({ ...DEFAULT_QUERY, sort: query.sort, order: query.order, pageSize: query.pageSize })
          }
        />
      }
      loadingLabel={t('alerts.loading')}
      empty={{
        title: t('alerts.emptyTitle'),
        hint: searchFromQuery(query).toString() ? t('alerts.emptyFilteredHint') : t('alerts.emptyHint'),
      }}
      headings={
        <>
          <th scope="col">
            <span className="visually-hidden">{t('sharing.selectColumn')}</span>
          </th>
          <SortHeader column="score" query={query} onSort={(c) => go(withSort(query, c))} />
          <SortHeader column="declared_at" query={query} onSort={(c) => go(withSort(query, c))} />
          <th scope="col">{t('alerts.column.verdict')}</th>
          <th scope="col">{t('alerts.column.portLocode')}</th>
          <th scope="col">{t('alerts.column.substance')}</th>
          <th scope="col">{t('alerts.column.declaration')}</th>
          <th scope="col">{t('alerts.column.status')}</th>
          <th scope="col">{t('alerts.column.marking')}</th>
        </>
      }
      rowAttribute="data-alert-id"
      cells={(alert) => (
        <>
          <td>
            <SelectBox
              record={{
                table: 'alerts',
                id: alert.id,
                label: `${alert.declarationId ?? alert.id}${alert.lineNo != null ? ` #${alert.lineNo}` : ''}`,
              }}
            />
          </td>
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
        </>
      )}
      detailLabel={t('alerts.detailLabel')}
      detail={(selected) => (
        <AlertDetail key={selected.id + selected.status} alert={selected} onChanged={retry} />
      )}
      noSelection={{ title: t('alerts.noSelection'), hint: t('alerts.noSelectionHint') }}
    />
  );
}

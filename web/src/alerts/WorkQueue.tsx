import { useEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../components/ExportButton.tsx';
import { Pager } from '../components/Pager.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import type { AsyncState } from '../components/useAsync.ts';
import { onQueueRowKey } from './queue-keys.ts';
import { PAGE_SIZES, withPageNumber } from './queue-query.ts';
import { QueueTabs } from './QueueTabs.tsx';
import { EscalatedNotice, EscalationListener } from '../cases/EscalatedNotice.tsx';

interface QueuePage<T> {
  items: T[];
  total: number;
}

/**
 * The frame of the two work queues, worked alike (screening alerts, diversion findings): the heading with the
 * tabs, the count and the export; the filters; the table, whose rows are selected by mouse or by ↑/↓ and Enter;
 * the pager; and beside it the selected row's detail. A row that leaves the page (filtered out, or replaced by a
 * re-analysis) is no longer selected. The query (filters, page, page size) lives in the URL: `go` navigates.
 */
export function WorkQueue<T extends { id: string }, Q extends { page: number; pageSize: number }>({
  source,
  titleId,
  state,
  retry,
  query,
  go,
  count,
  exportButton,
  filters,
  loadingLabel,
  empty,
  headings,
  rowAttribute,
  cells,
  detailLabel,
  detail,
  noSelection,
}: {
  source: 'alerts' | 'findings';
  titleId: string;
  state: AsyncState<QueuePage<T>>;
  retry: () => void;
  query: Q;
  go: (next: Q) => void;
  /** "3,412 alerts", for the total. */
  count: (total: number) => string;
  exportButton: ComponentProps<typeof ExportButton>;
  filters: ReactNode;
  loadingLabel: string;
  empty: { title: string; hint: string };
  /** The header cells of the table. */
  headings: ReactNode;
  /** The row's attribute that carries its id (for tests and the e2e suites). */
  rowAttribute: 'data-alert-id' | 'data-finding-id';
  cells: (item: T) => ReactNode;
  detailLabel: string;
  detail: (selected: T) => ReactNode;
  noSelection: { title: string; hint: string };
}) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [escalatedInto, setEscalatedInto] = useState<string | null>(null);
  const items = state.status === 'ready' ? state.data.items : [];
  const total = state.status === 'ready' ? state.data.total : 0;
  const selected = items.find((item) => item.id === selectedId) ?? null;

  // the notice of an escalation stays until another record is chosen
  useEffect(() => {
    if (selectedId) setEscalatedInto(null);
  }, [selectedId]);
  useEffect(() => {
    if (selectedId && state.status === 'ready' && !state.data.items.some((item) => item.id === selectedId)) {
      setSelectedId(null);
    }
  }, [state, selectedId]);

  return (
    <div className="queue-layout">
      <section className="panel queue" aria-labelledby={titleId}>
        <header className="panel-head">
          <h1 id={titleId}>{t('alerts.title')}</h1>
          <QueueTabs current={source} />
          {state.status === 'ready' && (
            <span className="count" aria-live="polite">
              {count(total)}
            </span>
          )}
          {state.status === 'ready' && state.refreshing && (
            <span className="spinner small" role="status" aria-label={t('states.loading')} />
          )}
          {state.status === 'ready' && total > 0 && <ExportButton {...exportButton} />}
        </header>
        {filters}
        {state.status === 'loading' && <Loading label={loadingLabel} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'ready' && items.length === 0 && <Empty title={empty.title} hint={empty.hint} />}
        {state.status === 'ready' && items.length > 0 && (
          <>
            <div className="table-scroll">
              <table className="data-table queue-table" aria-describedby={titleId}>
                <thead>
                  <tr>{headings}</tr>
                </thead>
                <tbody>
                  {items.map((item, index) => (
                    <tr
                      key={item.id}
                      {...{ [rowAttribute]: item.id }}
                      tabIndex={0}
                      aria-selected={item.id === selectedId}
                      className={item.id === selectedId ? 'selected' : undefined}
                      onClick={() => setSelectedId(item.id)}
                      onKeyDown={(e) => onQueueRowKey(e, index, () => setSelectedId(item.id))}
                    >
                      {cells(item)}
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
              onPage={(page) => go(withPageNumber(query, page, total))}
              onPageSize={(size) => go({ ...query, pageSize: size, page: 1 })}
            />
          </>
        )}
      </section>
      <aside className="panel side" aria-label={detailLabel}>
        {escalatedInto && <EscalatedNotice caseId={escalatedInto} />}
        <EscalationListener value={setEscalatedInto}>
          {selected ? detail(selected) : <Empty title={noSelection.title} hint={noSelection.hint} />}
        </EscalationListener>
      </aside>
    </div>
  );
}

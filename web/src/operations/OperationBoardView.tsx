import { useTranslation } from 'react-i18next';
import { OPERATION_STATUSES, type OperationStatus } from '../../../src/shared/cases.ts';
import { fetchOperations, type OperationItem } from '../api/operation-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import '../cases/cases.css';

/** How many operations a board reads at once (the API's page maximum): a board is of the live ones. */
const BOARD_LIMIT = 1000;

/**
 * The operations board: a column per state, filtered in the URL by state (of the territory) and status; with
 * `queue`, a commander's approval queue: the proposed operations awaiting a decision.
 */
export function OperationBoardView({ search, queue = false }: { search: URLSearchParams; queue?: boolean }) {
  const { t } = useTranslation();
  const status = queue ? 'proposed' : OPERATION_STATUSES.find((s) => s === search.get('status'));
  const state = search.get('state')?.trim() || undefined;
  const { state: loaded, retry } = useAsync(
    (signal) =>
      fetchOperations(
        { limit: BOARD_LIMIT, ...(status ? { status } : {}), ...(state ? { state } : {}) },
        signal,
      ),
    [status, state],
  );
  const path = queue ? '/operations/queue' : '/operations';
  const go = (next: { status?: string; state?: string }) =>
    navigate(path, {
      ...(next.status ? { status: next.status } : {}),
      ...(next.state ? { state: next.state } : {}),
    });
  const columns: readonly OperationStatus[] = status ? [status] : OPERATION_STATUSES;
  return (
    <section className="panel" aria-labelledby="operations-title">
      <header className="panel-head">
        <h1 id="operations-title">{queue ? t('operations.queue.title') : t('operations.title')}</h1>
        <a className="button-link" href={hrefFor(queue ? '/operations' : '/operations/queue')}>
          {queue ? t('operations.board') : t('operations.queue.title')}
        </a>
      </header>
      {queue && <p className="muted">{t('operations.queue.hint')}</p>}
      <div className="filter-bar" role="search" aria-label={t('operations.filters.label')}>
        {!queue && (
          <label className="filter">
            <span>{t('operations.filters.status')}</span>
            <select value={status ?? ''} onChange={(e) => go({ status: e.target.value, state })}>
              <option value="">{t('filters.any')}</option>
              {OPERATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`operations.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="filter">
          <span>{t('operations.filters.state')}</span>
          <input
            defaultValue={state ?? ''}
            onKeyDown={(e) => {
              if (e.key === 'Enter') go({ status, state: e.currentTarget.value.trim() });
            }}
            onBlur={(e) => {
              if (e.currentTarget.value.trim() !== (state ?? ''))
                go({ status, state: e.currentTarget.value.trim() });
            }}
          />
        </label>
      </div>
      <AsyncContent
        state={loaded}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{
          title: queue ? t('operations.queue.empty') : t('operations.empty'),
          hint: t('operations.emptyHint'),
        }}
      >
        {(data) => (
          <div className="operation-board">
            {columns.map((column) => {
              const items = data.items.filter((o) => o.status === column);
              return (
                <section key={column} className="operation-column" aria-labelledby={`column-${column}`}>
                  <h2 id={`column-${column}`}>
                    {t(`operations.status.${column}`)} <span className="muted">({items.length})</span>
                  </h2>
                  <ul>
                    {items.map((op) => (
                      <OperationCard key={op.id} operation={op} />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
      </AsyncContent>
    </section>
  );
}

function OperationCard({ operation }: { operation: OperationItem }) {
  const { i18n } = useTranslation();
  return (
    <li className="operation-card" data-operation-id={operation.id}>
      <a href={hrefFor(`/operations/${encodeURIComponent(operation.id)}`)}>{operation.objective}</a>
      <p className="muted">
        {[operation.state, operation.municipality].filter(Boolean).join(' · ')} ·{' '}
        {formatDateTime(operation.statusChangedAt, i18n.language, 'short')}
      </p>
      <MarkingBadge marking={operation.marking} compact />
    </li>
  );
}

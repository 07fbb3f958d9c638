import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_LINK_KINDS, CASE_STATUSES } from '../../../src/shared/cases.ts';
import { fetchCases, openCase } from '../api/case-endpoints.ts';
import { ApiError } from '../api/http.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor, navigate } from '../shell/router.ts';
import { CASE_PAGE_SIZE, goToCases, readCaseQuery, runsCases } from './case-query.ts';
import './cases.css';

/** Cases the user may see, newest first, filtered in the URL (status, mine, linked kind), each leading to its page. */
export function CaseListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const query = readCaseQuery(search);
  const [opening, setOpening] = useState(false);
  const { state, retry } = useAsync(
    (signal) =>
      fetchCases(
        {
          limit: CASE_PAGE_SIZE,
          offset: (query.page - 1) * CASE_PAGE_SIZE,
          ...(query.status ? { status: query.status } : {}),
          ...(query.mine ? { assignedTo: me.id } : {}),
          ...(query.kind ? { linkedKind: query.kind } : {}),
        },
        signal,
      ),
    [query.status, query.mine, query.kind, query.page, me.id],
  );
  const active = [query.status, query.mine || undefined, query.kind].filter(Boolean).length;
  return (
    <section className="panel" aria-labelledby="cases-title">
      <header className="panel-head">
        <h1 id="cases-title">{t('cases.title')}</h1>
        {runsCases(me.roles) && !opening && (
          <button type="button" className="primary" onClick={() => setOpening(true)}>
            {t('cases.open.button')}
          </button>
        )}
      </header>
      {opening && <OpenCaseForm onCancel={() => setOpening(false)} />}
      <div className="filter-bar" role="search" aria-label={t('cases.filters.label')}>
        <label className="filter">
          <span>{t('cases.filters.status')}</span>
          <select
            value={query.status ?? ''}
            onChange={(e) =>
              goToCases({ ...query, page: 1, status: CASE_STATUSES.find((s) => s === e.target.value) })
            }
          >
            <option value="">{t('filters.any')}</option>
            {CASE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`cases.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('cases.filters.kind')}</span>
          <select
            value={query.kind ?? ''}
            onChange={(e) =>
              goToCases({ ...query, page: 1, kind: CASE_LINK_KINDS.find((k) => k === e.target.value) })
            }
          >
            <option value="">{t('filters.any')}</option>
            {CASE_LINK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cases.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter filter-check">
          <input
            type="checkbox"
            checked={query.mine}
            onChange={(e) => goToCases({ ...query, page: 1, mine: e.target.checked })}
          />
          <span>{t('cases.filters.mine')}</span>
        </label>
        {active > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => goToCases({ status: undefined, mine: false, kind: undefined, page: 1 })}
          >
            {t('cases.filters.clear')}
          </button>
        )}
      </div>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('cases.empty'), hint: t('cases.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('cases.title')}</caption>
                <ColumnHeads
                  labels={[
                    t('cases.columns.title'),
                    t('cases.columns.status'),
                    t('cases.columns.lead'),
                    t('cases.columns.openedBy'),
                    t('cases.columns.openedAt'),
                    t('cases.columns.marking'),
                  ]}
                />
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id} data-case-id={item.id}>
                      <td>
                        <a href={hrefFor(`/cases/${encodeURIComponent(item.id)}`)}>{item.title}</a>
                      </td>
                      <td>
                        <span className={`chip case-${item.status}`}>{t(`cases.status.${item.status}`)}</span>
                      </td>
                      <td className="mono">{item.marking.ownerAgency}</td>
                      <td>{item.openedByName ?? '—'}</td>
                      <td className="nowrap">{formatDateTime(item.openedAt, lang)}</td>
                      <td>
                        <MarkingBadge marking={item.marking} compact />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={query.page}
              pageSize={CASE_PAGE_SIZE}
              total={data.total}
              onPage={(page) => goToCases({ ...query, page })}
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}

/** Open a case by hand: a title and a summary; the case is the user's agency's, marked by the server's default. */
function OpenCaseForm({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const opened = await openCase({
        title: title.trim(),
        ...(summary.trim() ? { summary: summary.trim() } : {}),
      });
      navigate(`/cases/${encodeURIComponent(opened.id)}`);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('cases.open.label')}>
      <label>
        {t('cases.open.title')}
        <input required maxLength={300} value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('cases.open.summary')}
        <textarea maxLength={10_000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !title.trim()}>
          {t('cases.open.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

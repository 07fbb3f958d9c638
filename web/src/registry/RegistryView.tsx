import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPermits } from '../api/intake-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatKilograms } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { formatDay, permitStatus } from './permit-status.ts';
import '../intake/intake.css';

const PAGE_SIZE = 50;
const STATUSES = ['valid', 'expired'] as const;

/**
 * The permit registry: search by holder, RFC or permit number, filter by substance, site and validity (all in
 * the URL, so a search is a link), one permit per row leading to its page (details, edit, history).
 */
export function RegistryView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const q = search.get('q') ?? '';
  const substanceCas = search.get('substance') ?? '';
  const siteId = search.get('site') ?? '';
  const status = STATUSES.find((s) => s === search.get('status'));
  const page = Math.max(1, Number(search.get('page')) || 1);
  const [draft, setDraft] = useState({ q, substanceCas, siteId });
  useEffect(() => setDraft({ q, substanceCas, siteId }), [q, substanceCas, siteId]);
  const { state, retry } = useAsync(
    (signal) =>
      fetchPermits(
        {
          ...(q ? { q } : {}),
          ...(substanceCas ? { substanceCas } : {}),
          ...(siteId ? { siteId } : {}),
          ...(status ? { status } : {}),
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        },
        signal,
      ),
    [q, substanceCas, siteId, status, page],
  );
  const go = (next: { q: string; substanceCas: string; siteId: string; status?: string }, nextPage = 1) =>
    navigate('/registry', {
      ...(next.q ? { q: next.q } : {}),
      ...(next.substanceCas ? { substance: next.substanceCas } : {}),
      ...(next.siteId ? { site: next.siteId } : {}),
      ...(next.status ? { status: next.status } : {}),
      ...(nextPage > 1 ? { page: String(nextPage) } : {}),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...draft, q: draft.q.trim(), status });
  };
  return (
    <section className="panel" aria-labelledby="registry-title">
      <header className="panel-head">
        <h1 id="registry-title">{t('registry.title')}</h1>
      </header>
      <p className="muted">{t('registry.intro')}</p>
      <form
        className="registry-filters"
        role="search"
        aria-label={t('registry.filters.label')}
        onSubmit={submit}
      >
        <label>
          {t('registry.filters.q')}
          <input type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </label>
        <label>
          {t('registry.filters.substance')}
          <input
            value={draft.substanceCas}
            inputMode="numeric"
            placeholder="79-03-8"
            onChange={(e) => setDraft({ ...draft, substanceCas: e.target.value.trim() })}
          />
        </label>
        <label>
          {t('registry.filters.site')}
          <input
            value={draft.siteId}
            onChange={(e) => setDraft({ ...draft, siteId: e.target.value.trim() })}
          />
        </label>
        <label>
          {t('registry.filters.status')}
          <select
            value={status ?? ''}
            onChange={(e) => go({ q, substanceCas, siteId, status: e.target.value || undefined })}
          >
            <option value="">{t('registry.filters.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`registry.filters.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('actions.search')}</button>
      </form>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('registry.empty'), hint: t('registry.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('registry.title')}</caption>
                <ColumnHeads
                  labels={[
                    t('registry.columns.permit'),
                    t('registry.columns.holder'),
                    t('registry.columns.substance'),
                    t('registry.columns.maxKg'),
                    t('registry.columns.validity'),
                    t('registry.columns.site'),
                    t('registry.columns.marking'),
                  ]}
                />
                <tbody>
                  {data.items.map((permit) => {
                    const validity = permitStatus(permit);
                    return (
                      <tr key={permit.id}>
                        <td>
                          <a href={hrefFor(`/registry/${encodeURIComponent(permit.id)}`)}>
                            {permit.permitId}
                          </a>
                        </td>
                        <td>
                          {permit.holderName}
                          <br />
                          <span className="muted">{permit.holderRfc}</span>
                        </td>
                        <td>{permit.substanceCas}</td>
                        <td className="num">{formatKilograms(permit.maxKgPerYear, lang)}</td>
                        <td>
                          {t('registry.validity', {
                            from: formatDay(permit.validFrom, lang),
                            to: formatDay(permit.validTo, lang),
                          })}
                          <br />
                          <span className={`chip permit-${validity}`}>
                            {t(`registry.status.${validity}`)}
                          </span>
                        </td>
                        <td>{permit.siteId ?? <span className="muted">{t('registry.allSites')}</span>}</td>
                        <td>
                          <MarkingBadge marking={permit.marking} compact />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onPage={(next) => go({ q, substanceCas, siteId, status }, next)}
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { fetchConsignments } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';

const PAGE_SIZE = 50;

/** Consignments, newest activity first. The API pages by offset without a total, so paging is newer/older. */
export function ConsignmentListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const { state, retry } = useAsync(() => fetchConsignments({ limit: PAGE_SIZE, offset }), [offset]);
  const lang = i18n.language;
  const go = (nextOffset: number) =>
    navigate('/consignments', nextOffset > 0 ? { offset: String(nextOffset) } : undefined);
  return (
    <section className="panel" aria-labelledby="consignments-title">
      <header className="panel-head">
        <h1 id="consignments-title">{t('consignments.title')}</h1>
      </header>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('consignments.emptyTitle'), hint: t('consignments.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('consignment.bol')}</th>
                    <th scope="col">{t('consignments.state')}</th>
                    <th scope="col" className="num">
                      {t('consignments.events')}
                    </th>
                    <th scope="col">{t('consignments.lastEvent')}</th>
                    <th scope="col">{t('consignment.findings')}</th>
                    <th scope="col">{t('alerts.column.marking')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((c) => (
                    <tr key={c.billOfLading}>
                      <td className="mono">
                        <a href={hrefFor(`/consignments/${encodeURIComponent(c.billOfLading)}`)}>
                          {c.billOfLading}
                        </a>
                      </td>
                      <td>
                        {c.state ? (
                          <span className={`chip state-${c.state}`}>
                            {t(`consignmentState.${c.state}`, { defaultValue: c.state })}
                          </span>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td className="num">{formatNumber(c.eventCount, lang)}</td>
                      <td className="nowrap">{formatDateTime(c.lastEventTime ?? c.declaredAt, lang)}</td>
                      <td>
                        {(c.findingKinds ?? []).length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          (c.findingKinds ?? []).map((kind) => (
                            <span key={kind} className="chip finding-chip">
                              {t(`kind.${kind}`, { defaultValue: kind })}
                            </span>
                          ))
                        )}
                      </td>
                      <td>{c.marking && <MarkingBadge marking={c.marking} compact />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label={t('pager.label')}>
              <span className="pager-range">
                {formatNumber(offset + 1, lang)}–{formatNumber(offset + data.items.length, lang)}
              </span>
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => go(Math.max(0, offset - PAGE_SIZE))}
              >
                ‹ {t('consignments.newer')}
              </button>
              <button
                type="button"
                disabled={data.items.length < PAGE_SIZE}
                onClick={() => go(offset + PAGE_SIZE)}
              >
                {t('consignments.older')} ›
              </button>
            </nav>
          </>
        )}
      </AsyncContent>
    </section>
  );
}

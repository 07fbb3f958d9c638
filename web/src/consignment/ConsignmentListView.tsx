import { useTranslation } from 'react-i18next';
import { PORTS } from '../alerts/vocabulary.ts';
import { fetchConsignments } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';

const PAGE_SIZE = 50;

export function ConsignmentListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const port = search.get('port') ?? '';
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { state, retry } = useAsync(
    () => fetchConsignments({ port: port || undefined, page, pageSize: PAGE_SIZE }),
    [port, page],
  );
  const lang = i18n.language;
  const go = (next: { port?: string; page?: number }) => {
    const query: Record<string, string> = {};
    const nextPort = next.port ?? port;
    if (nextPort) query.port = nextPort;
    if ((next.page ?? 1) > 1) query.page = String(next.page);
    navigate('/consignments', query);
  };
  return (
    <section className="panel" aria-labelledby="consignments-title">
      <header className="panel-head">
        <h1 id="consignments-title">{t('consignments.title')}</h1>
        <label className="filter inline">
          <span>{t('filters.port')}</span>
          <select value={port} onChange={(e) => go({ port: e.target.value, page: 1 })}>
            <option value="">{t('filters.any')}</option>
            {PORTS.map((p) => (
              <option key={p.locode} value={p.locode}>
                {p.name} ({p.locode})
              </option>
            ))}
          </select>
        </label>
      </header>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'ready' && state.data.items.length === 0 && (
        <Empty title={t('consignments.emptyTitle')} hint={t('consignments.emptyHint')} />
      )}
      {state.status === 'ready' && state.data.items.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('consignment.bol')}</th>
                  <th scope="col">{t('alerts.port')}</th>
                  <th scope="col">{t('consignment.importer')}</th>
                  <th scope="col">{t('consignment.consignee')}</th>
                  <th scope="col">{t('consignment.declaredAt')}</th>
                  <th scope="col" className="num">
                    {t('consignment.findings')}
                  </th>
                  <th scope="col">{t('alerts.column.marking')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((c) => (
                  <tr key={c.billOfLading}>
                    <td className="mono">
                      <a href={hrefFor(`/consignments/${encodeURIComponent(c.billOfLading)}`)}>
                        {c.billOfLading}
                      </a>
                    </td>
                    <td className="mono">{c.portLocode ?? '—'}</td>
                    <td>{c.importerName ?? '—'}</td>
                    <td>{c.consigneeName ?? '—'}</td>
                    <td className="nowrap">{formatDateTime(c.declaredAt, lang)}</td>
                    <td className="num">{formatNumber(c.findingCount ?? 0, lang)}</td>
                    <td>{c.marking && <MarkingBadge marking={c.marking} compact />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={state.data.total ?? state.data.items.length}
            onPage={(p) => go({ page: p })}
          />
        </>
      )}
    </section>
  );
}

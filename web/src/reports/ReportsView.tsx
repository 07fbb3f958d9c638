import { useTranslation } from 'react-i18next';
import { fetchReports } from '../api/intake-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor, navigate } from '../shell/router.ts';
import { releasedTo } from './report-state.ts';
import '../intake/intake.css';

/** Who may write a report (the server's gate on POST /api/reports). */
const WRITERS = ['analyst', 'advisor', 'regulator', 'commander'] as const;
const PAGE_SIZE = 50;

/**
 * The reports the user may read, newest first, a page at a time (the page is in the URL), each a draft or
 * released; analysts write new ones from here.
 */
export function ReportsView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const lang = i18n.language;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { state, retry } = useAsync(
    (signal) => fetchReports({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [page],
  );
  const writes = WRITERS.some((role) => me.roles.includes(role));
  return (
    <section className="panel" aria-labelledby="reports-title">
      <header className="panel-head">
        <h1 id="reports-title">{t('reports.title')}</h1>
        {writes && (
          <a className="button-link" href={hrefFor('/reports/new')}>
            {t('reports.write')}
          </a>
        )}
      </header>
      <p className="muted">{t('reports.intro')}</p>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.total === 0}
        empty={{ title: t('reports.empty'), hint: writes ? t('reports.emptyHint') : undefined }}
      >
        {({ items: reports, total }) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('reports.title')}</caption>
                <ColumnHeads
                  labels={[
                    t('reports.columns.title'),
                    t('reports.columns.written'),
                    t('reports.columns.status'),
                    t('reports.columns.marking'),
                  ]}
                />
                <tbody>
                  {reports.map((report) => {
                    const nations = releasedTo(report.marking, me.agency.nation);
                    return (
                      <tr key={report.id}>
                        <td>
                          <a href={hrefFor(`/reports/${encodeURIComponent(report.id)}`)}>{report.title}</a>
                        </td>
                        <td>{formatDateTime(report.createdAt, lang, 'short')}</td>
                        <td>
                          {nations
                            ? t('reports.state.released', { nations: nations.join(', ') })
                            : t('reports.state.draft')}
                        </td>
                        <td>
                          <MarkingBadge marking={report.marking} compact />
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
              total={total}
              onPage={(next) => navigate('/reports', next > 1 ? { page: String(next) } : {})}
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { fetchLeads } from '../api/lead-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { DateField } from '../components/DateField.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { hrefFor } from '../shell/router.ts';
import { countByKind, endOfDay, goToLeadQuery, LEAD_LIMITS, readLeadQuery } from './lead-query.ts';
import '../intake/intake.css';

/** The caller's ranked leads at a day (in the URL), best first, each leading to its page. */
export function LeadBoardView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = readLeadQuery(search);
  const { state, retry } = useAsync(
    (signal) =>
      fetchLeads({ limit: query.limit, ...(query.asOf ? { asOf: endOfDay(query.asOf) } : {}) }, signal),
    [query.asOf, query.limit],
  );
  return (
    <section className="panel" aria-labelledby="leads-title">
      <header className="panel-head">
        <h1 id="leads-title">{t('leads.board')}</h1>
      </header>
      <p className="muted">{t('leads.boardIntro')}</p>
      <div className="filter-bar">
        <DateField
          label={t('leads.asOf')}
          value={query.asOf ?? ''}
          onChange={(day) => goToLeadQuery({ ...query, asOf: day || undefined })}
        />
        <label>
          {t('leads.limit')}
          <select
            value={query.limit}
            onChange={(e) => goToLeadQuery({ ...query, limit: Number(e.target.value) })}
          >
            {LEAD_LIMITS.map((limit) => (
              <option key={limit} value={limit}>
                {formatNumber(limit, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('leads.empty'), hint: t('leads.emptyHint') }}
      >
        {(data) => (
          <>
            <p className="muted" data-testid="leads-standing">
              {t('leads.standing', {
                when: data.asOf ? formatDateTime(data.asOf, lang) : t('leads.newestEvidence'),
                resolution: data.resolution,
              })}
            </p>
            <div className="table-scroll">
              <table className="data-table" data-testid="lead-board">
                <caption className="visually-hidden">{t('leads.board')}</caption>
                <ColumnHeads
                  labels={[
                    t('leads.columns.rank'),
                    t('leads.columns.lead'),
                    t('leads.columns.score'),
                    t('leads.columns.area'),
                    t('leads.columns.centre'),
                    t('leads.columns.evidence'),
                    t('leads.columns.decision'),
                  ]}
                />
                <tbody>
                  {data.items.map((lead) => (
                    <tr key={lead.leadId} data-lead-id={lead.leadId}>
                      <td className="num">{formatNumber(lead.rank, lang)}</td>
                      <td className="mono">
                        <a href={hrefFor(`/leads/${lead.leadId}`, query.asOf ? { asOf: query.asOf } : {})}>
                          {lead.leadId}
                        </a>
                      </td>
                      <td className="num">{formatNumber(lead.score, lang, 2)}</td>
                      <td className="num">{formatNumber(lead.areaKm2, lang, 2)}</td>
                      <td className="nowrap">
                        {formatNumber(lead.lat, lang, 4)}, {formatNumber(lead.lon, lang, 4)}
                      </td>
                      <td>
                        {countByKind(lead.evidence)
                          .map(([kind, count]) =>
                            t('leads.kindCount', {
                              kind: t(`leads.kind.${kind}`),
                              count: formatNumber(count, lang),
                            }),
                          )
                          .join(' · ')}
                      </td>
                      <td>
                        {lead.decision ? (
                          <span className={`chip lead-${lead.decision.action}`}>
                            {t(`leads.action.${lead.decision.action}`)}
                          </span>
                        ) : (
                          <span className="muted">{t('leads.undecided')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </AsyncContent>
    </section>
  );
}

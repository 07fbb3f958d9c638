import { useTranslation } from 'react-i18next';
import { fetchConsignments } from '../api/endpoints.ts';
import { FilterChoice } from '../alerts/FilterChoice.tsx';
import { PORTS } from '../alerts/vocabulary.ts';
import { CONSIGNMENT_STATES } from '../../../src/shared/findings.ts';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { ExportButton } from '../components/ExportButton.tsx';
import { today } from '../components/csv.ts';
import { consignmentTable } from './exports.ts';

const PAGE_SIZE = 50;

const FILTERS = ['port', 'state', 'withFindings'] as const;
type ConsignmentFilter = (typeof FILTERS)[number];

/**
 * Consignments, newest activity first, filtered by port, state and "with findings" (kept in the URL). The API
 * pages by offset without a total, so paging is newer/older. A consignment is an aggregate, not a marked
 * record: each of its lines, events and findings carries its own marking on the consignment's page.
 */
export function ConsignmentListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const port = PORTS.some((p) => p.locode === search.get('port')) ? search.get('port')! : undefined;
  const state = CONSIGNMENT_STATES.find((s) => s === search.get('state'));
  const withFindings = search.get('withFindings') === 'true' ? 'true' : undefined;
  const { state: loaded, retry } = useAsync(
    (signal) => fetchConsignments({ port, state, withFindings, limit: PAGE_SIZE, offset }, signal),
    [port, state, withFindings, offset],
  );
  const lang = i18n.language;
  const current: Record<ConsignmentFilter, string | undefined> = {
    port,
    state,
    withFindings,
  };
  const go = (filters: Record<ConsignmentFilter, string | undefined>, nextOffset = 0) =>
    navigate('/consignments', {
      ...Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1])),
      ...(nextOffset > 0 ? { offset: String(nextOffset) } : {}),
    });
  const filter = (key: ConsignmentFilter, value: string) => go({ ...current, [key]: value || undefined });
  const active = FILTERS.filter((key) => current[key] !== undefined).length;
  return (
    <section className="panel" aria-labelledby="consignments-title">
      <header className="panel-head">
        <h1 id="consignments-title">{t('consignments.title')}</h1>
        <ExportButton
          filename={`${t('export.consignmentsFile')}-${today()}.csv`}
          load={(progress) => consignmentTable(t, { port, state, withFindings }, progress)}
        />
      </header>
      <div className="filter-bar" role="search" aria-label={t('consignments.filters')}>
        <FilterChoice
          name="port"
          value={port}
          options={PORTS.map((p) => ({ value: p.locode, label: `${p.name} (${p.locode})` }))}
          onChange={filter}
        />
        <FilterChoice
          name="state"
          value={state}
          options={CONSIGNMENT_STATES.map((s) => ({ value: s, label: t(`consignmentState.${s}`) }))}
          onChange={filter}
        />
        <label className="filter filter-check">
          <input
            type="checkbox"
            checked={withFindings === 'true'}
            onChange={(e) => filter('withFindings', e.target.checked ? 'true' : '')}
          />
          <span>{t('consignments.withFindings')}</span>
        </label>
        {active > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => go({ port: undefined, state: undefined, withFindings: undefined })}
          >
            {t('filters.clear', { count: active })}
          </button>
        )}
      </div>
      <AsyncContent
        state={loaded}
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
                    <th scope="col">{t('alerts.port')}</th>
                    <th scope="col">{t('consignment.findings')}</th>
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
                      <td className="nowrap">{formatDateTime(c.lastEventTime, lang)}</td>
                      <td className="mono">{c.portLocode ?? '—'}</td>
                      <td>
                        {c.findingKinds.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          c.findingKinds.map((kind) => (
                            <span key={kind} className="chip finding-chip">
                              {t(`kind.${kind}`, { defaultValue: kind })}
                            </span>
                          ))
                        )}
                      </td>
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
                onClick={() => go(current, Math.max(0, offset - PAGE_SIZE))}
              >
                ‹ {t('consignments.newer')}
              </button>
              <button
                type="button"
                disabled={data.items.length < PAGE_SIZE}
                onClick={() => go(current, offset + PAGE_SIZE)}
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

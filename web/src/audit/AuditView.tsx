import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditVerification } from '../api/types.ts';
import { fetchAudit, verifyAudit } from '../api/endpoints.ts';
import { AsyncContent } from '../components/States.tsx';
import { DateField } from '../components/DateField.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { navigate } from '../shell/router.ts';
import { AUDIT_ACTIONS } from '../../../src/shared/audit-actions.ts';
import { actionKey, describeDetail, filtersFromSearch, tableKey, type AuditFilter } from './audit-entry.ts';

const PAGE = 100;
/**
 * The filter offers every action the server records by name (src/shared/audit-actions.ts, the list recordAudit
 * takes), and keeps any code typed in the URL.
 */
const KNOWN_ACTIONS: readonly string[] = AUDIT_ACTIONS;

/**
 * The audit trail for auditors, newest first, filtered by who, agency, action, record and day (kept in the
 * URL); "older" pages by offset. Each entry is in the chain of the agencies that may read it (its position
 * in that chain is its number); the chains the auditor reads can be verified from here.
 */
export function AuditView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const filters = filtersFromSearch(search);
  const offset = Number(search.get('offset')) || undefined;
  const key = JSON.stringify([filters, offset]);
  const { state, retry } = useAsync(
    (signal) => fetchAudit({ ...filters, offset, limit: PAGE }, signal),
    [key],
  );
  const lang = i18n.language;
  const go = (next: Partial<Record<AuditFilter, string>>, at?: number) =>
    navigate('/audit', {
      ...Object.fromEntries(Object.entries(next).filter(([, v]) => v)),
      ...(at ? { offset: String(at) } : {}),
    });
  return (
    <section className="panel" aria-labelledby="audit-title">
      <header className="panel-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <ChainCheck />
      </header>
      <form
        key={key}
        className="filter-bar"
        role="search"
        aria-label={t('audit.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          go(Object.fromEntries([...data].map(([k, v]) => [k, String(v).trim()])));
        }}
      >
        <label className="filter">
          <span>{t('audit.user')}</span>
          <input name="user" defaultValue={filters.user} placeholder={t('audit.userPlaceholder')} />
        </label>
        <label className="filter">
          <span>{t('audit.agency')}</span>
          <input name="agency" defaultValue={filters.agency} placeholder="MX-ANAM" />
        </label>
        <label className="filter">
          <span>{t('audit.action')}</span>
          <select name="action" defaultValue={filters.action ?? ''}>
            <option value="">{t('filters.any')}</option>
            {[...new Set([...KNOWN_ACTIONS, ...(filters.action ? [filters.action] : [])])].map((a) => (
              <option key={a} value={a}>
                {t(actionKey(a), { defaultValue: a })}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('audit.subject')}</span>
          <input
            name="subjectId"
            defaultValue={filters.subjectId}
            placeholder={t('audit.subjectPlaceholder')}
          />
        </label>
        <DateField className="filter" label={t('filters.from')} name="from" defaultValue={filters.from} />
        <DateField className="filter" label={t('filters.to')} name="to" defaultValue={filters.to} />
        <button type="submit">{t('actions.search')}</button>
        {Object.keys(filters).length > 0 && (
          <button type="button" className="link-button" onClick={() => go({})}>
            {t('filters.clear', { count: Object.keys(filters).length })}
          </button>
        )}
      </form>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('audit.empty'), hint: t('audit.emptyHint') }}
      >
        {(data) => (
          <>
            <AuditTable entries={data.items} lang={lang} />
            <nav className="pager" aria-label={t('pager.label')}>
              {offset !== undefined && (
                <button type="button" onClick={() => go(filters)}>
                  {t('audit.newest')}
                </button>
              )}
              {data.offset + data.items.length < data.total && (
                <button type="button" onClick={() => go(filters, (offset ?? 0) + PAGE)}>
                  {t('audit.older')}
                </button>
              )}
            </nav>
          </>
        )}
      </AsyncContent>
    </section>
  );
}

function AuditTable({ entries, lang }: { entries: AuditEntry[]; lang: string }) {
  const { t, i18n } = useTranslation();
  // a code in an entry's detail, in the reader's words: a table, a status or a finding kind, else as stored
  const word = (code: string) =>
    [tableKey(code), `status.${code}`, `kind.${code}`]
      .filter((key) => i18n.exists(key))
      .map((key) => t(key))[0] ?? code;
  return (
    <div className="table-scroll">
      <table className="data-table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.subject')}</th>
            <th scope="col">{t('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.chain} ${entry.seq}`} data-chain={entry.chain} data-seq={entry.seq}>
              <td className="num mono" title={entry.chain}>
                {formatNumber(entry.seq, lang)}
              </td>
              <td className="nowrap">{formatDateTime(entry.at, lang)}</td>
              <td>
                <span title={entry.actorUser ?? undefined}>
                  {entry.actorName ?? (entry.actorUser ? entry.actorUser.slice(0, 8) : t('audit.nobody'))}
                </span>
                {entry.actorUsername && <span className="muted mono"> {entry.actorUsername}</span>}
                <div className="sub muted">{entry.actorAgency ?? ''}</div>
              </td>
              <td title={entry.action}>
                <span className={`audit-action audit-${entry.action.split('.')[0]}`}>
                  {t(actionKey(entry.action), { defaultValue: entry.action })}
                </span>
              </td>
              <td>
                {entry.subjectTable && (
                  <div>{t(tableKey(entry.subjectTable), { defaultValue: entry.subjectTable })}</div>
                )}
                <div className="sub mono ellipsis" title={entry.subjectIds.join('\n')}>
                  {entry.subjectIds
                    .slice(0, 2)
                    .map((id) => (id.length > 13 ? `${id.slice(0, 8)}…` : id))
                    .join(', ')}
                  {entry.subjectIds.length > 2 ? ` +${formatNumber(entry.subjectIds.length - 2, lang)}` : ''}
                </div>
              </td>
              <td className="detail-cell">
                <dl className="audit-detail" title={JSON.stringify(entry.detail, null, 1)}>
                  {describeDetail(entry.detail, word).map((part) => (
                    <div key={part.key}>
                      <dt>{t(`audit.fields.${part.key}`, { defaultValue: part.key })}</dt>
                      <dd>{part.value}</dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Walks the whole chain on the server and says whether it is intact, or where it breaks. */
function ChainCheck() {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<AuditVerification | 'checking' | 'failed' | null>(null);
  const check = () => {
    setResult('checking');
    verifyAudit().then(setResult, () => setResult('failed'));
  };
  return (
    <div className="chain-check" aria-live="polite">
      <button type="button" onClick={check} disabled={result === 'checking'}>
        {result === 'checking' ? t('audit.verifying') : t('audit.verify')}
      </button>
      {result && typeof result === 'object' && result.ok && (
        <span className="chip chain-ok" data-testid="chain-status">
          {t('audit.chainOk', {
            count: result.entries,
            formatted: formatNumber(result.entries, i18n.language),
          })}
        </span>
      )}
      {result && typeof result === 'object' && !result.ok && (
        <span className="chip chain-broken" role="alert" data-testid="chain-status">
          {t('audit.chainBroken', { seq: result.broken?.seq, reason: result.broken?.reason })}
        </span>
      )}
      {result === 'failed' && <span className="chip chain-broken">{t('audit.verifyFailed')}</span>}
    </div>
  );
}

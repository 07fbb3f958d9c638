import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAudit } from '../api/endpoints.ts';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';

const PAGE = 100;

/** The audit trail for auditors, newest first; "older" pages by sequence number (the chain's own order). */
export function AuditView() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [beforeSeq, setBeforeSeq] = useState<number | undefined>(undefined);
  const { state, retry } = useAsync(
    () => fetchAudit({ action: action || undefined, beforeSeq, limit: PAGE }),
    [action, beforeSeq],
  );
  const lang = i18n.language;
  return (
    <section className="panel" aria-labelledby="audit-title">
      <header className="panel-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <form
          className="filter-bar"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            setBeforeSeq(undefined);
            setAction(String(data.get('action') ?? '').trim());
          }}
        >
          <label className="filter">
            <span>{t('audit.action')}</span>
            <input name="action" defaultValue={action} placeholder="alert.dismiss" />
          </label>
          <button type="submit">{t('actions.search')}</button>
        </form>
      </header>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.length === 0}
        empty={{ title: t('audit.empty'), hint: t('audit.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table" data-testid="audit-table">
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
                  {data.map((entry) => (
                    <tr key={entry.seq}>
                      <td className="num mono">{formatNumber(entry.seq, lang)}</td>
                      <td className="nowrap">{formatDateTime(entry.at, lang)}</td>
                      <td>
                        {/* The trail names users by id; the short form is enough to follow one person down the list. */}
                        <span className="mono" title={entry.actorUser ?? undefined}>
                          {entry.actorUser ? entry.actorUser.slice(0, 8) : '—'}
                        </span>{' '}
                        <span className="muted">{entry.actorAgency ?? ''}</span>
                      </td>
                      <td className="mono">{entry.action}</td>
                      <td className="mono ellipsis">
                        {entry.subjectTable ?? ''} {entry.subjectIds.slice(0, 3).join(', ')}
                        {entry.subjectIds.length > 3 ? ` +${entry.subjectIds.length - 3}` : ''}
                      </td>
                      <td className="mono ellipsis detail-cell" title={JSON.stringify(entry.detail)}>
                        {JSON.stringify(entry.detail)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label={t('pager.label')}>
              {beforeSeq !== undefined && (
                <button type="button" onClick={() => setBeforeSeq(undefined)}>
                  {t('audit.newest')}
                </button>
              )}
              {data.length === PAGE && (
                <button type="button" onClick={() => setBeforeSeq(data[data.length - 1]!.seq)}>
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

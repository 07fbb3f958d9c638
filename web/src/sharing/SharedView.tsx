import { useTranslation } from 'react-i18next';
import { fetchReceived, fetchReleases } from '../api/sharing-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { SyncStatus } from './SyncStatus.tsx';

/**
 * `#/shared`: what this agency released (to whom, when, by whom and why: GET /api/markings/releases, the agency's
 * own register), what this instance received and from whom (GET /api/federation/received, as far as the caller may
 * see it), and how the last pull from each peer went (`SyncStatus`).
 */
export function SharedView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const releases = useAsync((signal) => fetchReleases(100, 0, signal), []);
  const received = useAsync((signal) => fetchReceived(signal), []);
  return (
    <section className="panel" aria-labelledby="shared-title">
      <header className="panel-head">
        <h1 id="shared-title">{t('sharing.view.title')}</h1>
      </header>
      <p className="muted">{t('sharing.view.intro')}</p>

      <h2 id="released-title">{t('sharing.view.released')}</h2>
      <AsyncContent
        state={releases.state}
        retry={releases.retry}
        isEmpty={(page) => page.items.length === 0}
        empty={{ title: t('sharing.view.releasedEmpty') }}
      >
        {(page) => (
          <div className="table-scroll">
            <table className="data-table" aria-labelledby="released-title">
              <ColumnHeads
                labels={[
                  t('sharing.view.when'),
                  t('sharing.view.record'),
                  t('sharing.view.to'),
                  t('sharing.view.by'),
                  t('sharing.view.justification'),
                ]}
              />
              <tbody>
                {page.items.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDateTime(r.releasedAt, lang, 'short')}</td>
                    <td className="mono">
                      {t(`audit.tables.${r.table}`, { defaultValue: r.table })} {r.recordId}
                    </td>
                    <td>
                      <MarkingBadge marking={{ ownerAgency: me.agency.code, ...r.after }} />
                    </td>
                    <td>{r.releasedBy ?? '—'}</td>
                    <td>{r.justification ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>

      <h2 id="received-title">{t('sharing.view.received')}</h2>
      <AsyncContent
        state={received.state}
        retry={received.retry}
        isEmpty={(data) => data.groups.length === 0}
        empty={{ title: t('sharing.view.receivedEmpty') }}
      >
        {(data) => (
          <div className="table-scroll">
            <table className="data-table" aria-labelledby="received-title">
              <ColumnHeads
                labels={[
                  t('sharing.view.from'),
                  t('sharing.view.source'),
                  t('sharing.view.type'),
                  t('sharing.view.objects'),
                  t('sharing.view.lastAdded'),
                ]}
              />
              <tbody>
                {data.groups.map((g) => (
                  <tr key={`${g.ownerAgency}|${g.peer ?? ''}|${g.source ?? ''}|${g.type}`}>
                    <td className="mono">
                      {g.ownerAgency} {g.ownerNation ? `(${g.ownerNation})` : ''}
                    </td>
                    <td>{g.peer ?? g.source ?? t(`sharing.view.via.${g.via}`)}</td>
                    <td className="mono">{g.type}</td>
                    <td>{formatNumber(g.objects, lang)}</td>
                    <td>{formatDateTime(g.lastAdded, lang, 'short')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>

      <SyncStatus />
    </section>
  );
}

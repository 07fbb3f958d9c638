import { useTranslation } from 'react-i18next';
import { fetchSyncStatus } from '../api/sharing-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';

/**
 * The shared view's "Peers and sync": how the last pull from each peer went (GET /api/federation/sync): when, its
 * outcome and what it received and withdrew. Where a peer is pulled from and why a pull failed reach administrators
 * only (`detail`: the database answers null to everyone else), so the column shows only when the server sent one.
 */
export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const peers = useAsync((signal) => fetchSyncStatus(signal), []);
  const when = (at: string | null) => (at ? formatDateTime(at, lang, 'short') : t('sharing.view.never'));
  const count = (n: number | null) => (n === null ? '—' : formatNumber(n, lang));
  return (
    <>
      <h2 id="peers-title">{t('sharing.view.peers')}</h2>
      <AsyncContent
        state={peers.state}
        retry={peers.retry}
        isEmpty={(data) => data.peers.length === 0}
        empty={{ title: t('sharing.view.peersEmpty') }}
      >
        {(data) => {
          const detailed = data.peers.some((p) => p.detail !== null);
          return (
            <div className="table-scroll">
              <table className="data-table" aria-labelledby="peers-title">
                <ColumnHeads
                  labels={[
                    t('sharing.view.peer'),
                    t('sharing.view.lastSync'),
                    t('sharing.view.lastTried'),
                    t('sharing.view.status'),
                    t('sharing.view.objects'),
                    t('sharing.view.withdrawn'),
                    ...(detailed ? [t('sharing.view.detail')] : []),
                  ]}
                />
                <tbody>
                  {data.peers.map((p, i) => (
                    <tr key={p.name ?? `source-${i}`}>
                      <td>
                        {p.name === null ? (
                          t('sharing.view.unregistered')
                        ) : (
                          <>
                            <span className="mono">{p.name}</span> {p.agency ? `(${p.agency})` : ''}
                          </>
                        )}
                      </td>
                      <td>{p.pulls ? when(p.syncedAt) : t('sharing.view.pullsNo')}</td>
                      <td>{p.pulls ? when(p.triedAt) : '—'}</td>
                      <td>{p.outcome === null ? '—' : t(`sharing.view.outcome.${p.outcome}`)}</td>
                      <td>{count(p.objects)}</td>
                      <td>{count(p.withdrawn)}</td>
                      {detailed && (
                        <td>
                          {p.detail?.url && <div className="mono">{p.detail.url}</div>}
                          {p.detail?.error && <div>{p.detail.error}</div>}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </AsyncContent>
    </>
  );
}

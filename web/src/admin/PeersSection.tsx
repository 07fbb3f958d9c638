import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAgencies } from '../api/identity-endpoints.ts';
import { addPeer, fetchPeers, revokePeer } from '../api/sharing-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { OutcomeMessage, useAct } from './Outcome.tsx';

/**
 * The peer instances (`centinela peers add|list|revoke` on screen): each reads this instance's TAXII server with an
 * account of one agency of the partner nation. Adding one answers its token once — shown here with a copy button,
 * never again; the list never holds a token. Revoking disables the account and its tokens.
 */
export function PeersSection() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { state, retry } = useAsync(
    async (signal) => ({ peers: (await fetchPeers(signal)).peers, agencies: await fetchAgencies(signal) }),
    [],
  );
  const [agency, setAgency] = useState('');
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const { outcome, busy, act, setOutcome } = useAct();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    let added: { name: string; token: string | null } | null = null;
    if (
      await act(
        async () => (added = await addPeer({ agency, ...(label ? { label } : {}) })),
        () => '',
      )
    ) {
      setOutcome(null);
      const { name, token } = added ?? { name: '', token: null };
      if (token) setSecret({ name, token });
      setCopied(false);
      setAgency('');
      setLabel('');
      retry();
    }
  };
  const revoke = async (name: string) => {
    if (!window.confirm(t('sharing.peers.revokeConfirm', { name }))) return;
    if (
      await act(
        () => revokePeer(name),
        () => t('sharing.peers.revoked', { name }),
      )
    )
      retry();
  };
  const copy = async (token: string) => {
    await navigator.clipboard?.writeText(token);
    setCopied(true);
  };

  return (
    <section aria-labelledby="peers-title">
      <h2 id="peers-title">{t('sharing.peers.title')}</h2>
      <p className="muted">{t('sharing.peers.intro')}</p>
      {secret && (
        <div className="notice token-once" role="status" aria-labelledby="peer-token-title">
          <strong id="peer-token-title">{t('sharing.peers.tokenTitle', { name: secret.name })}</strong>
          <p>
            <code data-testid="peer-token">{secret.token}</code>
          </p>
          <button type="button" onClick={() => void copy(secret.token)}>
            {copied ? t('sharing.peers.copied') : t('sharing.peers.copy')}
          </button>{' '}
          <button type="button" onClick={() => setSecret(null)}>
            {t('sharing.peers.dismiss')}
          </button>
        </div>
      )}
      <OutcomeMessage outcome={outcome} />
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={() => false}
        empty={{ title: t('sharing.peers.empty') }}
      >
        {({ peers, agencies }) => (
          <>
            <form className="admin-form inline" onSubmit={(e) => void add(e)}>
              <label>
                {t('sharing.peers.agency')}
                <select required value={agency} onChange={(e) => setAgency(e.target.value)}>
                  <option value="">{t('sharing.peers.chooseAgency')}</option>
                  {agencies
                    .filter((a) => a.nation !== me.agency.nation)
                    .map((a) => (
                      <option key={a.code} value={a.code}>
                        {a.code} ({a.nation})
                      </option>
                    ))}
                </select>
              </label>
              <label>
                {t('sharing.peers.label')}
                <input maxLength={200} value={label} onChange={(e) => setLabel(e.target.value)} />
              </label>
              <button type="submit" disabled={busy || !agency}>
                {busy ? t('sharing.peers.adding') : t('sharing.peers.add')}
              </button>
            </form>
            {peers.length === 0 ? (
              <p className="muted">{t('sharing.peers.empty')}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <ColumnHeads
                    labels={[
                      t('sharing.peers.name'),
                      t('sharing.peers.agency'),
                      t('sharing.peers.label'),
                      t('sharing.peers.account'),
                      t('sharing.peers.created'),
                      t('sharing.peers.lastSync'),
                    ]}
                    actions={t('sharing.peers.revoke')}
                  />
                  <tbody>
                    {peers.map((p) => (
                      <tr key={p.name}>
                        <td className="mono">{p.name}</td>
                        <td className="mono">{p.agency ?? '—'}</td>
                        <td>{p.label ?? '—'}</td>
                        <td className="mono">{p.username ?? '—'}</td>
                        <td>{formatDateTime(p.createdAt, i18n.language, 'short')}</td>
                        <td>
                          {p.sync.syncedAt
                            ? formatDateTime(p.sync.syncedAt, i18n.language, 'short')
                            : (p.sync.error ?? '—')}
                        </td>
                        <td>
                          <button type="button" disabled={busy} onClick={() => void revoke(p.name)}>
                            {t('sharing.peers.revoke')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </AsyncContent>
    </section>
  );
}

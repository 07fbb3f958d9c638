import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { fetchTokens, fetchUsers, issueToken, revokeToken } from '../api/identity-endpoints.ts';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { OutcomeMessage, useAct } from './Outcome.tsx';

/**
 * API tokens of one's own account or of a machine account of one's agency (the only accounts a token may be
 * issued for). A new token's secret is shown once, here, and never again: the server keeps its hash.
 */
export function TokensSection() {
  const { t } = useTranslation();
  const me = useMe();
  const accounts = useAsync((signal) => fetchUsers(signal), []);
  const [account, setAccount] = useState(me.id);
  const machines =
    accounts.state.status === 'ready'
      ? accounts.state.data.filter((u) => u.machine && u.agency.code === me.agency.code && u.id !== me.id)
      : [];
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('admin.tokens.title')}</h2>
      <p className="muted">{t('admin.tokens.hint', { agency: me.agency.code })}</p>
      <label>
        {t('admin.tokens.account')}
        <select name="tokenAccount" value={account} onChange={(e) => setAccount(e.target.value)}>
          <option value={me.id}>{t('admin.tokens.own', { username: me.username })}</option>
          {machines.map((user) => (
            <option key={user.id} value={user.id}>
              {user.username} · {t('admin.users.machine')}
            </option>
          ))}
        </select>
      </label>
      <AccountTokens key={account} userId={account} />
    </section>
  );
}

function AccountTokens({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useAsync((signal) => fetchTokens(userId, signal), [userId]);
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const { outcome, busy, act, setOutcome } = useAct();

  const issue = async (event: FormEvent) => {
    event.preventDefault();
    let issued: string | null = null;
    const done = await act(
      async () => (issued = (await issueToken(userId, label)).token),
      () => '',
    );
    if (done) {
      setOutcome(null);
      setSecret(issued);
      setLabel('');
      retry();
    }
  };
  const revoke = async (id: string, tokenLabel: string) => {
    if (
      await act(
        () => revokeToken(userId, id),
        () => t('admin.tokens.revoked', { label: tokenLabel }),
      )
    )
      retry();
  };

  return (
    <>
      {secret && (
        <div className="notice token-secret" role="status" aria-labelledby="token-secret-title">
          <strong id="token-secret-title">{t('admin.tokens.secretTitle')}</strong>
          <p>
            <code data-testid="token-secret">{secret}</code>
          </p>
          <p className="muted">{t('admin.tokens.secretHint')}</p>
          <button type="button" onClick={() => setSecret(null)}>
            {t('admin.tokens.secretDone')}
          </button>
        </div>
      )}
      <OutcomeMessage outcome={outcome} />
      <form className="admin-form inline" onSubmit={issue}>
        <label>
          {t('admin.tokens.issueLabel')}
          <input
            name="tokenLabel"
            required
            maxLength={200}
            autoComplete="off"
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('admin.tokens.issue')}
        </button>
      </form>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(tokens) => tokens.length === 0}
        empty={{ title: t('admin.tokens.empty') }}
      >
        {(tokens) => (
          <div className="table-scroll">
            <table className="data-table" data-testid="tokens-table">
              <ColumnHeads
                labels={[t('admin.tokens.label'), t('admin.tokens.created'), t('admin.tokens.id')]}
                actions={t('admin.tokens.revoke')}
              />
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} data-token-label={token.label ?? ''}>
                    <td>{token.label}</td>
                    <td>{formatDateTime(token.createdAt, i18n.language)}</td>
                    <td className="mono">{token.id}</td>
                    <td>
                      <button
                        type="button"
                        className="warn"
                        disabled={busy}
                        aria-label={t('admin.tokens.revokeFor', { label: token.label ?? token.id })}
                        onClick={() => void revoke(token.id, token.label ?? token.id)}
                      >
                        {t('admin.tokens.revoke')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>
    </>
  );
}

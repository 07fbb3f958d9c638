import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { approveRoles, fetchUsers, rejectRoles } from '../api/identity-endpoints.ts';
import type { AdminUser } from '../api/types.ts';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { useMe } from '../session/SessionContext.tsx';
import { OutcomeMessage, useAct } from './Outcome.tsx';
import { useRoleNames } from './RoleChoice.tsx';

/**
 * Roles that read intelligence, requested by one administrator and waiting for a second. Any administrator may
 * try to approve; the server refuses the requester (OWN_REQUEST) and the refusal is shown, so the rule is
 * visible rather than hidden behind a disabled button. The requester may withdraw their own request.
 */
export function RoleRequestsSection() {
  const { t } = useTranslation();
  const me = useMe();
  const roleNames = useRoleNames();
  const { state, retry } = useAsync((signal) => fetchUsers(signal), []);
  const { outcome, busy, act } = useAct();
  const usernameOf = (users: AdminUser[], id: string | null) =>
    id === me.id ? t('admin.roles.you') : (users.find((u) => u.id === id)?.username ?? id ?? '');

  const approve = async (user: AdminUser) => {
    if (
      await act(
        () => approveRoles(user.id),
        (changed) => t('admin.roles.approved', { username: user.username, roles: roleNames(changed.roles) }),
      )
    )
      retry();
  };
  const reject = async (user: AdminUser) => {
    if (
      await act(
        () => rejectRoles(user.id),
        () => t('admin.roles.rejected', { username: user.username }),
      )
    )
      retry();
  };

  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title">{t('admin.roles.title')}</h2>
      <p className="muted">{t('admin.roles.hint')}</p>
      <OutcomeMessage outcome={outcome} />
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(users) => !users.some((u) => u.pendingRoles)}
        empty={{ title: t('admin.roles.empty') }}
      >
        {(users) => (
          <div className="table-scroll">
            <table className="data-table" data-testid="role-requests">
              <ColumnHeads
                labels={[
                  t('admin.roles.account'),
                  t('admin.users.agency'),
                  t('admin.roles.held'),
                  t('admin.roles.requested'),
                  t('admin.roles.requestedBy'),
                ]}
                actions={t('admin.roles.approve')}
              />
              <tbody>
                {users
                  .filter((user) => user.pendingRoles)
                  .map((user) => {
                    const mine = user.pendingRequestedBy === me.id;
                    return (
                      <tr key={user.id} data-username={user.username}>
                        <td className="mono">{user.username}</td>
                        <td className="mono">{user.agency.code}</td>
                        <td>{roleNames(user.roles)}</td>
                        <td>{roleNames(user.pendingRoles)}</td>
                        <td>
                          {usernameOf(users, user.pendingRequestedBy)}
                          {mine && <span className="muted"> — {t('admin.roles.ownRequestHint')}</span>}
                        </td>
                        <td className="nowrap">
                          <button
                            type="button"
                            className="primary"
                            disabled={busy}
                            aria-label={t('admin.roles.approveFor', { username: user.username })}
                            onClick={() => void approve(user)}
                          >
                            {t('admin.roles.approve')}
                          </button>{' '}
                          <button
                            type="button"
                            className="warn"
                            disabled={busy}
                            aria-label={t(mine ? 'admin.roles.withdrawFor' : 'admin.roles.rejectFor', {
                              username: user.username,
                            })}
                            onClick={() => void reject(user)}
                          >
                            {t(mine ? 'admin.roles.withdraw' : 'admin.roles.reject')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>
    </section>
  );
}

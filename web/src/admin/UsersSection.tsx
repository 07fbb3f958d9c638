import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { fetchAgencies, fetchUsers } from '../api/identity-endpoints.ts';
import type { AdminUser } from '../api/types.ts';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { ManageUser } from './ManageUser.tsx';
import { NewUserForm } from './NewUserForm.tsx';
import { useRoleNames } from './RoleChoice.tsx';

/** Every account, a form for a new one, and one account at a time to manage (roles, status, password). */
export function UsersSection() {
  const { t } = useTranslation();
  const roleNames = useRoleNames();
  const { state, retry } = useAsync(
    async (signal) => ({ users: await fetchUsers(signal), agencies: await fetchAgencies(signal) }),
    [],
  );
  const [managing, setManaging] = useState<string | null>(null);
  const status = (user: AdminUser) =>
    [
      t(user.disabled ? 'admin.users.disabled' : 'admin.users.active'),
      user.machine ? t('admin.users.machine') : null,
      user.mustChangePassword ? t('admin.users.mustChange') : null,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: t('admin.users.empty') }}>
      {({ users, agencies }) => {
        const selected = users.find((user) => user.id === managing);
        return (
          <>
            <NewUserForm agencies={agencies} onCreated={retry} />
            {selected && (
              <ManageUser
                key={selected.id}
                user={selected}
                onChanged={retry}
                onClose={() => setManaging(null)}
              />
            )}
            <section aria-labelledby="users-title">
              <h2 id="users-title">{t('admin.users.title')}</h2>
              <div className="table-scroll">
                <table className="data-table" data-testid="users-table">
                  <ColumnHeads
                    labels={[
                      t('admin.users.username'),
                      t('admin.users.displayName'),
                      t('admin.users.agency'),
                      t('admin.users.roles'),
                      t('admin.users.pending'),
                      t('admin.users.status'),
                    ]}
                    actions={t('admin.users.actions')}
                  />
                  <tbody>
                    {users.map((user) => (
                      <tr key={user.id} data-username={user.username}>
                        <td className="mono">{user.username}</td>
                        <td>{user.displayName}</td>
                        <td className="mono">{user.agency.code}</td>
                        <td>{roleNames(user.roles)}</td>
                        <td>{user.pendingRoles ? roleNames(user.pendingRoles) : ''}</td>
                        <td>{status(user)}</td>
                        <td>
                          <button type="button" onClick={() => setManaging(user.id)}>
                            {t('admin.users.manage', { username: user.username })}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        );
      }}
    </AsyncContent>
  );
}

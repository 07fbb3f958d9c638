import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeUser } from '../api/identity-endpoints.ts';
import type { AdminUser, Role } from '../api/types.ts';
import { OutcomeMessage, useAct } from './Outcome.tsx';
import { RoleChoice, useRoleNames } from './RoleChoice.tsx';

/**
 * One account's roles, status and password. The server decides what is allowed (never one's own roles; new
 * intelligence roles become a request; a reset must be changed at the next sign-in) and the refusal is shown
 * with its code.
 */
export function ManageUser({
  user,
  onChanged,
  onClose,
}: {
  user: AdminUser;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const roleNames = useRoleNames();
  const [roles, setRoles] = useState<Role[]>(user.pendingRoles ?? user.roles);
  const [password, setPassword] = useState('');
  const { outcome, busy, act } = useAct();
  const username = user.username;

  const saveRoles = async (event: FormEvent) => {
    event.preventDefault();
    if (
      await act(
        () => changeUser(user.id, { roles }),
        (changed) =>
          changed.pendingRoles
            ? t('admin.manage.rolesRequested', { username, roles: roleNames(changed.pendingRoles) })
            : t('admin.manage.rolesSaved', { username }),
      )
    )
      onChanged();
  };
  const toggleDisabled = async () => {
    const disabled = !user.disabled;
    if (
      await act(
        () => changeUser(user.id, { disabled }),
        () => t(disabled ? 'admin.manage.disabledDone' : 'admin.manage.enabledDone', { username }),
      )
    )
      onChanged();
  };
  const reset = async (event: FormEvent) => {
    event.preventDefault();
    if (
      await act(
        () => changeUser(user.id, { password }),
        () => t('admin.manage.resetDone', { username }),
      )
    ) {
      setPassword('');
      onChanged();
    }
  };

  return (
    <section className="admin-manage" aria-labelledby="manage-title" data-testid="manage-user">
      <header className="panel-head">
        <h2 id="manage-title">{t('admin.manage.title', { username })}</h2>
        <button type="button" onClick={onClose}>
          {t('admin.manage.close')}
        </button>
      </header>
      <OutcomeMessage outcome={outcome} />
      <form className="admin-form" onSubmit={saveRoles}>
        <RoleChoice name="manage-role" legend={t('admin.manage.roles')} value={roles} onChange={setRoles} />
        <div className="form-actions">
          <button type="submit" disabled={busy || roles.length === 0}>
            {t('admin.manage.saveRoles')}
          </button>
          <button type="button" className="warn" disabled={busy} onClick={() => void toggleDisabled()}>
            {t(user.disabled ? 'admin.manage.enable' : 'admin.manage.disable')}
          </button>
        </div>
      </form>
      <form className="admin-form" onSubmit={reset}>
        <div className="field">
          <label>
            {t('admin.manage.newPassword')}
            <input
              name="resetPassword"
              type="password"
              required
              autoComplete="new-password"
              aria-describedby="reset-hint"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <span id="reset-hint" className="muted">
            {t('admin.manage.resetHint')}
          </span>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t('admin.manage.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}

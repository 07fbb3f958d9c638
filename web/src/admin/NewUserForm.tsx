import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../api/identity-endpoints.ts';
import type { Agency as AgencyInfo, Role } from '../api/types.ts';
import { useMe } from '../session/SessionContext.tsx';
import { OutcomeMessage, useAct } from './Outcome.tsx';
import { RoleChoice, useRoleNames } from './RoleChoice.tsx';

/**
 * A new account. Roles that read intelligence are filed by the server as a request for a second administrator;
 * the confirmation says so, naming the roles that wait.
 */
export function NewUserForm({ agencies, onCreated }: { agencies: AgencyInfo[]; onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const roleNames = useRoleNames();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agency, setAgency] = useState(me.agency.code);
  const [roles, setRoles] = useState<Role[]>([]);
  const [machine, setMachine] = useState(false);
  const [password, setPassword] = useState('');
  const { outcome, busy, act } = useAct();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await act(
      () => createUser({ username, displayName, agency, roles, password, machine }),
      (user) =>
        user.pendingRoles
          ? t('admin.create.createdPending', {
              username: user.username,
              roles: roleNames(user.pendingRoles),
            })
          : t('admin.create.created', { username: user.username }),
    );
    if (created) {
      setUsername('');
      setDisplayName('');
      setRoles([]);
      setMachine(false);
      setPassword('');
      onCreated();
    }
  };

  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('admin.create.title')}</h2>
      <div className="field">
        <label>
          {t('admin.create.username')}
          <input
            name="username"
            required
            pattern="[a-z0-9._\-]{3,64}"
            autoComplete="off"
            aria-describedby="new-user-username-hint"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <span id="new-user-username-hint" className="muted">
          {t('admin.create.usernameHint')}
        </span>
      </div>
      <div className="field">
        <label>
          {t('admin.create.displayName')}
          <input
            name="displayName"
            required
            autoComplete="off"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </label>
        <label>
          {t('admin.create.agency')}
          <select name="agency" value={agency} onChange={(e) => setAgency(e.target.value)}>
            {agencies.map((a) => (
              <option key={a.code} value={a.code}>
                {a.code} · {i18n.language === 'es' ? a.nameEs : a.nameEn} ({a.nation})
              </option>
            ))}
          </select>
        </label>
        <RoleChoice
          name="new-user-role"
          legend={t('admin.create.roles')}
          hint={t('admin.create.rolesHint')}
          value={roles}
          onChange={setRoles}
        />
        <label className="check">
          <input
            type="checkbox"
            name="machine"
            checked={machine}
            onChange={(e) => setMachine(e.target.checked)}
          />
          {t('admin.create.machine')}
        </label>
        <label>
          {t('admin.create.password')}
          <input
            name="password"
            type="password"
            required
            autoComplete="new-password"
            aria-describedby="new-user-password-hint"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <span id="new-user-password-hint" className="muted">
          {t('admin.create.passwordHint')}
        </span>
      </div>
      <OutcomeMessage outcome={outcome} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || roles.length === 0}>
          {t('admin.create.submit')}
        </button>
      </div>
    </form>
  );
}

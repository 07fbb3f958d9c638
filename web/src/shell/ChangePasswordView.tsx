import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { changeOwnPassword } from '../api/identity-endpoints.ts';
import { useMe, useSession } from '../session/SessionContext.tsx';
import { LoginCard } from './LoginCard.tsx';

/**
 * After an administrator's reset the server answers every route but this change with PASSWORD_CHANGE_REQUIRED,
 * so the app asks for it first: the reset password is the current one, the new one is the user's own.
 */
export function ChangePasswordView() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { logout, refresh } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (next !== confirm) {
      setError(t('admin.password.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await changeOwnPassword(current, next);
      await refresh();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <LoginCard
      titleId="password-title"
      title={t('admin.password.title')}
      onSubmit={submit}
      error={error}
      busy={busy}
      submitLabel={t('admin.password.submit')}
      busyLabel={t('admin.password.saving')}
      footer={
        <button type="button" className="logout" onClick={() => void logout()}>
          {t('shell.logout')}
        </button>
      }
    >
      <p className="muted">{t('admin.password.intro')}</p>
      <p className="muted">
        {me.displayName} · {me.username}
      </p>
      <label>
        {t('admin.password.current')}
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </label>
      <label>
        {t('admin.password.next')}
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </label>
      <label>
        {t('admin.password.confirm')}
        <input
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
      </label>
    </LoginCard>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { useSession } from '../session/SessionContext.tsx';
import { LoginCard } from './LoginCard.tsx';

export function LoginView({ expired = false }: { expired?: boolean }) {
  const { t, i18n } = useTranslation();
  const { login } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) setError(t('login.badCredentials'));
      else if (cause instanceof ApiError && cause.status === 429) setError(t('login.rateLimited'));
      else if (cause instanceof ApiError) setError(cause.localized(i18n.language));
      else setError(t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <LoginCard
      titleId="login-title"
      title={t('login.title')}
      onSubmit={submit}
      error={error}
      busy={busy}
      submitLabel={t('login.submit')}
      busyLabel={t('login.signingIn')}
      footer={<span className="muted">{t('login.notice')}</span>}
    >
      <p className="muted">{t('login.subtitle')}</p>
      {expired && (
        <p className="notice" role="status">
          {t('login.expired')}
        </p>
      )}
      <label>
        {t('login.username')}
        <input
          name="username"
          autoComplete="username"
          required
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label>
        {t('login.password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
    </LoginCard>
  );
}

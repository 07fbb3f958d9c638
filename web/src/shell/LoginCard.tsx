import type { FormEvent, ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/**
 * The card of the screens met before the app (signing in, changing a reset password): the brand, the heading,
 * the caller's text and fields, the error of the last try (an alert), the submit button (its busy label while
 * the request runs) and a footer with the language switch beside the caller's own end.
 */
export function LoginCard({
  titleId,
  title,
  onSubmit,
  error,
  busy,
  submitLabel,
  busyLabel,
  footer,
  children,
}: {
  titleId: string;
  title: string;
  onSubmit: (event: FormEvent) => void | Promise<void>;
  error: string | null;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="login-page">
      <form className="login-card" onSubmit={onSubmit} aria-labelledby={titleId}>
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          <span>Centinela</span>
        </div>
        <h1 id={titleId}>{title}</h1>
        {children}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        <footer className="login-foot">
          <LanguageSwitch />
          {footer}
        </footer>
      </form>
    </main>
  );
}

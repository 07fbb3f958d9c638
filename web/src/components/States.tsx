/** Loading, empty and error states: each says what is happening and what the user can do next. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AsyncState } from './useAsync.ts';
import { ApiError } from '../api/http.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </div>
  );
}

export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="state state-empty" role="status">
      <strong>{title}</strong>
      {hint && <p>{hint}</p>}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  let message = t('errors.generic');
  let hint = t('errors.retryHint');
  if (error instanceof ApiError) {
    message = error.localized(i18n.language);
    if (error.status === 0) hint = t('errors.networkHint');
    else if (error.status === 403) hint = t('errors.forbiddenHint');
    else if (error.status === 404) hint = t('errors.notFoundHint');
  }
  return (
    <div className="state state-error" role="alert">
      <strong>{message}</strong>
      <p>{hint}</p>
      {error instanceof ApiError && error.requestId && (
        <p className="muted">
          {t('errors.requestId')}: <code>{error.requestId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The four states of loaded content in one place: loading, an error with a retry, an empty result that
 * says what to do, and the content itself (rendered from the loaded data).
 */
export function AsyncContent<T>({
  state,
  retry,
  isEmpty,
  empty,
  children,
}: {
  state: AsyncState<T>;
  retry: () => void;
  isEmpty: (data: T) => boolean;
  empty: { title: string; hint?: string };
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  if (isEmpty(state.data)) return <Empty title={empty.title} hint={empty.hint} />;
  return <>{children(state.data)}</>;
}

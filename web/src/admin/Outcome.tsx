/**
 * What came of an administrator's act: a confirmation, or the server's refusal with its catalogue code (e.g.
 * OWN_REQUEST, SELF_ELEVATION_FORBIDDEN, OUTSIDE_ADMIN_SCOPE) and its message in the user's language, so the
 * administrator sees why and not merely that it failed.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';

export type Outcome = { kind: 'done'; text: string } | { kind: 'refused'; error: unknown } | null;

export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  if (!outcome) return null;
  if (outcome.kind === 'done')
    return (
      <p className="notice" role="status" data-testid="admin-outcome">
        {outcome.text}
      </p>
    );
  const { error } = outcome;
  const text =
    error instanceof ApiError
      ? t('admin.refused', { code: error.code, message: error.localized(i18n.language) })
      : t('errors.generic');
  return (
    <p
      className="form-error"
      role="alert"
      data-testid="admin-outcome"
      data-code={error instanceof ApiError ? error.code : undefined}
    >
      {text}
    </p>
  );
}

/**
 * Runs one act at a time: `busy` while it runs, then the outcome (the act's own confirmation text, or the
 * refusal). Resolves to whether it succeeded, so a form can clear itself.
 */
export function useAct() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const act = useCallback(async <T,>(work: () => Promise<T>, done: (result: T) => string) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await work();
      setOutcome({ kind: 'done', text: done(result) });
      return true;
    } catch (error) {
      setOutcome({ kind: 'refused', error });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { outcome, busy, act, setOutcome };
}

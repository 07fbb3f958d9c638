import { useTranslation } from 'react-i18next';
import type { Reason } from '../api/types.ts';

/** A severity chip; the text is always present so colour is never the only signal. */
export function SeverityChip({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return (
    <span className={`chip sev-${severity}`}>{t(`severity.${severity}`, { defaultValue: severity })}</span>
  );
}

/** `labels` names the message group: findings read `findings.status` (Spanish agrees in gender: abierto). */
export function StatusChip({ status, labels = 'status' }: { status: string; labels?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`chip status-${status}`}>{t(`${labels}.${status}`, { defaultValue: status })}</span>
  );
}

export function VerdictChip({ verdict }: { verdict: string | null | undefined }) {
  const { t } = useTranslation();
  if (!verdict) return <span className="muted">—</span>;
  return (
    <span className={`chip verdict-${verdict}`}>{t(`verdict.${verdict}`, { defaultValue: verdict })}</span>
  );
}

/** A reason (screening's, matching's) in the user's language. */
export function reasonText(reason: Reason, language: string): string {
  return language.startsWith('es') ? reason.es : reason.en;
}

import { useTranslation } from 'react-i18next';

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

/** Reasons arrive as plain text or as bilingual objects; show the user's language. */
export function reasonText(reason: unknown, language: string): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const r = reason as Record<string, unknown>;
    const localized = language.startsWith('es') ? (r.es ?? r.en) : (r.en ?? r.es);
    if (typeof localized === 'string') return localized;
    if (typeof r.message === 'string') return r.message;
    if (typeof r.code === 'string') return r.code;
  }
  return JSON.stringify(reason);
}

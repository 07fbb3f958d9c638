import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCases } from '../api/case-endpoints.ts';
import { useAsync } from '../components/useAsync.ts';

/**
 * Escalating an alert or a finding: into a new case (led by the user's agency) or into an open case the user
 * sees, with an optional reason. The open cases offered are the newest hundred; the server has the final word.
 */
export function EscalateForm({
  busy,
  onEscalate,
  onCancel,
}: {
  busy: boolean;
  onEscalate: (body: { reason?: string; caseId?: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const cases = useAsync(
    (signal) => fetchCases({ status: 'open', limit: 100 }, signal).catch(() => ({ items: [] })),
    [],
  );
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState('');
  const items = cases.state.status === 'ready' ? cases.state.data.items : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onEscalate({ ...(reason.trim() ? { reason: reason.trim() } : {}), ...(caseId ? { caseId } : {}) });
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('cases.escalate.label')}>
      <label>
        {t('cases.escalate.into')}
        <select value={caseId} autoFocus onChange={(e) => setCaseId(e.target.value)}>
          <option value="">{t('cases.escalate.newCase')}</option>
          {items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('cases.escalate.reason')}
        <textarea maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="warn" disabled={busy}>
          {t('cases.escalate.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

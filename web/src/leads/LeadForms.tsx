import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { decideLead, recordLeadOutcome, type LeadDecision } from '../api/lead-endpoints.ts';

function useSubmit(onDone: () => void) {
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    setDone(false);
    try {
      await work();
      setDone(true);
      onDone();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.localized(i18n.language) : String(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, done, run };
}

/** Accept, reject or merge, always with a reason (the record says why); a merge names the lead it joins. */
export function DecisionForm({ leadId, onDone }: { leadId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [action, setAction] = useState<LeadDecision['action']>('accept');
  const [reason, setReason] = useState('');
  const [mergedInto, setMergedInto] = useState('');
  const { busy, problem, done, run } = useSubmit(() => setReason(''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await decideLead(leadId, {
        action,
        reason,
        ...(action === 'merge' ? { mergedInto: mergedInto.trim() } : {}),
      });
      onDone();
    });
  };
  return (
    <form className="intake-form record-form" onSubmit={submit} aria-labelledby="lead-decide-title">
      <h2 id="lead-decide-title">{t('leads.decide.title')}</h2>
      <label htmlFor={`${id}-action`}>{t('leads.decide.action')}</label>
      <select
        id={`${id}-action`}
        value={action}
        onChange={(e) => setAction(e.target.value as LeadDecision['action'])}
      >
        <option value="accept">{t('leads.decide.accept')}</option>
        <option value="reject">{t('leads.decide.reject')}</option>
        <option value="merge">{t('leads.decide.merge')}</option>
      </select>

      {action === 'merge' && (
        <>
          <label htmlFor={`${id}-merged`}>{t('leads.decide.mergedInto')}</label>
          <input
            id={`${id}-merged`}
            className="mono"
            required
            pattern="lead-[0-9a-f]{15}"
            placeholder={t('leads.decide.mergedIntoHint')}
            value={mergedInto}
            onChange={(e) => setMergedInto(e.target.value)}
          />
        </>
      )}
      <label htmlFor={`${id}-reason`}>{t('leads.decide.reason')}</label>
      <textarea
        id={`${id}-reason`}
        required
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />

      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || reason.trim() === ''}>
          {t('leads.decide.submit')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {done && <p role="status">{t('leads.decide.recorded')}</p>}
    </form>
  );
}

/** What a search of the lead's place found, with a note; it feeds back into the leads as evidence. */
export function OutcomeForm({ leadId, onDone }: { leadId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<'found' | 'nothing_found'>('nothing_found');
  const [note, setNote] = useState('');
  const { busy, problem, done, run } = useSubmit(() => setNote(''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await recordLeadOutcome(leadId, { outcome, note });
      onDone();
    });
  };
  return (
    <form className="intake-form record-form" onSubmit={submit} aria-labelledby="lead-search-title">
      <h2 id="lead-search-title">{t('leads.search.title')}</h2>
      <label htmlFor={`${id}-outcome`}>{t('leads.search.outcome')}</label>
      <select
        id={`${id}-outcome`}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as 'found' | 'nothing_found')}
      >
        <option value="found">{t('leads.outcome.found')}</option>
        <option value="nothing_found">{t('leads.outcome.nothing_found')}</option>
      </select>

      <label htmlFor={`${id}-note`}>{t('leads.search.note')}</label>
      <textarea id={`${id}-note`} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />

      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('leads.search.submit')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {done && <p role="status">{t('leads.search.recorded')}</p>}
    </form>
  );
}

/**
 * The acts on a case, each a small form that reports the server's refusal in the user's language and reloads the
 * case when done: assign a colleague, link a record, write a note, close or reopen with a reason.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_LINK_KINDS, type CaseLinkKind } from '../../../src/shared/cases.ts';
import { assignToCase, linkToCase, noteOnCase, setCaseStatus } from '../api/case-endpoints.ts';
import { ApiError } from '../api/http.ts';
import { AssignablePicker } from './AssignablePicker.tsx';

/** Runs an act: busy while it runs, its refusal kept for the form to show, `onDone` when it succeeds. */
function useAct(onDone: () => void) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (act: () => Promise<unknown>, after: () => void = () => {}) => {
    setBusy(true);
    setError(null);
    try {
      await act();
      after();
      onDone();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  const shown: ReactNode = error && (
    <p role="alert" className="form-error">
      {error}
    </p>
  );
  return { busy, run, error: shown };
}

/** Assign someone of any agency that may see the case (the lead agency assigns). */
export function AssignToCase({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [assigning, setAssigning] = useState(false);
  const { busy, run, error } = useAct(onDone);
  return (
    <>
      {assigning ? (
        <AssignablePicker
          caseId={caseId}
          busy={busy}
          onAssign={(userId) =>
            void run(
              () => assignToCase(caseId, userId),
              () => setAssigning(false),
            )
          }
          onCancel={() => setAssigning(false)}
        />
      ) : (
        <button type="button" onClick={() => setAssigning(true)}>
          {t('cases.assignees.add')}
        </button>
      )}
      {error}
    </>
  );
}

/** Link a record the user sees: its kind, its id (a bill of lading for a consignment), a note. */
export function LinkRecordForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CaseLinkKind>('consignment');
  const [targetId, setTargetId] = useState('');
  const [note, setNote] = useState('');
  const { busy, run, error } = useAct(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        linkToCase(caseId, {
          kind,
          targetId: targetId.trim(),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      () => {
        setTargetId('');
        setNote('');
      },
    );
  };
  return (
    <form className="inline-form case-form" onSubmit={submit} aria-label={t('cases.links.add')}>
      <div className="case-form-row">
        <label>
          {t('cases.links.kind')}
          <select
            value={kind}
            onChange={(e) => setKind(CASE_LINK_KINDS.find((k) => k === e.target.value) ?? 'consignment')}
          >
            {CASE_LINK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`cases.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.links.targetId')}
          <input required maxLength={200} value={targetId} onChange={(e) => setTargetId(e.target.value)} />
        </label>
        <label>
          {t('cases.links.note')}
          <input maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <p className="muted">{t('cases.links.hint')}</p>
      <div className="form-actions">
        <button type="submit" disabled={busy || !targetId.trim()}>
          {t('cases.links.add')}
        </button>
      </div>
      {error}
    </form>
  );
}

/** A note, marked by the server's default (amber, the writer's nation) and never wider than the case. */
export function NoteForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const { busy, run, error } = useAct(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => noteOnCase(caseId, body.trim()),
      () => setBody(''),
    );
  };
  return (
    <form className="inline-form case-form" onSubmit={submit} aria-label={t('cases.notes.add')}>
      <label>
        {t('cases.notes.body')}
        <textarea required maxLength={20_000} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !body.trim()}>
          {t('cases.notes.add')}
        </button>
      </div>
      {error}
    </form>
  );
}

/** Close an open case or reopen a closed one: the lead agency's, with a reason on the record. */
export function StatusForm({
  caseId,
  status,
  onDone,
}: {
  caseId: string;
  status: 'open' | 'closed';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, run, error } = useAct(onDone);
  const act = status === 'open' ? 'close' : 'reopen';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => setCaseStatus(caseId, act, reason.trim()),
      () => {
        setAsking(false);
        setReason('');
      },
    );
  };
  return (
    <div className="actions">
      {asking ? (
        <form className="inline-form" onSubmit={submit}>
          <label>
            {t(`cases.${act}.reason`)}
            <textarea
              required
              maxLength={2000}
              value={reason}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy || !reason.trim()}>
              {t(`cases.${act}.confirm`)}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t(`cases.${act}.button`)}
        </button>
      )}
      {error}
    </div>
  );
}

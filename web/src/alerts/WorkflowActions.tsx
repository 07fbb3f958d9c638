/**
 * The analyst's actions on a proposal — a screening alert or a diversion finding — and the dismiss form that
 * asks for a reason. One component for both: they share the server's workflow (src/shared/workflow.ts),
 * so the buttons offered are exactly the transitions the server allows from the current status.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  nextStatus,
  WORKFLOW_STATUSES,
  type WorkflowAction,
  type WorkflowStatus,
} from '../../../src/shared/workflow.ts';
import { ApiError } from '../api/http.ts';
import { AssignForm } from './AssignForm.tsx';
import { EscalateForm } from '../cases/EscalateForm.tsx';
import { useEscalated } from '../cases/EscalatedNotice.tsx';
import { useMe } from '../session/SessionContext.tsx';

/** The order the buttons appear in: the usual next step first, dismissing (which asks more) last. */
const BUTTON_ORDER: readonly WorkflowAction[] = ['acknowledge', 'assign', 'escalate', 'dismiss'];

const isStatus = (status: string): status is WorkflowStatus =>
  (WORKFLOW_STATUSES as readonly string[]).includes(status);

/** The actions the workflow allows from a status (none from an unknown one); the server has the final word. */
export function actionsFor(status: string): WorkflowAction[] {
  return isStatus(status) ? BUTTON_ORDER.filter((action) => nextStatus(status, action) !== null) : [];
}

export type ActionBody = { reason?: string; assignee?: string; caseId?: string };

/**
 * `subject` names the message group (`alerts` or `findings`: action.*, confirm.dismiss, dismissReason,
 * dismissPlaceholder, actionsLabel), so each reads naturally in Spanish (asignármela / asignármelo).
 */
export function WorkflowActions({
  subject,
  status,
  act,
  onChanged,
}: {
  subject: 'alerts' | 'findings';
  status: string;
  /** The server's answer; an escalation's names the case it went into (`caseId`). */
  act: (action: WorkflowAction, body: ActionBody) => Promise<object>;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [dismissing, setDismissing] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [escalating, setEscalating] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canWork = me.roles.includes('analyst') || me.roles.includes('commander');
  const escalated = useEscalated();

  const run = async (action: WorkflowAction, body: ActionBody = {}) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await act(action, body);
      if (action === 'escalate' && 'caseId' in answer && typeof answer.caseId === 'string')
        escalated(answer.caseId);
      setDismissing(false);
      setReason('');
      onChanged();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  const submitDismiss = (event: FormEvent) => {
    event.preventDefault();
    void run('dismiss', { reason: reason.trim() });
  };

  return (
    <>
      {canWork && actionsFor(status).length > 0 && (
        <div className="actions" role="group" aria-label={t(`${subject}.actionsLabel`)}>
          {actionsFor(status).map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'escalate' ? 'warn' : action === 'acknowledge' ? 'primary' : undefined}
              disabled={busy}
              onClick={() =>
                action === 'dismiss'
                  ? setDismissing(true)
                  : action === 'escalate'
                    ? setEscalating(true)
                    : // The API assigns by user id; from the queue an analyst takes the work on.
                      void run(action, action === 'assign' ? { assignee: me.id } : {})
              }
            >
              {t(`${subject}.action.${action}`)}
            </button>
          ))}
          {actionsFor(status).includes('assign') && (
            <button type="button" disabled={busy} onClick={() => setAssigning(true)}>
              {t('assignTo.open')}
            </button>
          )}
        </div>
      )}
      {assigning && (
        <AssignForm
          busy={busy}
          onAssign={(assignee) => void run('assign', { assignee }).then(() => setAssigning(false))}
          onCancel={() => setAssigning(false)}
        />
      )}
      {escalating && (
        <EscalateForm
          busy={busy}
          onEscalate={(body) => void run('escalate', body).then(() => setEscalating(false))}
          onCancel={() => setEscalating(false)}
        />
      )}
      {dismissing && (
        <form className="inline-form" onSubmit={submitDismiss}>
          <label>
            {t(`${subject}.dismissReason`)}
            <textarea
              required
              minLength={3}
              value={reason}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
              placeholder={t(`${subject}.dismissPlaceholder`)}
            />
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t(`${subject}.confirm.dismiss`)}
            </button>
            <button type="button" onClick={() => setDismissing(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OPERATION_ACTIONS,
  OPERATION_COMMENT_KINDS,
  type OperationAction,
  type OperationCommentKind,
} from '../../../src/shared/cases.ts';
import { ApiError } from '../api/http.ts';
import {
  commentOnOperation,
  fetchOperation,
  moveOperation,
  type OperationDetail,
} from '../api/operation-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { Fact } from '../evidence/Fact.tsx';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { hostWorker } from './DraftOperationForm.tsx';
import { OutcomeForm, OutcomeList } from './Outcomes.tsx';
import '../cases/cases.css';

/**
 * One operation: its objective, territory, units and advisors; the moves the user may make now (the server
 * says which: only a commander of the territory's nation decides), each with a reason on the record; its
 * decisions, and the comments and recommendations (a partner's advisor comments, never moves it).
 */
export function OperationView({ operationId }: { operationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const { state, retry } = useAsync((signal) => fetchOperation(operationId, signal), [operationId]);
  return (
    <section className="panel case-view" aria-labelledby="operation-title">
      <p>
        <a href={hrefFor('/operations')}>{t('operations.back')}</a>
      </p>
      <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: '' }}>
        {(op: OperationDetail) => (
          <article>
            <header className="panel-head">
              <h1 id="operation-title">{op.objective}</h1>
              <span className={`chip operation-${op.status}`}>{t(`operations.status.${op.status}`)}</span>
              <MarkingBadge marking={op.marking} />
            </header>
            <dl className="permit-facts">
              <Fact label={t('operations.detail.territory')}>
                {[op.state, op.municipality, op.territory].filter(Boolean).join(' · ')}
              </Fact>
              <Fact label={t('operations.detail.case')}>
                <a href={hrefFor(`/cases/${encodeURIComponent(op.caseId)}`)}>
                  {t('operations.detail.openCase')}
                </a>
              </Fact>
              <Fact label={t('operations.detail.hostUnits')}>{op.hostUnits.join(', ') || '—'}</Fact>
              <Fact label={t('operations.detail.advisors')}>{op.advisors.length}</Fact>
              <Fact label={t('operations.detail.since')}>{formatDateTime(op.statusChangedAt, lang)}</Fact>
            </dl>
            <Moves operation={op} onDone={retry} />
            <h2>{t('operations.decisions.title')}</h2>
            {op.transitions.length === 0 ? (
              <p className="muted">{t('operations.decisions.none')}</p>
            ) : (
              <ol className="history" data-testid="operation-decisions">
                {op.transitions.map((d) => (
                  <li key={d.id}>
                    {formatDateTime(d.decidedAt, lang, 'short')} · {d.decidedByName ?? '—'} ·{' '}
                    {t(`operations.status.${d.from}`)} → {t(`operations.status.${d.to}`)} · {d.reason}
                  </li>
                ))}
              </ol>
            )}
            <h2>{t('operations.leadsTitle')}</h2>
            {op.leadIds.length === 0 ? (
              <p className="muted">{t('operations.noLeads')}</p>
            ) : (
              <ul className="case-assignees" data-testid="operation-leads">
                {op.leadIds.map((leadId) => (
                  <li key={leadId} className="mono">
                    <a href={hrefFor(`/leads/${encodeURIComponent(leadId)}`)}>{leadId}</a>
                  </li>
                ))}
              </ul>
            )}
            <h2>{t('operations.outcomes.title')}</h2>
            <OutcomeList operation={op} />
            {hostWorker(me) && (op.status === 'under_way' || op.status === 'concluded') && (
              <OutcomeForm operationId={op.id} onDone={retry} />
            )}
            <h2>{t('operations.comments.title')}</h2>
            {op.comments.length === 0 ? (
              <p className="muted">{t('operations.comments.none')}</p>
            ) : (
              <ul className="case-notes" data-testid="operation-comments">
                {op.comments.map((c) => (
                  <li key={c.id}>
                    <p className="case-note-head">
                      <strong>{c.writtenByName ?? '—'}</strong>{' '}
                      <span className="chip">{t(`operations.comments.kind.${c.kind}`)}</span>{' '}
                      <span className="muted">{formatDateTime(c.writtenAt, lang, 'short')}</span>
                    </p>
                    <p className="case-note-body">{c.body}</p>
                  </li>
                ))}
              </ul>
            )}
            <CommentForm operationId={op.id} onDone={retry} />
          </article>
        )}
      </AsyncContent>
    </section>
  );
}

/** The moves the server says the user may make now, each asking for its reason. */
function Moves({ operation, onDone }: { operation: OperationDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState<OperationAction | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const allowed = OPERATION_ACTIONS.filter((a) => operation.mayMove[a]);
  if (allowed.length === 0) return <p className="muted">{t('operations.moves.none')}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    setBusy(true);
    setError(null);
    try {
      await moveOperation(operation.id, action, reason.trim());
      setAction(null);
      setReason('');
      onDone();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="actions" role="group" aria-label={t('operations.moves.label')}>
        {allowed.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'approve' ? 'primary' : a === 'reject' || a === 'withdraw' ? 'warn' : undefined}
            disabled={busy}
            onClick={() => setAction(a)}
          >
            {t(`operations.moves.${a}`)}
          </button>
        ))}
      </div>
      {action && (
        <form className="inline-form" onSubmit={(e) => void submit(e)}>
          <label>
            {t('operations.moves.reason')}
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
              {t('operations.moves.confirm', { move: t(`operations.moves.${action}`) })}
            </button>
            <button type="button" onClick={() => setAction(null)}>
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

function CommentForm({ operationId, onDone }: { operationId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<OperationCommentKind>('comment');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await commentOnOperation(operationId, kind, body.trim());
      setBody('');
      onDone();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="inline-form case-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('operations.comments.add')}
    >
      <label>
        {t('operations.comments.kindLabel')}
        <select
          value={kind}
          onChange={(e) => setKind(OPERATION_COMMENT_KINDS.find((k) => k === e.target.value) ?? 'comment')}
        >
          {OPERATION_COMMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`operations.comments.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('operations.comments.body')}
        <textarea required maxLength={20_000} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !body.trim()}>
          {t('operations.comments.add')}
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

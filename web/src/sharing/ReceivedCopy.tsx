import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { fetchReceivedRecord, narrowReceivedCopy } from '../api/sharing-endpoints.ts';
import type { Marking, ReceivedRecord } from '../api/types.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { MarkingFields, type MarkingDraft } from '../components/MarkingFields.tsx';
import { useAsync } from '../components/useAsync.ts';
import { useMe } from '../session/SessionContext.tsx';

/**
 * On a record received from another instance (a report, an incident, a field report): where it came from and, for
 * the agency that received it, a form to narrow its own copy — never widen it (PUT /api/federation/received/{id}/
 * marking; the server holds the rule). Nothing is shown for a record this instance's own agencies contributed.
 */
export function ReceivedCopy({ id, marking }: { id: string; marking: Marking }) {
  const me = useMe();
  const foreign = marking.ownerAgency !== me.agency.code;
  const { state } = useAsync(
    (signal) => (foreign ? fetchReceivedRecord(id, signal) : Promise.resolve(null)),
    [id, foreign],
  );
  if (state.status !== 'ready' || !state.data) return null;
  return <ReceivedPanel received={state.data} />;
}

function ReceivedPanel({ received }: { received: ReceivedRecord }) {
  const { t, i18n } = useTranslation();
  const [current, setCurrent] = useState(received);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<MarkingDraft>({
    tlp: received.marking.tlp,
    releasableTo: received.marking.releasableTo,
    recipients: received.marking.recipients.join(', '),
  });
  const [justification, setJustification] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const next = await narrowReceivedCopy(
        current.stixId,
        {
          tlp: draft.tlp,
          releasableTo: draft.releasableTo,
          recipients: draft.recipients
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        },
        justification.trim() || undefined,
      );
      setCurrent(next);
      setOpen(false);
      setMessage({ ok: true, text: t('sharing.received.saved') });
    } catch (cause) {
      setMessage({
        ok: false,
        text: cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'),
      });
    }
  };
  return (
    <section aria-labelledby="received-copy-title" className="received-copy">
      <h2 id="received-copy-title">{t('sharing.received.title')}</h2>
      <p className="muted">
        {t('sharing.received.from', {
          agency: current.marking.ownerAgency,
          holder: current.receivedBy ?? '—',
        })}{' '}
        <MarkingBadge marking={current.marking} />
      </p>
      {current.narrowed && <p>{t('sharing.received.narrowed')}</p>}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'form-error'}>
          {message.text}
        </p>
      )}
      {current.mayNarrow && !open && (
        <button type="button" onClick={() => setOpen(true)}>
          {t('sharing.received.narrow')}
        </button>
      )}
      {current.mayNarrow && open && (
        <form onSubmit={(event) => void save(event)} className="marking-form">
          <p className="muted">{t('sharing.received.intro')}</p>
          <MarkingFields
            value={draft}
            onChange={setDraft}
            labels={{
              tlp: t('sharing.received.tlp'),
              releasableTo: t('sharing.received.releasableTo'),
              recipients: t('sharing.received.recipients'),
            }}
          />
          <label>
            {t('sharing.received.justification')}
            <textarea
              maxLength={1000}
              value={justification}
              onChange={(e) => setJustification(e.target.value)}
            />
          </label>
          <button type="submit">{t('sharing.received.save')}</button>
        </form>
      )}
    </section>
  );
}

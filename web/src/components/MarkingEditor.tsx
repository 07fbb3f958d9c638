import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TLP_LEVELS, type Marking, type Tlp } from '../api/contract.ts';
import { updateMarking } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { useMe } from '../session/SessionContext.tsx';
import { MarkingBadge } from './MarkingBadge.tsx';

const NATIONS = ['MEX', 'USA'] as const;

/**
 * The marking of one item: always the badge; for the owner agency, also a small form to change it. The server
 * enforces ownership and audits the change; the form only hides what a non-owner cannot do anyway.
 */
export function MarkingControl({
  table,
  id,
  marking,
  onChanged,
}: {
  table: string;
  id: string;
  marking: Marking;
  onChanged?: (marking: Marking) => void;
}) {
  const me = useMe();
  const { t, i18n } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState(marking);
  const [tlp, setTlp] = useState<Tlp>(marking.tlp);
  const [releasableTo, setReleasableTo] = useState<string[]>(marking.releasableTo);
  const [recipients, setRecipients] = useState(marking.recipients.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const isOwner = me.agency.code === current.ownerAgency;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    const next = {
      tlp,
      releasableTo,
      recipients: recipients
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    try {
      await updateMarking(table, id, next);
      const updated = { ...current, ...next };
      setCurrent(updated);
      setOpen(false);
      onChanged?.(updated);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <span className="marking-control">
      <MarkingBadge marking={current} />
      {isOwner && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
        >
          {t('marking.change')}
        </button>
      )}
      {open && (
        <form id={formId} className="marking-form" onSubmit={submit} aria-label={t('marking.formLabel')}>
          <label>
            TLP
            <select value={tlp} onChange={(e) => setTlp(e.target.value as Tlp)}>
              {TLP_LEVELS.map((level) => (
                <option key={level} value={level}>
                  TLP:{level.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('marking.releasableLegend')}</legend>
            {NATIONS.map((nation) => (
              <label key={nation} className="check">
                <input
                  type="checkbox"
                  checked={releasableTo.includes(nation)}
                  onChange={(e) =>
                    setReleasableTo(
                      e.target.checked ? [...releasableTo, nation] : releasableTo.filter((n) => n !== nation),
                    )
                  }
                />
                {nation}
              </label>
            ))}
          </fieldset>
          <label>
            {t('marking.recipients')}
            <input
              value={recipients}
              onChange={(e) => setRecipients(e.target.value)}
              placeholder="US-DEA, MX-FGR"
            />
          </label>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={saving}>
              {t('actions.save')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </span>
  );
}

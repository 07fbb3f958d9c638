import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Marking, MarkingPreview, Tlp } from '../api/types.ts';
import { previewMarking, updateMarking } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { useMe } from '../session/SessionContext.tsx';
import { MarkingBadge } from './MarkingBadge.tsx';
import { MarkingFields } from './MarkingFields.tsx';

/** Refusals the web app explains in its own words (the server's message stays the fallback). */
const EXPLAINED = new Set(['DERIVED_MARKING_WIDENING', 'MARKING_WIDENING_FORBIDDEN', 'FORBIDDEN']);

/**
 * The marking of one item: always the badge; for the owner agency, also a small form to change it. A change is
 * previewed before it is saved (issue 11): who — agency by agency, nation by nation — reads the item now and
 * would after, by the server's rule, whether the server would refuse it and why, and, where the rule needs one
 * (a derived record such as a finding), a justification the audit keeps. The server enforces all of it; the
 * form only shows it first.
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
  const [preview, setPreview] = useState<MarkingPreview | null>(null);
  const [justification, setJustification] = useState('');
  const isOwner = me.agency.code === current.ownerAgency;
  const next = {
    tlp,
    releasableTo,
    recipients: recipients
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
  const explain = (cause: unknown) =>
    cause instanceof ApiError
      ? EXPLAINED.has(cause.code)
        ? t(`marking.refusal.${cause.code}`)
        : cause.localized(i18n.language)
      : t('errors.generic');
  // Any edit after a preview needs a new one: the preview speaks of the change it was asked about.
  const showPreview = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      setPreview(await previewMarking(table, id, next));
    } catch (cause) {
      setError(explain(cause));
    } finally {
      setSaving(false);
    }
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await updateMarking(table, id, next, justification.trim() || undefined);
      const updated = { ...current, ...(preview?.after ?? next) };
      setCurrent(updated);
      setOpen(false);
      setPreview(null);
      setJustification('');
      onChanged?.(updated);
    } catch (cause) {
      setError(explain(cause));
    } finally {
      setSaving(false);
    }
  };
  const needsJustification = preview?.justificationRequired === true && preview.refusal === null;

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
        <form id={formId} className="marking-form" onSubmit={showPreview} aria-label={t('marking.formLabel')}>
          <MarkingFields
            value={{ tlp, releasableTo, recipients }}
            onChange={(next) => {
              setTlp(next.tlp);
              setReleasableTo(next.releasableTo);
              setRecipients(next.recipients);
              setPreview(null);
            }}
            labels={{
              tlp: 'TLP',
              releasableTo: t('marking.releasableLegend'),
              recipients: t('marking.recipients'),
            }}
          />
          {preview && <PreviewTable preview={preview} />}
          {preview?.refusal && (
            <p role="alert" className="form-error">
              {t(`marking.refusal.${preview.refusal}`)}
            </p>
          )}
          {needsJustification && (
            <label>
              {t('marking.justification')}
              <textarea
                value={justification}
                required
                maxLength={1000}
                onChange={(e) => setJustification(e.target.value)}
              />
            </label>
          )}
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="form-actions">
            {preview === null ? (
              <button type="submit" className="primary" disabled={saving}>
                {t('marking.preview')}
              </button>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={
                  saving || preview.refusal !== null || (needsJustification && justification.trim() === '')
                }
                onClick={() => void save()}
              >
                {t('actions.save')}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setPreview(null);
              }}
            >
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </span>
  );
}

/** Agency by agency (grouped by nation): who reads the item now and who would after the change. */
function PreviewTable({ preview }: { preview: MarkingPreview }) {
  const { t } = useTranslation();
  const mark = (reads: boolean) => (reads ? t('marking.reads') : t('marking.readsNot'));
  return (
    <div className="marking-preview" role="region" aria-label={t('marking.previewLabel')}>
      <table>
        <caption>{t('marking.previewLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('marking.nation')}</th>
            <th scope="col">{t('marking.agency')}</th>
            <th scope="col">{t('marking.now')}</th>
            <th scope="col">{t('marking.after')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.agencies.map((a) => (
            <tr key={a.agency} className={a.before === a.after ? undefined : 'changes'}>
              <td>{a.nation}</td>
              <th scope="row" className="mono">
                {a.agency}
              </th>
              <td>{mark(a.before)}</td>
              <td>{a.before === a.after ? mark(a.after) : <strong>{mark(a.after)}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.derived && <p className="muted">{t('marking.derivedNote')}</p>}
    </div>
  );
}

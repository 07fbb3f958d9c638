import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { editPermit, type Permit } from '../api/intake-endpoints.ts';
import { DateField } from '../components/DateField.tsx';

/** The regulator's edit of a permit; the server keeps the change in the permit's history and audits it. */
export function PermitEditForm({ permit, onSaved }: { permit: Permit; onSaved: (permit: Permit) => void }) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [holderName, setHolderName] = useState(permit.holderName);
  const [maxKg, setMaxKg] = useState(String(permit.maxKgPerYear));
  const [validFrom, setValidFrom] = useState(permit.validFrom);
  const [validTo, setValidTo] = useState(permit.validTo);
  const [siteId, setSiteId] = useState(permit.siteId ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      const next = await editPermit(permit.id, {
        holderName: holderName.trim(),
        maxKgPerYear: Number(maxKg),
        validFrom,
        validTo,
        siteId: siteId.trim() || null,
      });
      setSaved(true);
      setOpen(false);
      onSaved(next);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="permit-edit">
      {saved && (
        <p role="status" className="notice">
          {t('registry.edit.saved')}
        </p>
      )}
      <button type="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
        {t('registry.edit.open')}
      </button>
      {open && (
        <form
          id={formId}
          className="registry-edit"
          aria-label={t('registry.edit.title')}
          onSubmit={(e) => void submit(e)}
        >
          <label>
            {t('registry.edit.holderName')}
            <input
              required
              maxLength={300}
              value={holderName}
              onChange={(e) => setHolderName(e.target.value)}
            />
          </label>
          <label>
            {t('registry.edit.maxKg')}
            <input
              required
              type="number"
              min="0.001"
              step="any"
              value={maxKg}
              onChange={(e) => setMaxKg(e.target.value)}
            />
          </label>
          <DateField
            required
            label={t('registry.edit.validFrom')}
            value={validFrom}
            onChange={setValidFrom}
          />
          <DateField required label={t('registry.edit.validTo')} value={validTo} onChange={setValidTo} />
          <label>
            {t('registry.edit.siteId')}
            <input maxLength={300} value={siteId} onChange={(e) => setSiteId(e.target.value)} />
          </label>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={saving}>
              {t('registry.edit.save')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/**
 * An operation's outcomes: what each found, the incident it became (to its page) and how many of the operation's
 * leads it gave an outcome; and the form that records one (POST /api/operations/{id}/outcomes) for the host
 * nation's analysts and commanders while the operation is under way or concluded (docs/OPERATIONS.md).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KINDS, type OutcomeKind } from '../../../src/shared/cases.ts';
import { ApiError } from '../api/http.ts';
import {
  recordOutcome,
  type OperationDetail,
  type OperationOutcome,
  type OutcomeRequest,
} from '../api/operation-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { formatDateTime, formatNumber } from '../format.ts';
import { hrefFor } from '../shell/router.ts';

/** The kinds that say where: they become an incident at those coordinates (outcomes.service.ts, BECOMES). */
const PLACED: ReadonlySet<OutcomeKind> = new Set(['seizure', 'site_found', 'site_not_found']);

export function OutcomeList({ operation }: { operation: OperationDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const what = (o: OperationOutcome) =>
    [
      o.kind === 'seizure' && o.quantityKg !== null
        ? t('operations.outcomes.seized', {
            kg: formatNumber(o.quantityKg, lang),
            substance: o.substance ?? '—',
          })
        : o.substance,
      o.place,
      o.arrests !== null ? t('operations.outcomes.arrestsOf', { count: o.arrests }) : null,
      o.entityId,
      o.note,
    ]
      .filter(Boolean)
      .join(' · ') || '—';
  if (operation.outcomes.length === 0) return <p className="muted">{t('operations.outcomes.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="operation-outcomes">
        <caption className="visually-hidden">{t('operations.outcomes.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('operations.outcomes.columns.kind')}</th>
            <th scope="col">{t('operations.outcomes.columns.what')}</th>
            <th scope="col">{t('operations.outcomes.columns.incident')}</th>
            <th scope="col">{t('operations.outcomes.columns.leads')}</th>
            <th scope="col">{t('operations.outcomes.columns.by')}</th>
            <th scope="col">{t('cases.columns.marking')}</th>
          </tr>
        </thead>
        <tbody>
          {operation.outcomes.map((o) => (
            <tr key={o.id} data-outcome-kind={o.kind}>
              <td>{t(`operations.outcomes.kind.${o.kind}`)}</td>
              <td>{what(o)}</td>
              <td>
                {o.incidentId ? (
                  <a href={hrefFor(`/incidents/${encodeURIComponent(o.incidentId)}`)}>
                    {t('operations.outcomes.openIncident')}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {o.leadOutcomeIds.length > 0
                  ? t('operations.outcomes.leadOutcomes', { count: o.leadOutcomeIds.length })
                  : '—'}
              </td>
              <td className="nowrap">{formatDateTime(o.recordedAt, lang, 'short')}</td>
              <td>
                <MarkingBadge marking={o.marking} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A number typed in a field, or undefined when the field is empty or not a number. */
const numberOf = (text: string) =>
  text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text);

export function OutcomeForm({ operationId, onDone }: { operationId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<OutcomeKind>('seizure');
  const [substance, setSubstance] = useState('');
  const [kilograms, setKilograms] = useState('');
  const [place, setPlace] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [entityId, setEntityId] = useState('');
  const [arrests, setArrests] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const placed = PLACED.has(kind);

  const body = (): OutcomeRequest => {
    const at = { lat: numberOf(lat), lon: numberOf(lon) };
    return {
      kind,
      ...(kind === 'seizure' ? { substance: substance.trim(), quantityKg: numberOf(kilograms) } : {}),
      ...(placed ? { ...(place.trim() ? { place: place.trim() } : {}), ...at } : {}),
      ...(entityId.trim() ? { entityId: entityId.trim() } : {}),
      ...(kind === 'arrest' ? { arrests: numberOf(arrests) } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await recordOutcome(operationId, body());
      for (const clear of [
        setSubstance,
        setKilograms,
        setPlace,
        setLat,
        setLon,
        setEntityId,
        setArrests,
        setNote,
      ])
        clear('');
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
      aria-label={t('operations.outcomes.record')}
    >
      <div className="case-form-row">
        <label>
          {t('operations.outcomes.kindLabel')}
          <select
            value={kind}
            onChange={(e) => setKind(OUTCOME_KINDS.find((k) => k === e.target.value) ?? 'seizure')}
          >
            {OUTCOME_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`operations.outcomes.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'seizure' && (
          <>
            <label>
              {t('operations.outcomes.substance')}
              <input
                required
                maxLength={200}
                value={substance}
                onChange={(e) => setSubstance(e.target.value)}
              />
            </label>
            <label>
              {t('operations.outcomes.quantityKg')}
              <input
                required
                type="number"
                min={0}
                max={1_000_000}
                step="any"
                value={kilograms}
                onChange={(e) => setKilograms(e.target.value)}
              />
            </label>
          </>
        )}
        <label>
          {kind === 'entity_confirmed'
            ? t('operations.outcomes.entityId')
            : t('operations.outcomes.entityOptional')}
          <input
            required={kind === 'entity_confirmed'}
            maxLength={36}
            value={entityId}
            onChange={(e) => setEntityId(e.target.value)}
          />
        </label>
        {kind === 'arrest' && (
          <label>
            {t('operations.outcomes.arrests')}
            <input
              required
              type="number"
              min={0}
              max={10_000}
              step={1}
              value={arrests}
              onChange={(e) => setArrests(e.target.value)}
            />
          </label>
        )}
      </div>
      {placed && (
        <div className="case-form-row">
          <label>
            {t('operations.outcomes.place')}
            <input maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
          <label>
            {t('operations.outcomes.lat')}
            <input
              required
              type="number"
              min={-90}
              max={90}
              step="any"
              value={lat}
              onChange={(e) => setLat(e.target.value)}
            />
          </label>
          <label>
            {t('operations.outcomes.lon')}
            <input
              required
              type="number"
              min={-180}
              max={180}
              step="any"
              value={lon}
              onChange={(e) => setLon(e.target.value)}
            />
          </label>
        </div>
      )}
      <label>
        {t('operations.outcomes.note')}
        <input maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {placed && <p className="muted">{t('operations.outcomes.hint')}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('operations.outcomes.confirm')}
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

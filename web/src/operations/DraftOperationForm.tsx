/**
 * Drafting an operation on a case (POST /api/cases/{id}/operations), for the host nation's analysts and
 * commanders: the objective, the jurisdiction (a Mexican state, a municipality), the host units (agencies of the
 * host nation), the partner advisors attached (advisors of agencies that may see the case) and the leads it
 * follows (the case's own, or others by id). No tactical data. Saved as a draft, it opens on its own page.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAssignable, type CaseDetail } from '../api/case-endpoints.ts';
import { ApiError } from '../api/http.ts';
import { fetchAgencies } from '../api/identity-endpoints.ts';
import { draftOperation } from '../api/operation-endpoints.ts';
import { useAsync } from '../components/useAsync.ts';
import { useMe } from '../session/SessionContext.tsx';
import { navigate } from '../shell/router.ts';

/** The operations' territory (src/cases/operations.service.ts, TERRITORY): its agencies are the host units. */
const HOST_NATION = 'MEX';
const LEAD_ID = /^lead-[0-9a-f]{15}$/;

/** The 32 federal entities, offered as the jurisdiction's state (the server takes any name). */
const MEXICAN_STATES = [
  'Aguascalientes',
  'Baja California',
  'Baja California Sur',
  'Campeche',
  'Chiapas',
  'Chihuahua',
  'Ciudad de México',
  'Coahuila',
  'Colima',
  'Durango',
  'Estado de México',
  'Guanajuato',
  'Guerrero',
  'Hidalgo',
  'Jalisco',
  'Michoacán',
  'Morelos',
  'Nayarit',
  'Nuevo León',
  'Oaxaca',
  'Puebla',
  'Querétaro',
  'Quintana Roo',
  'San Luis Potosí',
  'Sinaloa',
  'Sonora',
  'Tabasco',
  'Tamaulipas',
  'Tlaxcala',
  'Veracruz',
  'Yucatán',
  'Zacatecas',
];

/** An analyst or a commander of the host nation: who drafts an operation and records its outcomes (docs/OPERATIONS.md). */
export const hostWorker = (me: { roles: readonly string[]; agency: { nation: string } }) =>
  me.agency.nation === HOST_NATION && (me.roles.includes('analyst') || me.roles.includes('commander'));

const toggle = (list: string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

export function DraftOperationForm({ theCase, onCancel }: { theCase: CaseDetail; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const agencies = useAsync((signal) => fetchAgencies(signal).catch(() => []), []);
  const people = useAsync((signal) => fetchAssignable(theCase.id, signal).catch(() => []), [theCase.id]);
  const hostAgencies =
    agencies.state.status === 'ready' ? agencies.state.data.filter((a) => a.nation === HOST_NATION) : [];
  const advisors =
    people.state.status === 'ready' ? people.state.data.filter((u) => u.roles.includes('advisor')) : [];
  const caseLeads = [...new Set(theCase.links.filter((l) => l.kind === 'lead').map((l) => l.targetId))];

  const [objective, setObjective] = useState('');
  const [state, setState] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [hostUnits, setHostUnits] = useState<string[]>([me.agency.code]);
  const [chosenAdvisors, setChosenAdvisors] = useState<string[]>([]);
  const [leadIds, setLeadIds] = useState<string[]>(caseLeads);
  const [otherLeads, setOtherLeads] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const typedLeads = otherLeads
    .split(/[\s,]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const drafted = await draftOperation(theCase.id, {
        objective: objective.trim(),
        state: state.trim(),
        ...(municipality.trim() ? { municipality: municipality.trim() } : {}),
        hostUnits,
        advisors: chosenAdvisors,
        leadIds: [...new Set([...leadIds, ...typedLeads])],
      });
      navigate(`/operations/${encodeURIComponent(drafted.id)}`);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
      setBusy(false);
    }
  };
  const ready =
    objective.trim() && state.trim() && hostUnits.length > 0 && typedLeads.every((l) => LEAD_ID.test(l));
  return (
    <form
      className="inline-form case-form operation-draft"
      onSubmit={(e) => void submit(e)}
      aria-label={t('operations.draft.label')}
    >
      <label>
        {t('operations.draft.objective')}
        <textarea
          required
          maxLength={2000}
          value={objective}
          autoFocus
          aria-describedby="operation-objective-hint"
          onChange={(e) => setObjective(e.target.value)}
        />
      </label>
      <p className="muted" id="operation-objective-hint">
        {t('operations.draft.objectiveHint')}
      </p>
      <div className="case-form-row">
        <label>
          {t('operations.draft.state')}
          <input
            required
            maxLength={100}
            list="operation-states"
            value={state}
            onChange={(e) => setState(e.target.value)}
          />
          <datalist id="operation-states">
            {MEXICAN_STATES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <label>
          {t('operations.draft.municipality')}
          <input maxLength={200} value={municipality} onChange={(e) => setMunicipality(e.target.value)} />
        </label>
      </div>
      <fieldset className="choices">
        <legend>{t('operations.draft.hostUnits')}</legend>
        {hostAgencies.map((a) => (
          <label key={a.code} className="check">
            <input
              type="checkbox"
              checked={hostUnits.includes(a.code)}
              onChange={(e) => setHostUnits(toggle(hostUnits, a.code, e.target.checked))}
            />
            <span>
              <span className="mono">{a.code}</span> · {i18n.language === 'es' ? a.nameEs : a.nameEn}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('operations.draft.advisors')}</legend>
        {advisors.length === 0 && <p className="muted">{t('operations.draft.noAdvisors')}</p>}
        {advisors.map((u) => (
          <label key={u.id} className="check">
            <input
              type="checkbox"
              checked={chosenAdvisors.includes(u.id)}
              onChange={(e) => setChosenAdvisors(toggle(chosenAdvisors, u.id, e.target.checked))}
            />
            <span>
              {u.displayName} <span className="muted mono">· {u.agency}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('operations.draft.leads')}</legend>
        {caseLeads.length === 0 && <p className="muted">{t('operations.draft.noLeads')}</p>}
        {caseLeads.map((leadId) => (
          <label key={leadId} className="check mono">
            <input
              type="checkbox"
              checked={leadIds.includes(leadId)}
              onChange={(e) => setLeadIds(toggle(leadIds, leadId, e.target.checked))}
            />
            {leadId}
          </label>
        ))}
        <label>
          {t('operations.draft.otherLeads')}
          <input value={otherLeads} maxLength={2000} onChange={(e) => setOtherLeads(e.target.value)} />
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !ready}>
          {t('operations.draft.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
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

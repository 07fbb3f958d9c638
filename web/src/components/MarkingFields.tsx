import { TLP_LEVELS, type Tlp } from '../api/types.ts';

const NATIONS = ['MEX', 'USA'] as const;

/** The fields of a marking as a form edits it: recipients are typed as a comma-separated list of agencies. */
export interface MarkingDraft {
  tlp: Tlp;
  releasableTo: string[];
  recipients: string;
}

/**
 * The TLP, the nations a record is releasable to and its named recipients, as form fields: one control for every
 * form that sets a marking (a marking change, an import's markings), so they read and behave alike. The labels
 * are the caller's (each form names them in its own words); `lockedNation` cannot be unticked (an import always
 * releases to its owner's nation).
 */
export function MarkingFields({
  value,
  onChange,
  labels,
  disabled = false,
  lockedNation,
}: {
  value: MarkingDraft;
  onChange: (next: MarkingDraft) => void;
  labels: { tlp: string; releasableTo: string; recipients: string };
  disabled?: boolean;
  lockedNation?: string;
}) {
  const { tlp, releasableTo, recipients } = value;
  return (
    <>
      <label>
        {labels.tlp}
        <select
          value={tlp}
          disabled={disabled}
          onChange={(e) =>
            onChange({ ...value, tlp: TLP_LEVELS.find((level) => level === e.target.value) ?? tlp })
          }
        >
          {TLP_LEVELS.map((level) => (
            <option key={level} value={level}>
              TLP:{level.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{labels.releasableTo}</legend>
        {NATIONS.map((nation) => (
          <label key={nation} className="check">
            <input
              type="checkbox"
              checked={releasableTo.includes(nation)}
              disabled={disabled || nation === lockedNation}
              onChange={(e) =>
                onChange({
                  ...value,
                  releasableTo: e.target.checked
                    ? [...releasableTo, nation]
                    : releasableTo.filter((n) => n !== nation),
                })
              }
            />
            {nation}
          </label>
        ))}
      </fieldset>
      <label>
        {labels.recipients}
        <input
          value={recipients}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, recipients: e.target.value })}
          placeholder="US-DEA, MX-FGR"
        />
      </label>
    </>
  );
}

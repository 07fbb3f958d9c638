import { useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import type { Tlp } from '../api/types.ts';
import { DateField } from '../components/DateField.tsx';
import { MarkingFields } from '../components/MarkingFields.tsx';
import { importQuery } from '../intake/upload.ts';
import { localizeRowError } from '../intake/row-errors.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor, navigate } from '../shell/router.ts';
import '../intake/intake.css';
import './evidence.css';

/** A refused record's problems by field, in the user's language. */
export type FieldProblems = Record<string, string[]>;

/**
 * The frame of the forms that record one incident or field report: the fields (the caller's), the markings to
 * apply as an import's (owned by the user's agency, always releasable to its nation), and the server's verdict —
 * the record's page once stored, else every field in error named beside its field and listed above the button.
 */
export function RecordForm({
  title,
  back,
  labels,
  send,
  children,
}: {
  title: string;
  back: { href: string; label: string };
  /** The field names the server uses, as the form labels them (for the list of problems). */
  labels: Record<string, string>;
  send: (query: ReturnType<typeof importQuery>) => Promise<{ id: string }>;
  children: (problems: FieldProblems) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const [marking, setMarking] = useState<{ tlp: Tlp; releasableTo: string[]; recipients: string }>({
    tlp: 'amber',
    releasableTo: [me.agency.nation],
    recipients: '',
  });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblems>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setProblems({});
    try {
      const recipients = marking.recipients
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean);
      const { id } = await send(importQuery({ ...marking, recipients }));
      navigate(`${back.href.replace(/^#/, '')}/${encodeURIComponent(id)}`);
    } catch (cause) {
      if (cause instanceof ApiError && cause.fieldErrors.length > 0) {
        const byField: FieldProblems = {};
        for (const problem of cause.fieldErrors)
          (byField[problem.field] ??= []).push(localizeRowError(problem, t, lang));
        setProblems(byField);
        setError(t('incidents.form.invalid'));
      } else setError(cause instanceof ApiError ? cause.localized(lang) : t('errors.generic'));
      setSaving(false);
    }
  };
  const listed = Object.entries(problems);
  return (
    <section className="panel" aria-labelledby="record-form-title">
      <p>
        <a href={hrefFor(back.href.replace(/^#/, ''))}>{back.label}</a>
      </p>
      <h1 id="record-form-title">{title}</h1>
      <p className="muted">{t('incidents.form.intro')}</p>
      <form className="intake-form record-form" onSubmit={(e) => void submit(e)} noValidate>
        {children(problems)}
        <fieldset className="intake-markings">
          <legend>{t('intake.markings')}</legend>
          <MarkingFields
            value={marking}
            onChange={setMarking}
            labels={{
              tlp: t('intake.tlp'),
              releasableTo: t('intake.releasableTo'),
              recipients: t('intake.recipients'),
            }}
            disabled={saving}
            lockedNation={me.agency.nation}
          />
        </fieldset>
        {error && (
          <div role="alert" className="form-error" data-testid="record-errors">
            <p>{error}</p>
            {listed.length > 0 && (
              <ul>
                {listed.flatMap(([field, messages]) =>
                  messages.map((message) => (
                    <li key={`${field}:${message}`}>
                      {t('incidents.form.fieldError', { field: labels[field] ?? field, message })}
                    </li>
                  )),
                )}
              </ul>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('incidents.form.saving') : t('incidents.form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A text field of a record form, marked invalid (and described by its problems) when the server refused it. */
export function TextField({
  name,
  label,
  value,
  onChange,
  problems,
  multiline = false,
  required = false,
  inputMode,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: FieldProblems;
  multiline?: boolean;
  required?: boolean;
  inputMode?: 'decimal' | 'text';
}) {
  const own = problems[name];
  const describedBy = own ? `${name}-problems` : undefined;
  const common = {
    name,
    value,
    required,
    'aria-invalid': own ? true : undefined,
    'aria-describedby': describedBy,
  };
  // the problem is outside the label: it describes the field (aria-describedby), it is not part of its name
  return (
    <div className="record-field">
      <label>
        {label}
        {multiline ? (
          <textarea {...common} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
        )}
      </label>
      {own && (
        <span id={describedBy} className="field-problem">
          {own.join('; ')}
        </span>
      )}
    </div>
  );
}

/** A select of a record form: a choice of a closed vocabulary, named in the user's language. */
export function ChoiceField({
  name,
  label,
  value,
  onChange,
  options,
  problems,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  problems: FieldProblems;
}) {
  const { t } = useTranslation();
  const own = problems[name];
  return (
    <div className="record-field">
      <label>
        {label}
        <select
          name={name}
          value={value}
          aria-invalid={own ? true : undefined}
          aria-describedby={own ? `${name}-problems` : undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('incidents.form.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {own && (
        <span id={`${name}-problems`} className="field-problem">
          {own.join('; ')}
        </span>
      )}
    </div>
  );
}

/** The labels of the fields every record has (where it happened, and what), by the server's names. */
export const sharedLabels = (t: TFunction) => ({
  lat: t('incidents.form.lat'),
  lon: t('incidents.form.lon'),
  place: t('incidents.form.place'),
  narrative: t('incidents.form.narrative'),
});

/**
 * When a record happened: the day (required) and an optional time, sent as one instant (`instantOf`) under
 * `name`, whose problems are named below the day.
 */
export function InstantFields({
  name,
  label,
  values,
  onChange,
  problems,
}: {
  name: string;
  label: string;
  values: { day: string; time: string };
  onChange: (key: 'day' | 'time') => (value: string) => void;
  problems: FieldProblems;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        <DateField required label={label} value={values.day} onChange={onChange('day')} />
        {problems[name] && <span className="field-problem">{problems[name].join('; ')}</span>}
      </div>
      <TextField
        name="time"
        label={t('incidents.form.time')}
        value={values.time}
        onChange={onChange('time')}
        problems={{}}
      />
    </>
  );
}

/** Where a record happened: latitude and longitude (decimal) and the place's name, as the CSV's columns. */
export function PlaceFields({
  values,
  onChange,
  labels,
  problems,
}: {
  values: { lat: string; lon: string; place: string };
  onChange: (key: 'lat' | 'lon' | 'place') => (value: string) => void;
  labels: Record<string, string>;
  problems: FieldProblems;
}) {
  return (
    <>
      {(['lat', 'lon', 'place'] as const).map((key) => (
        <TextField
          key={key}
          name={key}
          label={labels[key]!}
          value={values[key]}
          onChange={onChange(key)}
          problems={problems}
          inputMode={key === 'place' ? undefined : 'decimal'}
        />
      ))}
    </>
  );
}

/** The instant of a day (the date field's ISO day) and an optional HH:MM in the browser's time zone. */
export function instantOf(day: string, time: string): string {
  if (!day) return '';
  const clock = time.trim();
  if (!clock) return day;
  const at = new Date(`${day}T${clock.length === 4 ? `0${clock}` : clock}:00`);
  return Number.isNaN(at.getTime()) ? `${day}T${clock}` : at.toISOString();
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import type { MarkingChange, Tlp } from '../api/types.ts';
import { useMe } from '../session/SessionContext.tsx';
import { MarkingFields } from '../components/MarkingFields.tsx';
import { ImportResult } from './ImportResult.tsx';
import { IMPORT_KINDS, IMPORT_ROLES, uploadImport, type ImportKind, type ImportOutcome } from './upload.ts';
import './intake.css';
import { FIELD_REPORT_COLUMNS, INCIDENT_COLUMNS } from '../../../src/shared/evidence.ts';

/** The header each CSV format requires (docs/BRIEF "file formats"), shown before the file is chosen. */
const COLUMNS: Record<Exclude<ImportKind, 'epcis'>, string> = {
  declarations:
    'declaration_id, line_no, declared_at, port_locode, customs_office, origin_country, vessel_imo, container_no, bill_of_lading, importer_name, importer_rfc, importer_address, consignee_name, consignee_rfc, consignee_address, broker_name, hs_code, goods_description, cas_number, smiles, quantity_kg, declared_value_usd, permit_id, destination',
  permits:
    'permit_id, holder_rfc, holder_name, substance_cas, max_kg_per_year, valid_from, valid_to, site_id',
  locations: 'location_id, name, kind, lat, lon, operator_rfc',
  incidents: INCIDENT_COLUMNS.join(', '),
  fieldReports: FIELD_REPORT_COLUMNS.join(', '),
};

type Phase = { step: 'idle' } | { step: 'uploading'; fraction: number } | { step: 'processing' };

/**
 * Intake: one import file at a time, its markings chosen before it leaves the browser (BRIEF "Markings on
 * import"), a progress bar while it uploads, then the summary and the rows with errors, on screen and as a CSV.
 */
export function IntakeView() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const ids = useId();
  const allowed = IMPORT_KINDS.filter((kind) => IMPORT_ROLES[kind].some((role) => me.roles.includes(role)));
  const [kind, setKind] = useState<ImportKind>(allowed[0] ?? 'declarations');
  const [file, setFile] = useState<File | null>(null);
  const [tlp, setTlp] = useState<Tlp>('amber');
  const [releasableTo, setReleasableTo] = useState<string[]>([me.agency.nation]);
  const [recipients, setRecipients] = useState('');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ file: string; result: ImportOutcome } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(t('intake.chooseFile'));
      return;
    }
    const marking: MarkingChange = {
      tlp,
      releasableTo,
      recipients: recipients
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
    };
    setError(null);
    setOutcome(null);
    setPhase({ step: 'uploading', fraction: 0 });
    try {
      const result = await uploadImport(kind, file, marking, (fraction) =>
        setPhase(fraction >= 1 ? { step: 'processing' } : { step: 'uploading', fraction }),
      );
      setOutcome({ file: file.name, result });
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
    } finally {
      setPhase({ step: 'idle' });
    }
  };

  if (allowed.length === 0)
    return (
      <section className="panel" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`}>{t('intake.title')}</h1>
        <p>{t('intake.notAllowed')}</p>
      </section>
    );

  const busy = phase.step !== 'idle';
  return (
    <section className="panel intake" aria-labelledby={`${ids}-title`}>
      <header className="panel-head">
        <h1 id={`${ids}-title`}>{t('intake.title')}</h1>
      </header>
      <p className="muted">{t('intake.intro')}</p>
      <form className="intake-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('intake.kindLabel')}
          <select
            value={kind}
            onChange={(e) => setKind(allowed.find((k) => k === e.target.value) ?? kind)}
            disabled={busy}
          >
            {allowed.map((k) => (
              <option key={k} value={k}>
                {t(`intake.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted intake-format" id={`${ids}-format`}>
          {kind === 'epcis' ? (
            t('intake.epcisHint')
          ) : (
            // the file's header, exactly as it must be written: code, not words to translate
            <>
              {t('intake.columns')} <code>{COLUMNS[kind]}</code>
            </>
          )}
        </p>
        <label>
          {t('intake.file')}
          <input
            type="file"
            accept={kind === 'epcis' ? '.json,.jsonld,application/json,application/ld+json' : '.csv,text/csv'}
            aria-describedby={`${ids}-format`}
            disabled={busy}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <fieldset className="intake-markings">
          <legend>{t('intake.markings')}</legend>
          <MarkingFields
            value={{ tlp, releasableTo, recipients }}
            onChange={(next) => {
              setTlp(next.tlp);
              setReleasableTo(next.releasableTo);
              setRecipients(next.recipients);
            }}
            labels={{
              tlp: t('intake.tlp'),
              releasableTo: t('intake.releasableTo'),
              recipients: t('intake.recipients'),
            }}
            disabled={busy}
            lockedNation={me.agency.nation}
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('intake.upload')}
          </button>
        </div>
      </form>
      {busy && (
        <div className="intake-progress" role="status" aria-live="polite">
          <progress
            aria-label={t('intake.progress')}
            max={1}
            value={phase.step === 'uploading' ? phase.fraction : undefined}
          />
          <span>{phase.step === 'uploading' ? t('intake.uploading') : t('intake.processing')}</span>
        </div>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {outcome && <ImportResult file={outcome.file} outcome={outcome.result} />}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INDICATORS,
  RELIABILITY_GRADES,
  SOURCE_TYPES,
  CREDIBILITY_GRADES,
} from '../../../src/shared/evidence.ts';
import { recordFieldReport } from '../api/evidence-endpoints.ts';
import {
  ChoiceField,
  instantOf,
  InstantFields,
  PlaceFields,
  RecordForm,
  sharedLabels,
  TextField,
} from './RecordForm.tsx';

/** Records one field report: a row of the field reports CSV, graded on the Admiralty scale, checked as that row. */
export function FieldReportForm() {
  const { t } = useTranslation();
  const [v, setV] = useState({
    report_id: '',
    day: '',
    time: '',
    lat: '',
    lon: '',
    place: '',
    source_type: '',
    reliability: '',
    credibility: '',
    narrative: '',
  });
  const [indicators, setIndicators] = useState<string[]>([]);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const labels: Record<string, string> = {
    ...sharedLabels(t),
    report_id: t('incidents.form.reportId'),
    observed_at: t('incidents.form.observedAt'),
    source_type: t('incidents.form.sourceType'),
    reliability: t('incidents.form.reliability'),
    credibility: t('incidents.form.credibility'),
    indicators: t('incidents.form.indicators'),
  };
  const { day, time, ...fields } = v;
  return (
    <RecordForm
      title={t('incidents.record.fieldReport')}
      back={{ href: '#/field-reports', label: t('incidents.backReports') }}
      labels={labels}
      send={(query) => recordFieldReport({ ...fields, observed_at: instantOf(day, time), indicators }, query)}
    >
      {(problems) => (
        <>
          <div className="form-grid">
            <TextField
              name="report_id"
              label={labels.report_id!}
              value={v.report_id}
              onChange={set('report_id')}
              problems={problems}
              required
            />
            <InstantFields
              name="observed_at"
              label={labels.observed_at!}
              values={v}
              onChange={set}
              problems={problems}
            />
            <PlaceFields values={v} onChange={set} labels={labels} problems={problems} />
            <ChoiceField
              name="source_type"
              label={labels.source_type!}
              value={v.source_type}
              onChange={set('source_type')}
              options={SOURCE_TYPES.map((s) => ({ value: s, label: t(`incidents.sourceType.${s}`) }))}
              problems={problems}
            />
            <ChoiceField
              name="reliability"
              label={labels.reliability!}
              value={v.reliability}
              onChange={set('reliability')}
              options={RELIABILITY_GRADES.map((g) => ({ value: g, label: t(`incidents.reliability.${g}`) }))}
              problems={problems}
            />
            <ChoiceField
              name="credibility"
              label={labels.credibility!}
              value={v.credibility}
              onChange={set('credibility')}
              options={CREDIBILITY_GRADES.map((g) => ({
                value: String(g),
                label: t(`incidents.credibility.${g}`),
              }))}
              problems={problems}
            />
          </div>
          <fieldset
            className="indicators"
            aria-describedby={problems.indicators ? 'indicators-problems' : undefined}
          >
            <legend>{labels.indicators}</legend>
            {INDICATORS.map((indicator) => (
              <label key={indicator} className="check">
                <input
                  type="checkbox"
                  checked={indicators.includes(indicator)}
                  onChange={(e) =>
                    setIndicators((old) =>
                      e.target.checked ? [...old, indicator] : old.filter((i) => i !== indicator),
                    )
                  }
                />
                {t(`incidents.indicator.${indicator}`)}
              </label>
            ))}
            {problems.indicators && (
              <span id="indicators-problems" className="field-problem">
                {problems.indicators.join('; ')}
              </span>
            )}
          </fieldset>
          <TextField
            name="narrative"
            label={labels.narrative!}
            value={v.narrative}
            onChange={set('narrative')}
            problems={problems}
            multiline
          />
        </>
      )}
    </RecordForm>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS } from '../../../src/shared/evidence.ts';
import { recordIncident } from '../api/evidence-endpoints.ts';
import { DateField } from '../components/DateField.tsx';
import { ChoiceField, instantOf, RecordForm, TextField } from './RecordForm.tsx';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Records one incident: the columns of a row of the incidents CSV, checked by the server as that row would be. */
export function IncidentForm() {
  const { t } = useTranslation();
  const [v, setV] = useState({
    incident_id: '',
    kind: '',
    day: '',
    time: '',
    lat: '',
    lon: '',
    place: '',
    substance_cas: '',
    substance_name: '',
    quantity_kg: '',
    bill_of_lading: '',
    container_no: '',
    party_names: '',
    party_rfcs: '',
    narrative: '',
  });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const labels: Record<string, string> = {
    incident_id: t('incidents.form.incidentId'),
    kind: t('incidents.form.kind'),
    occurred_at: t('incidents.form.occurredAt'),
    lat: t('incidents.form.lat'),
    lon: t('incidents.form.lon'),
    place: t('incidents.form.place'),
    substance_cas: t('incidents.form.substanceCas'),
    substance_name: t('incidents.form.substanceName'),
    quantity_kg: t('incidents.form.quantityKg'),
    bill_of_lading: t('incidents.form.billOfLading'),
    container_no: t('incidents.form.containerNo'),
    party_names: t('incidents.form.partyNames'),
    party_rfcs: t('incidents.form.partyRfcs'),
    narrative: t('incidents.form.narrative'),
  };
  return (
    <RecordForm
      title={t('incidents.record.incident')}
      back={{ href: '#/incidents', label: t('incidents.backIncidents') }}
      labels={labels}
      send={(query) =>
        recordIncident(
          {
            incident_id: v.incident_id,
            kind: v.kind,
            occurred_at: instantOf(v.day, v.time),
            lat: v.lat,
            lon: v.lon,
            place: v.place,
            substance_cas: v.substance_cas,
            substance_name: v.substance_name,
            quantity_kg: v.quantity_kg,
            bill_of_lading: v.bill_of_lading,
            container_no: v.container_no,
            party_names: lines(v.party_names),
            party_rfcs: lines(v.party_rfcs),
            narrative: v.narrative,
          },
          query,
        )
      }
    >
      {(problems) => {
        const text = (key: keyof typeof v & string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
          <TextField
            name={key}
            label={labels[key]!}
            value={v[key]}
            onChange={set(key)}
            problems={problems}
            {...extra}
          />
        );
        return (
          <>
            <div className="form-grid">
              {text('incident_id', { required: true })}
              <ChoiceField
                name="kind"
                label={labels.kind!}
                value={v.kind}
                onChange={set('kind')}
                options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kind.${k}`) }))}
                problems={problems}
              />
              <div>
                <DateField required label={labels.occurred_at!} value={v.day} onChange={set('day')} />
                {problems.occurred_at && (
                  <span className="field-problem">{problems.occurred_at.join('; ')}</span>
                )}
              </div>
              <TextField
                name="time"
                label={t('incidents.form.time')}
                value={v.time}
                onChange={set('time')}
                problems={{}}
              />
              {text('lat', { inputMode: 'decimal' })}
              {text('lon', { inputMode: 'decimal' })}
              {text('place')}
              {text('substance_cas')}
              {text('substance_name')}
              {text('quantity_kg', { inputMode: 'decimal' })}
              {text('bill_of_lading')}
              {text('container_no')}
            </div>
            {text('party_rfcs', { multiline: true })}
            {text('party_names', { multiline: true })}
            {text('narrative', { multiline: true })}
          </>
        );
      }}
    </RecordForm>
  );
}

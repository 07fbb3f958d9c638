import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS } from '../../../src/shared/evidence.ts';
import { recordIncident } from '../api/evidence-endpoints.ts';
import {
  ChoiceField,
  instantOf,
  InstantFields,
  PlaceFields,
  RecordForm,
  sharedLabels,
  TextField,
} from './RecordForm.tsx';

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
    ...sharedLabels(t),
    incident_id: t('incidents.form.incidentId'),
    kind: t('incidents.form.kind'),
    occurred_at: t('incidents.form.occurredAt'),
    substance_cas: t('incidents.form.substanceCas'),
    substance_name: t('incidents.form.substanceName'),
    quantity_kg: t('incidents.form.quantityKg'),
    bill_of_lading: t('incidents.form.billOfLading'),
    container_no: t('incidents.form.containerNo'),
    party_names: t('incidents.form.partyNames'),
    party_rfcs: t('incidents.form.partyRfcs'),
  };
  const { day, time, ...fields } = v;
  return (
    <RecordForm
      title={t('incidents.record.incident')}
      back={{ href: '#/incidents', label: t('incidents.backIncidents') }}
      labels={labels}
      send={(query) =>
        recordIncident(
          {
            ...fields,
            occurred_at: instantOf(day, time),
            party_names: lines(v.party_names),
            party_rfcs: lines(v.party_rfcs),
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
              <InstantFields
                name="occurred_at"
                label={labels.occurred_at!}
                values={v}
                onChange={set}
                problems={problems}
              />
              <PlaceFields values={v} onChange={set} labels={labels} problems={problems} />
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

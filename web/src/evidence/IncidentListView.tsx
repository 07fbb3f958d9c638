import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS } from '../../../src/shared/evidence.ts';
import { fetchIncidents } from '../api/evidence-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { formatDateTime, formatKilograms } from '../format.ts';
import { hrefFor } from '../shell/router.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { incidentTable } from './exports.ts';
import { placeText } from './place-text.ts';

/** Incidents the user may see, latest first, filtered by kind and days (in the URL), each leading to its page. */
export function IncidentListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <EvidenceList
      search={search}
      list="incidents"
      choice={{
        name: 'kind',
        values: INCIDENT_KINDS,
        label: t('incidents.filters.kind'),
        optionLabel: (kind) => t(`incidents.kind.${kind}`),
      }}
      load={fetchIncidents}
      exportTable={(filters, progress) => incidentTable(t, filters, progress)}
      text={{
        title: t('incidents.incidents'),
        record: t('incidents.record.incident'),
        exportFile: t('incidents.export.incidentsFile'),
        empty: t('incidents.emptyIncidents'),
      }}
      columns={[
        t('incidents.columns.incident'),
        t('incidents.columns.kind'),
        t('incidents.columns.when'),
        t('incidents.columns.place'),
        t('incidents.columns.substance'),
        t('incidents.columns.quantity'),
        t('incidents.columns.consignment'),
        t('incidents.columns.marking'),
      ]}
      row={(incident) => (
        <tr data-incident-id={incident.id}>
          <td className="mono">
            <a href={hrefFor(`/incidents/${encodeURIComponent(incident.id)}`)}>{incident.incidentId}</a>
          </td>
          <td>
            <span className={`chip incident-${incident.kind}`}>{t(`incidents.kind.${incident.kind}`)}</span>
          </td>
          <td className="nowrap">{formatDateTime(incident.occurredAt, lang)}</td>
          <td>{placeText(incident, lang)}</td>
          <td>{incident.substanceName ?? incident.substanceCas ?? '—'}</td>
          <td className="num">{formatKilograms(incident.quantityKg, lang)}</td>
          <td className="mono">
            {incident.billOfLading ? (
              <a href={hrefFor(`/consignments/${encodeURIComponent(incident.billOfLading)}`)}>
                {incident.billOfLading}
              </a>
            ) : (
              '—'
            )}
          </td>
          <td>
            <MarkingBadge marking={incident.marking} compact />
          </td>
        </tr>
      )}
    />
  );
}

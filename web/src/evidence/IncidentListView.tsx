import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS } from '../../../src/shared/evidence.ts';
import { fetchIncidents } from '../api/evidence-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { AsyncContent } from '../components/States.tsx';
import { today } from '../components/csv.ts';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatKilograms } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { EvidenceFilters } from './EvidenceFilters.tsx';
import { EvidenceTabs } from './EvidenceTabs.tsx';
import { incidentTable } from './exports.ts';
import { goToQuery, PAGE_SIZE, readQuery } from './list-query.ts';
import { placeText } from './place-text.ts';
import { recordsEvidence } from './roles.ts';
import '../intake/intake.css';

/** Incidents the user may see, latest first, filtered by kind and days (in the URL), each leading to its page. */
export function IncidentListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const query = readQuery(search, 'kind', INCIDENT_KINDS);
  const filters = {
    ...(query.choice ? { kind: query.choice } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  const { state, retry } = useAsync(
    (signal) =>
      fetchIncidents({ ...filters, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }, signal),
    [query.choice, query.from, query.to, query.page],
  );
  return (
    <section className="panel" aria-labelledby="incidents-title">
      <EvidenceTabs current="incidents" />
      <header className="panel-head">
        <h1 id="incidents-title">{t('incidents.incidents')}</h1>
        {recordsEvidence(me.roles) && (
          <a className="button-link" href={hrefFor('/incidents/new')}>
            {t('incidents.record.incident')}
          </a>
        )}
        <ExportButton
          filename={`${t('incidents.export.incidentsFile')}-${today()}.csv`}
          load={(progress) => incidentTable(t, filters, progress)}
        />
      </header>
      <EvidenceFilters
        label={t('incidents.filters.kind')}
        query={query}
        options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kind.${k}`) }))}
        onChange={(next) => goToQuery('/incidents', 'kind', next)}
      />
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('incidents.emptyIncidents'), hint: t('incidents.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('incidents.incidents')}</caption>
                <ColumnHeads
                  labels={[
                    t('incidents.columns.incident'),
                    t('incidents.columns.kind'),
                    t('incidents.columns.when'),
                    t('incidents.columns.place'),
                    t('incidents.columns.substance'),
                    t('incidents.columns.quantity'),
                    t('incidents.columns.consignment'),
                    t('incidents.columns.marking'),
                  ]}
                />
                <tbody>
                  {data.items.map((incident) => (
                    <tr key={incident.id} data-incident-id={incident.id}>
                      <td className="mono">
                        <a href={hrefFor(`/incidents/${encodeURIComponent(incident.id)}`)}>
                          {incident.incidentId}
                        </a>
                      </td>
                      <td>
                        <span className={`chip incident-${incident.kind}`}>
                          {t(`incidents.kind.${incident.kind}`)}
                        </span>
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
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={query.page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onPage={(page) => goToQuery('/incidents', 'kind', { ...query, page })}
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { fetchIncident, type IncidentDetail } from '../api/evidence-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { ReceivedCopy } from '../sharing/ReceivedCopy.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatKilograms } from '../format.ts';
import { hrefFor } from '../shell/router.ts';
import { Fact } from './Fact.tsx';
import { coordinatesText } from './place-text.ts';
import '../intake/intake.css';

/** The parties an incident names, each RFC and name linked to the entity it resolved into when the user may read one. */
function Parties({ parties }: { parties: IncidentDetail['parties'] }) {
  const { t } = useTranslation();
  if (parties.length === 0) return <p className="muted">{t('incidents.detail.noParties')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="incident-parties">
        <caption className="visually-hidden">{t('incidents.detail.parties')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('incidents.detail.parties')}</th>
            <th scope="col">{t('incidents.detail.entity')}</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr key={`${party.by}:${party.value}`}>
              <td>
                <span className="muted">
                  {party.by === 'rfc' ? t('incidents.detail.partyRfc') : t('incidents.detail.partyName')}
                </span>{' '}
                <span className={party.by === 'rfc' ? 'mono' : undefined}>{party.value}</span>
              </td>
              <td>
                {party.entityId ? (
                  <a href={hrefFor(`/entities/${encodeURIComponent(party.entityId)}`)}>
                    {t('incidents.detail.openEntity')}
                  </a>
                ) : (
                  <span className="muted">{t('incidents.detail.notResolved')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One incident: what, when and where, the substance and quantity, its consignment and parties, its marking. */
export function IncidentView({ incidentId }: { incidentId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { state, retry } = useAsync((signal) => fetchIncident(incidentId, signal), [incidentId]);
  return (
    <section className="panel" aria-labelledby="incident-title">
      <p>
        <a href={hrefFor('/incidents')}>{t('incidents.backIncidents')}</a>
      </p>
      <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: '' }}>
        {(incident) => (
          <article>
            <header className="panel-head">
              <h1 id="incident-title">{t('incidents.incidentTitle', { id: incident.incidentId })}</h1>
              <span className={`chip incident-${incident.kind}`}>{t(`incidents.kind.${incident.kind}`)}</span>
              <MarkingBadge marking={incident.marking} />
            </header>
            <ReceivedCopy id={incident.id} marking={incident.marking} />
            <dl className="permit-facts">
              <Fact label={t('incidents.detail.occurred')}>{formatDateTime(incident.occurredAt, lang)}</Fact>
              <Fact label={t('incidents.detail.place')}>
                {incident.place ?? t('incidents.detail.none')}
                <br />
                <span className="muted">
                  {coordinatesText(incident, lang)} · {t(`incidents.placedBy.${incident.placedBy}`)}
                </span>
              </Fact>
              <Fact label={t('incidents.detail.substance')}>
                {incident.substanceName || incident.substanceCas ? (
                  <>
                    {incident.substanceName}{' '}
                    {incident.substanceCas && <span className="mono">{incident.substanceCas}</span>}
                  </>
                ) : (
                  t('incidents.detail.none')
                )}
              </Fact>
              <Fact label={t('incidents.detail.quantity')}>{formatKilograms(incident.quantityKg, lang)}</Fact>
              <Fact label={t('incidents.detail.consignment')}>
                {incident.billOfLading ? (
                  <a
                    className="mono"
                    href={hrefFor(`/consignments/${encodeURIComponent(incident.billOfLading)}`)}
                  >
                    {incident.billOfLading}
                  </a>
                ) : (
                  t('incidents.detail.none')
                )}
              </Fact>
              <Fact label={t('incidents.detail.container')}>
                {incident.containerNo ? (
                  <span className="mono">{incident.containerNo}</span>
                ) : (
                  t('incidents.detail.none')
                )}
              </Fact>
              <Fact label={t('incidents.detail.imported')}>{formatDateTime(incident.importedAt, lang)}</Fact>
            </dl>
            <h2>{t('incidents.detail.parties')}</h2>
            <Parties parties={incident.parties} />
            <h2>{t('incidents.detail.narrative')}</h2>
            <p className="report-body">{incident.narrative || t('incidents.detail.noNarrative')}</p>
          </article>
        )}
      </AsyncContent>
    </section>
  );
}

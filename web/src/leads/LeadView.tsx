import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fetchLead, type LeadDetail } from '../api/lead-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { Fact } from '../evidence/Fact.tsx';
import { formatDateTime, formatNumber } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { resolveRecordKeys, staticHref } from './evidence-links.ts';
import { DecisionForm, OutcomeForm } from './LeadForms.tsx';
import { decidesLeads, endOfDay, readLeadQuery } from './lead-query.ts';
import '../intake/intake.css';

type Piece = LeadDetail['lead']['evidence'][number];

/** What a piece is (the API's code: a status, a kind, a grading and source type, an outcome) in words. */
function whatText(t: TFunction, piece: Piece): string {
  switch (piece.kind) {
    case 'consignment':
      return t(`leads.status.${piece.what}`, { defaultValue: piece.what });
    case 'finding':
      return t(`kind.${piece.what}`, { defaultValue: piece.what });
    case 'incident':
      return t(`incidents.kind.${piece.what}`, { defaultValue: piece.what });
    case 'field_report': {
      const [grade = '', source = ''] = piece.what.split(' ');
      return t('leads.grading', {
        grade,
        source: t(`incidents.sourceType.${source}`, { defaultValue: source }),
      });
    }
    case 'outcome':
      return t(`leads.outcome.${piece.what}`, { defaultValue: piece.what });
  }
}

/** A finding is cited as `<bill of lading>/<kind>`: its consignment names it, its kind is said in words beside. */
const recordText = (piece: Piece) => (piece.kind === 'finding' ? piece.id.split('/')[0] : piece.id);

/** The lead's evidence, each piece with what it contributed and a link to its record where the app has a page. */
function EvidenceTable({ evidence }: { evidence: LeadDetail['lead']['evidence'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const keys = useAsync((signal) => resolveRecordKeys(evidence, signal), [evidence]);
  const resolved = keys.state.status === 'ready' ? keys.state.data : new Map<string, string>();
  if (evidence.length === 0) return <p className="muted">{t('leads.noEvidence')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="lead-evidence">
        <caption className="visually-hidden">{t('leads.evidence')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leads.evidenceColumns.kind')}</th>
            <th scope="col">{t('leads.evidenceColumns.record')}</th>
            <th scope="col">{t('leads.evidenceColumns.what')}</th>
            <th scope="col">{t('leads.evidenceColumns.when')}</th>
            <th scope="col" className="num">
              {t('leads.evidenceColumns.weight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((piece) => {
            const href = staticHref(piece) ?? resolved.get(`${piece.kind}:${piece.id}`) ?? null;
            return (
              <tr
                key={`${piece.kind}:${piece.id}`}
                data-evidence-kind={piece.kind}
                data-evidence-id={piece.id}
              >
                <td>{t(`leads.kind.${piece.kind}`)}</td>
                <td className="mono">
                  {href ? <a href={hrefFor(href)}>{recordText(piece)}</a> : recordText(piece)}
                </td>
                <td>{whatText(t, piece)}</td>
                <td className="nowrap">{formatDateTime(piece.at, lang, 'short')}</td>
                <td className="num">{formatNumber(piece.weight, lang, 3)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function History({ detail }: { detail: LeadDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <h2>{t('leads.decisions')}</h2>
      {detail.decisions.length === 0 ? (
        <p className="muted">{t('leads.noDecisions')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="lead-decisions">
            <caption className="visually-hidden">{t('leads.decisions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('leads.decisionColumns.action')}</th>
                <th scope="col">{t('leads.decisionColumns.reason')}</th>
                <th scope="col">{t('leads.decisionColumns.by')}</th>
                <th scope="col">{t('leads.decisionColumns.when')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.decisions.map((d) => (
                <tr key={d.id}>
                  <td>
                    {t(`leads.action.${d.action}`)}
                    {d.mergedInto && (
                      <>
                        {' '}
                        <a className="mono" href={hrefFor(`/leads/${d.mergedInto}`)}>
                          {t('leads.mergedInto', { leadId: d.mergedInto })}
                        </a>
                      </>
                    )}
                  </td>
                  <td>{d.reason}</td>
                  <td>{d.decidedByName ?? d.decidedBy}</td>
                  <td className="nowrap">{formatDateTime(d.decidedAt, lang, 'short')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('leads.outcomes')}</h2>
      {detail.outcomes.length === 0 ? (
        <p className="muted">{t('leads.noOutcomes')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="lead-outcomes">
            <caption className="visually-hidden">{t('leads.outcomes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('leads.outcomeColumns.outcome')}</th>
                <th scope="col">{t('leads.outcomeColumns.note')}</th>
                <th scope="col">{t('leads.outcomeColumns.when')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.outcomes.map((o) => (
                <tr key={o.id}>
                  <td>{t(`leads.outcome.${o.outcome}`)}</td>
                  <td>{o.note || '—'}</td>
                  <td className="nowrap">{formatDateTime(o.observedAt, lang, 'short')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** One lead: where and how strong, the evidence behind it, what was decided and found, and (for deciders) the forms. */
export function LeadView({ leadId, search }: { leadId: string; search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const { asOf } = readLeadQuery(search);
  const { state, retry } = useAsync(
    (signal) => fetchLead(leadId, asOf ? endOfDay(asOf) : undefined, signal),
    [leadId, asOf],
  );
  return (
    <section className="panel" aria-labelledby="lead-title">
      <p>
        <a href={hrefFor('/leads', asOf ? { asOf } : {})}>{t('leads.back')}</a>
      </p>
      <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: '' }}>
        {(detail) => (
          <article>
            <header className="panel-head">
              <h1 id="lead-title">{t('leads.title', { rank: formatNumber(detail.lead.rank, lang) })}</h1>
              {detail.decisions[0] && (
                <span className={`chip lead-${detail.decisions[0].action}`}>
                  {t(`leads.action.${detail.decisions[0].action}`)}
                </span>
              )}
              {detail.decisions[0] && <MarkingBadge marking={detail.decisions[0].marking} />}
            </header>
            <dl className="permit-facts">
              <Fact label={t('leads.facts.lead')}>
                <span className="mono">{detail.lead.leadId}</span>
              </Fact>
              <Fact label={t('leads.facts.score')}>{formatNumber(detail.lead.score, lang, 2)}</Fact>
              <Fact label={t('leads.facts.area')}>
                {t('leads.areaValue', { area: formatNumber(detail.lead.areaKm2, lang, 2) })}
              </Fact>
              <Fact label={t('leads.facts.centre')}>
                {formatNumber(detail.lead.lat, lang, 4)}, {formatNumber(detail.lead.lon, lang, 4)}
              </Fact>
              {detail.lead.z !== undefined && (
                <Fact label={t('leads.facts.significance')}>
                  {formatNumber(detail.lead.z, lang, 2)}, {formatNumber(detail.lead.p ?? null, lang, 3)}
                </Fact>
              )}
              <Fact label={t('leads.asOf')}>{formatDateTime(detail.asOf, lang)}</Fact>
            </dl>
            <h2>{t('leads.evidence')}</h2>
            <EvidenceTable evidence={detail.lead.evidence} />
            <History detail={detail} />
            {decidesLeads(me.roles) ? (
              <div className="lead-forms">
                <DecisionForm leadId={detail.lead.leadId} onDone={retry} />
                <OutcomeForm leadId={detail.lead.leadId} onDone={retry} />
              </div>
            ) : (
              <p className="muted">{t('leads.advisorNote')}</p>
            )}
          </article>
        )}
      </AsyncContent>
    </section>
  );
}

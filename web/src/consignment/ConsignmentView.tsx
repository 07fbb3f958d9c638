import { useTranslation } from 'react-i18next';
import type { Consignment, CustodyEvent } from '../api/types.ts';
import { fetchConsignment } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { MarkingControl } from '../components/MarkingEditor.tsx';
import { reasonText, SeverityChip, StatusChip, VerdictChip } from '../components/Labels.tsx';
import { ErrorState, Loading, Empty } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDate, formatDateTime, formatKilograms } from '../format.ts';
import { Evidence } from './Evidence.tsx';
import { DestinationLabel, PlaceLabel } from './PlaceLabel.tsx';
import { TrackMap } from './TrackMap.tsx';
import { useMe } from '../session/SessionContext.tsx';
import { SelectBox } from '../sharing/SelectBox.tsx';
import { consignmentRecords, lineRecord } from './release-records.ts';

function Lines({ consignment }: { consignment: Consignment }) {
  const { t, i18n } = useTranslation();
  const agency = useMe().agency.code;
  if (consignment.lines.length === 0) return <Empty title={t('consignment.noLines')} />;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('sharing.selectColumn')}</span>
          </th>
          <th scope="col">#</th>
          <th scope="col">{t('consignment.goods')}</th>
          <th scope="col">CAS</th>
          <th scope="col">HS</th>
          <th scope="col" className="num">
            {t('consignment.quantity')}
          </th>
          <th scope="col">{t('alerts.column.verdict')}</th>
          <th scope="col">{t('alerts.reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {consignment.lines.map((line) => (
          <tr key={line.id ?? line.lineNo}>
            <td>{lineRecord(line, agency) && <SelectBox record={lineRecord(line, agency)!} />}</td>
            <td>{line.lineNo}</td>
            <td>
              {line.goodsDescription ?? line.substance ?? '—'}
              {line.marking && (
                <div>
                  <MarkingBadge marking={line.marking} />
                </div>
              )}
            </td>
            <td className="mono">{line.casNumber ?? '—'}</td>
            <td className="mono">{line.hsCode ?? '—'}</td>
            <td className="num">{formatKilograms(line.quantityKg, i18n.language)}</td>
            <td>
              <VerdictChip verdict={line.verdict} />
            </td>
            <td>
              {(line.reasons ?? []).length > 0 ? (
                <ul className="reasons tight">
                  {(line.reasons ?? []).map((r, i) => (
                    <li key={i}>{reasonText(r, i18n.language)}</li>
                  ))}
                </ul>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Timeline({ consignment }: { consignment: Consignment }) {
  const { t, i18n } = useTranslation();
  const agency = useMe().agency.code;
  const own = new Map(
    consignmentRecords(consignment, agency, i18n.language)
      .filter((r) => r.table === 'epcis_events')
      .map((r) => [r.id, r] as const),
  );
  if (consignment.timeline.length === 0) {
    return <Empty title={t('consignment.noEvents')} hint={t('consignment.noEventsHint')} />;
  }
  return (
    <ol className="timeline" aria-label={t('consignment.timeline')}>
      {consignment.timeline.map((event, i) => (
        <li key={event.id ?? event.eventId ?? i}>
          {event.id && own.has(event.id) && <SelectBox record={own.get(event.id)!} />}
          <time dateTime={event.eventTime}>{formatDateTime(event.eventTime, i18n.language)}</time>
          <strong>
            {t(`bizStep.${stepName(event) ?? 'unknown'}`, { defaultValue: stepName(event) ?? '—' })}
          </strong>
          <PlaceLabel name={event.place.name} kind={event.place.kind} id={event.place.id} />
          {event.quantityKg != null && (
            <span className="muted">{formatKilograms(event.quantityKg, i18n.language)}</span>
          )}
          {event.marking && (
            <span className="event-marking">
              <MarkingBadge marking={event.marking} />
              {event.reportedBy && <span className="muted"> · {event.reportedBy}</span>}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The consignment as a whole to release: every record of it the agency owns (the declaration, its lines, its
 * custody events) in one checkbox, mixed when some are selected. Others' records are theirs to release.
 */
function ReleasePick({ consignment }: { consignment: Consignment }) {
  const { t, i18n } = useTranslation();
  const records = consignmentRecords(consignment, useMe().agency.code, i18n.language);
  return (
    <p className="release-pick">
      <SelectBox records={records} label={consignment.billOfLading}>
        {records.length > 0
          ? t('sharing.pick.consignment', { count: records.length })
          : t('sharing.pick.consignmentNone')}
      </SelectBox>
    </p>
  );
}

/** CBV URNs (urn:epcglobal:cbv:bizstep:receiving) and bare words both name the step by their last part. */
function stepName(event: CustodyEvent): string | null {
  return event.bizStep ? (event.bizStep.split(/[:/]/).pop() ?? event.bizStep) : null;
}

/** The CAS numbers of the lines screening found controlled: what the destination must be licensed for. */
function controlledCas(c: Consignment): string[] {
  const cas = c.lines.filter((l) => l.verdict === 'controlled' && l.casNumber).map((l) => l.casNumber!);
  return [...new Set(cas)];
}

export function ConsignmentView({ billOfLading }: { billOfLading: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useAsync(() => fetchConsignment(billOfLading), [billOfLading]);

  if (state.status === 'loading') return <Loading label={t('consignment.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const c = state.data;
  // The declaration's facts are the same on every line of the consignment: the first one says them.
  const first = c.lines[0];
  const lang = i18n.language;
  return (
    <div className="consignment-layout">
      <section className="panel" aria-labelledby="consignment-title">
        <header className="panel-head">
          <p className="breadcrumb">
            <a href="#/consignments">{t('nav.consignments')}</a> /
          </p>
          <h1 id="consignment-title" className="mono">
            {c.billOfLading}
          </h1>
        </header>
        <dl className="facts wide">
          <dt>{t('alerts.port')}</dt>
          <dd className="mono">{first?.portLocode ?? '—'}</dd>
          <dt>{t('consignment.declaration')}</dt>
          <dd className="mono">{first?.declarationId ?? '—'}</dd>
          <dt>{t('consignment.container')}</dt>
          <dd className="mono">{first?.containerNo ?? '—'}</dd>
          <dt>{t('consignment.importer')}</dt>
          <dd>{first?.importerName ?? first?.importerRfc ?? '—'}</dd>
          <dt>{t('consignment.consignee')}</dt>
          <dd>{first?.consigneeName ?? first?.consigneeRfc ?? '—'}</dd>
          <dt>{t('consignment.destination')}</dt>
          <dd>
            <DestinationLabel destination={c.declaredDestination} controlledCas={controlledCas(c)} />
          </dd>
          <dt>{t('consignment.declaredAt')}</dt>
          <dd>{formatDateTime(first?.declaredAt, lang)}</dd>
        </dl>
        <ReleasePick consignment={c} />
        <h2>{t('consignment.lines')}</h2>
        <div className="table-scroll">
          <Lines consignment={c} />
        </div>
        <h2>{t('consignment.permit')}</h2>
        {c.permits.length > 0 ? (
          c.permits.map((permit) => (
            <dl key={permit.permitId} className="facts wide">
              <dt>{t('consignment.permitId')}</dt>
              <dd className="mono">{permit.permitId}</dd>
              <dt>{t('consignment.holder')}</dt>
              <dd>{permit.holderName ?? permit.holderRfc ?? '—'}</dd>
              <dt>CAS</dt>
              <dd className="mono">{permit.substanceCas ?? '—'}</dd>
              <dt>{t('consignment.quota')}</dt>
              <dd>{formatKilograms(permit.maxKgPerYear, lang)}</dd>
              <dt>{t('consignment.validity')}</dt>
              <dd>
                {formatDate(permit.validFrom, lang)} – {formatDate(permit.validTo, lang)}
              </dd>
              <dt>{t('consignment.site')}</dt>
              <dd className="mono">{permit.siteId ?? '—'}</dd>
            </dl>
          ))
        ) : (
          <p className="notice">{t('consignment.noPermit')}</p>
        )}
        <h2>{t('consignment.findingsTitle')}</h2>
        {c.findings.length > 0 && <p className="muted">{t('sharing.pick.findingsDerived')}</p>}
        {c.findings.length === 0 ? (
          <Empty title={t('consignment.noFindings')} />
        ) : (
          <ul className="findings">
            {c.findings.map((f) => (
              <li key={f.id} className="finding">
                <header>
                  <SeverityChip severity={f.severity} />
                  <strong>{t(`kind.${f.kind}`, { defaultValue: f.kind })}</strong>
                  <span title={f.dismissReason ?? undefined}>
                    <StatusChip status={f.status} labels="findings.status" />
                  </span>
                  <MarkingControl table="findings" id={f.id} marking={f.marking} />
                </header>
                <p>{lang.startsWith('es') ? f.explanation.es : f.explanation.en}</p>
                <Evidence evidence={f.evidence} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <aside className="panel side consignment-side">
        <h2>{t('consignment.track')}</h2>
        <TrackMap consignment={c} />
        <h2>{t('consignment.timeline')}</h2>
        <Timeline consignment={c} />
      </aside>
    </div>
  );
}

/**
 * A scenario world's evidence as the leads read it (src/leads/fusion.ts `EvidenceInput`), computed in memory the
 * way the database path computes it: the custody detectors over the world's declarations, permits, locations and
 * EPCIS events (diverted and lost consignments at their last known position, each finding at its last positioned
 * evidence event), and the incidents and field reports through the importers' own row schemas and placement of
 * a `place` (a Mexican locality). Nothing here reads the truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { assembleBatch } from '../src/custody/assemble.ts';
import { DEFAULT_THRESHOLDS } from '../src/custody/config.ts';
import { consignmentState, pointOf } from '../src/custody/consignment.ts';
import { resolveDestination } from '../src/custody/destination.ts';
import { detectFindings } from '../src/custody/detectors/index.ts';
import { LocationRow, PermitRow, type Permit, type Place } from '../src/custody/model.ts';
import { permitRequirement } from '../src/custody/permit-regime.ts';
import { screeningIdentifier, withSubstances, type DescribedLine } from '../src/custody/substance.ts';
import { parseCsvRows } from '../src/csv/rows.ts';
import { eventsOf, normaliseEvent } from '../src/epcis/normalise.ts';
import {
  FIELD_REPORT_COLUMNS,
  FieldReportRow,
  INCIDENT_COLUMNS,
  IncidentRow,
} from '../src/incidents/model.ts';
import type { EvidenceInput } from '../src/leads/index.ts';
import { parseInstant } from '../src/store/bounds.ts';

/** Findings that say the goods left their permitted path (the permit findings say nothing about where). */
const OFF_PATH = new Set([
  'quantity_loss',
  'unlicensed_receiver',
  'route_deviation',
  'dwell',
  'tracking_gap',
  'split',
  'transshipment',
]);

export interface WorldEvidence {
  evidence: EvidenceInput[];
  counts: { consignments: number; findings: number; incidents: number; fieldReports: number };
}

export async function worldEvidence(dir: string): Promise<WorldEvidence> {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const declared: DescribedLine[] = parse<Record<string, string>>(read('declarations.csv'), {
    columns: true,
    bom: true,
  }).map((r) => ({
    declarationId: r.declaration_id!,
    lineNo: Number(r.line_no),
    declaredAt: new Date(r.declared_at!).toISOString(),
    portLocode: r.port_locode!,
    billOfLading: r.bill_of_lading!,
    containerNo: r.container_no || null,
    importerRfc: r.importer_rfc || null,
    consigneeRfc: r.consignee_rfc || null,
    importerName: r.importer_name || null,
    consigneeName: r.consignee_name || null,
    destination: r.destination || null,
    casNumber: r.cas_number || null,
    quantityKg: Number(r.quantity_kg) || 0,
    permitId: r.permit_id || null,
    goodsDescription: r.goods_description || null,
    hsCode: r.hs_code || null,
    smiles: r.smiles || null,
  }));
  const permits: Permit[] = (await parseCsvRows(read('permits.csv'), PermitRow, [])).rows.map(
    ({ value: p }) => ({
      permitId: p.permit_id,
      holderRfc: p.holder_rfc,
      holderName: p.holder_name,
      substanceCas: p.substance_cas,
      maxKgPerYear: p.max_kg_per_year,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      siteId: p.site_id,
    }),
  );
  const places = new Map<string, Place>(
    (await parseCsvRows(read('locations.csv'), LocationRow, [])).rows.map(({ value: l }) => [
      l.location_id,
      {
        locationId: l.location_id,
        name: l.name,
        kind: l.kind,
        lat: l.lat,
        lon: l.lon,
        operatorRfc: l.operator_rfc,
      },
    ]),
  );
  const events = readdirSync(dir)
    .filter((f) => /^events.*\.jsonld$/.test(f))
    .sort()
    .flatMap((f) =>
      eventsOf(JSON.parse(read(f)) as Record<string, unknown>).map((raw) => {
        const e = normaliseEvent(raw);
        return {
          eventId: e.eventId,
          eventTime: e.eventTime,
          bizStep: e.bizStep,
          disposition: e.disposition,
          action: e.action,
          placeId: e.bizLocation ?? e.readPoint,
          lat: e.lat,
          lon: e.lon,
          quantityKg: e.quantityKg,
          containerNo: e.containerNo,
          epcs: e.epcs,
          parentId: e.parentId,
          reportedBy: 'scenario',
          bol: e.bol,
        };
      }),
    );
  const lines = withSubstances(declared, permits, await screeningIdentifier(declared));
  const thresholds = DEFAULT_THRESHOLDS;
  const bols = [...new Set(declared.map((l) => l.billOfLading))];
  const asOf = events.reduce((max, e) => (e.eventTime > max ? e.eventTime : max), '');
  const requiresPermit = permitRequirement(thresholds, new Set(permits.map((p) => p.substanceCas)));
  const facts = assembleBatch(
    { bols, lines, events, places, permits, permitLines: lines, asOf, requiresPermit },
    thresholds,
  );

  const evidence: EvidenceInput[] = [];
  const counts = { consignments: 0, findings: 0, incidents: 0, fieldReports: 0 };
  for (const f of facts) {
    const found = detectFindings(f, thresholds).filter((x) => OFF_PATH.has(x.kind));
    const state = consignmentState(f, thresholds);
    if (found.length === 0 && state !== 'lost') continue;
    const positioned = f.events.filter((e) => pointOf(e) !== null);
    const last = positioned.at(-1);
    if (last) {
      evidence.push({
        kind: 'consignment',
        id: f.billOfLading,
        ...pointOf(last)!,
        at: new Date(last.eventTime),
        status: state === 'lost' ? 'lost' : 'diverted',
      });
      counts.consignments++;
    }
    for (const finding of found) {
      const cited = new Set(finding.evidence);
      const at = positioned.filter((e) => cited.has(e.eventId)).at(-1);
      if (!at) continue;
      evidence.push({
        kind: 'finding',
        id: `${f.billOfLading}/${finding.kind}`,
        ...pointOf(at)!,
        at: new Date(at.eventTime),
        findingKind: finding.kind,
      });
      counts.findings++;
    }
  }

  const placeOf = (row: { lat: number | null; lon: number | null; place: string | null }) =>
    row.lat !== null && row.lon !== null
      ? { lat: row.lat, lon: row.lon }
      : resolveDestination(row.place, new Map());
  const incidents = await parseCsvRows(read('incidents.csv'), IncidentRow, INCIDENT_COLUMNS, 'incidents');
  const reports = await parseCsvRows(
    read('field-reports.csv'),
    FieldReportRow,
    FIELD_REPORT_COLUMNS,
    'field reports',
  );
  if (incidents.errors.length + reports.errors.length > 0)
    throw new Error(`${dir}: ${incidents.errors.length + reports.errors.length} rows the importers reject`);
  for (const { value: r } of incidents.rows) {
    const point = placeOf(r);
    if (!point) continue;
    evidence.push({
      kind: 'incident',
      id: r.incident_id,
      ...point,
      at: parseInstant(r.occurred_at)!,
      incidentKind: r.kind,
      quantityKg: r.quantity_kg,
    });
    counts.incidents++;
  }
  for (const { value: r } of reports.rows) {
    const point = placeOf(r);
    if (!point) continue;
    evidence.push({
      kind: 'field_report',
      id: r.report_id,
      ...point,
      at: parseInstant(r.observed_at)!,
      sourceType: r.source_type,
      reliability: r.reliability,
      credibility: r.credibility as 1 | 2 | 3 | 4 | 5 | 6,
      indicators: r.indicators,
    });
    counts.fieldReports++;
  }
  return { evidence, counts };
}

/**
 * A scenario world's evidence as the leads read it (src/leads/fusion.ts `EvidenceInput`), computed in memory the
 * way the database path computes it: the custody detectors over the world's declarations, permits, locations and
 * EPCIS events (diverted and lost consignments at their last known position, each finding at its last positioned
 * evidence event), and the incidents and field reports through the importers' own row schemas and placement of
 * a `place` (a Mexican locality). Nothing here reads the truth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../src/custody/config.ts';
import { consignmentState, pointOf } from '../src/custody/consignment.ts';
import { resolveDestination } from '../src/custody/destination.ts';
import { detectFindings } from '../src/custody/detectors/index.ts';
import { parseCsvRows } from '../src/csv/rows.ts';
import {
  FIELD_REPORT_COLUMNS,
  FieldReportRow,
  INCIDENT_COLUMNS,
  IncidentRow,
} from '../src/incidents/model.ts';
import type { EvidenceInput } from '../src/leads/index.ts';
import { parseInstant } from '../src/store/bounds.ts';
import { assembleWorld, readWorldInputs } from './world-inputs.ts';

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
  /** Where each consignment without an off-path finding was last seen: the legal receipts, the custody baseline. */
  receipts: { lat: number; lon: number; at: Date }[];
}

export async function worldEvidence(dir: string): Promise<WorldEvidence> {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const world = await readWorldInputs(dir);
  const { declared } = world;
  const thresholds = DEFAULT_THRESHOLDS;
  const bols = [...new Set(declared.map((l) => l.billOfLading))];
  const facts = assembleWorld(world, bols, thresholds);

  const evidence: EvidenceInput[] = [];
  const receipts: WorldEvidence['receipts'] = [];
  const counts = { consignments: 0, findings: 0, incidents: 0, fieldReports: 0 };
  for (const f of facts) {
    const found = detectFindings(f, thresholds).filter((x) => OFF_PATH.has(x.kind));
    const state = consignmentState(f, thresholds);
    const positioned = f.events.filter((e) => pointOf(e) !== null);
    const last = positioned.at(-1);
    if (found.length === 0 && state !== 'lost') {
      if (last) receipts.push({ ...pointOf(last)!, at: new Date(last.eventTime) });
      continue;
    }
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
  return { evidence, counts, receipts };
}

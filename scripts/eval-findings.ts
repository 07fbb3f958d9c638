/**
 * Precision and recall of the diversion findings per kind, against a scenario's ground truth.
 *   npx tsx scripts/eval-findings.ts DIR        (DIR written by `centinela scenario --out DIR`)
 *   npx tsx scripts/eval-findings.ts DIR --findings FILE.jsonl   (scores `centinela findings --format jsonl`)
 * Without --findings it runs the same assembly and detectors as the database path (src/custody),
 * in memory, over the scenario's files: declarations.csv, permits.csv, locations.csv,
 * events*.jsonld, truth.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { eventsOf, normaliseEvent } from '../src/epcis/normalise.ts';
import { assembleBatch } from '../src/custody/assemble.ts';
import { DEFAULT_THRESHOLDS } from '../src/custody/config.ts';
import { parseCsvRows } from '../src/csv/rows.ts';
import { detectFindings } from '../src/custody/detectors/index.ts';
import { tracksOf } from '../src/custody/detectors/journey.ts';
import {
  FINDING_KINDS,
  LocationRow,
  PermitRow,
  type FindingKind,
  type Permit,
  type Place,
} from '../src/custody/model.ts';
import { permitRequirement } from '../src/custody/permit-regime.ts';
import { screeningIdentifier, withSubstances, type DescribedLine } from '../src/custody/substance.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/eval-findings.ts SCENARIO_DIR');
  process.exit(2);
}
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
// One file at a time, keeping only the fields the detectors read (a medium world has ~1.1 M events).
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
interface ConsignmentTruth {
  bill_of_lading: string;
  kinds: FindingKind[];
}
const truth: { consignments: ConsignmentTruth[] } = readdirSync(dir).includes('truth.json')
  ? (JSON.parse(read('truth.json')) as { consignments: ConsignmentTruth[] })
  : {
      // Medium and large worlds write JSON Lines; only the consignment records matter here.
      consignments: read('truth.jsonl')
        .split('\n')
        .filter((line) => line.includes('"type":"consignment"'))
        .map((line) => JSON.parse(line) as ConsignmentTruth),
    };

const started = performance.now();
const thresholds = DEFAULT_THRESHOLDS;
const bols = truth.consignments.map((c) => c.bill_of_lading);
const asOf = events.reduce((max, e) => (e.eventTime > max ? e.eventTime : max), '');
const requiresPermit = permitRequirement(thresholds, new Set(permits.map((p) => p.substanceCas)));
const facts = assembleBatch(
  { bols, lines, events, places, permits, permitLines: lines, asOf, requiresPermit },
  thresholds,
);
if (process.env.TRACKS)
  for (const f of facts)
    if (f.billOfLading === process.env.TRACKS)
      for (const t of tracksOf(f))
        console.log(
          t.unit,
          t.events.length,
          t.inland.length,
          t.inland.map((e) => `${e.eventTime} ${e.bizStep} ${e.containerNo} ${e.placeId}`).join('\n  '),
        );
if (process.env.EXPLAIN)
  for (const f of facts)
    for (const x of detectFindings(f, thresholds))
      if (x.kind === process.env.EXPLAIN) console.log(f.billOfLading, x.explanation.en);
let bare = 0;
let explained = 0;
const found = new Map(
  facts.map((f) => {
    const findings = detectFindings(f, thresholds);
    // Explanations are in the analyst's words: never a bare URN or geo: URI (issue 15).
    for (const x of findings) {
      explained++;
      if (/urn:|geo:/.test(x.explanation.en + x.explanation.es)) bare++;
    }
    return [f.billOfLading, new Set(findings.map((x) => x.kind))];
  }),
);
const elapsed = performance.now() - started;

console.log(`${bols.length} consignments, ${events.length} events, detectors ${elapsed.toFixed(0)} ms\n`);
console.log('kind                     truth  found     tp   fp   fn  precision  recall');
let worst = 1;
const misses: string[] = [];
for (const kind of FINDING_KINDS) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of truth.consignments) {
    const actual = c.kinds.includes(kind);
    const predicted = found.get(c.bill_of_lading)?.has(kind) ?? false;
    if (actual && predicted) tp++;
    else if (predicted) {
      fp++;
      misses.push(`FP ${kind} ${c.bill_of_lading} truth=[${c.kinds.join(',')}]`);
    } else if (actual) {
      fn++;
      misses.push(`FN ${kind} ${c.bill_of_lading} truth=[${c.kinds.join(',')}]`);
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  worst = Math.min(worst, precision, recall);
  console.log(
    `${kind.padEnd(24)} ${String(tp + fn).padStart(5)} ${String(tp + fp).padStart(6)} ${String(tp).padStart(6)} ${String(fp).padStart(4)} ${String(fn).padStart(4)} ${precision.toFixed(3).padStart(10)} ${recall.toFixed(3).padStart(7)}`,
  );
}
if (process.env.VERBOSE) for (const m of misses) console.log(m);
console.log(`\n${bare} of ${explained} explanations name a bare URN or geo: URI`);
console.log(`worst precision/recall: ${worst.toFixed(3)} (goal ≥ 0.95)`);
process.exitCode = worst >= 0.95 ? 0 : 1;

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
import { DEFAULT_THRESHOLDS } from '../src/custody/config.ts';
import { detectFindings } from '../src/custody/detectors/index.ts';
import { tracksOf } from '../src/custody/detectors/journey.ts';
import { FINDING_KINDS, type FindingKind } from '../src/custody/model.ts';
import { assembleWorld, readWorldInputs } from './world-inputs.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/eval-findings.ts SCENARIO_DIR');
  process.exit(2);
}
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

const world = await readWorldInputs(dir);
const { events } = world;
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
const facts = assembleWorld(world, bols, thresholds);
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

/**
 * Precision and recall of the diversion findings per kind over several generated worlds: seeds × sizes ×
 * variation settings, each scored by scripts/eval-findings.ts (in memory, the database path's assembly and
 * detectors). Worlds the detectors were developed against and held-out ones (other seeds, other rates) are
 * summed separately, so a detector tuned to the generator shows up as a gap between the two.
 *   npx tsx scripts/eval-findings-matrix.ts [--sizes small,mid] [--dev 7,11,23|none] [--held-out 101,202,303]
 *     [--realistic 102|none]   (held-out seeds at the realistic rates; default the first held-out seed + 1)
 *     [--keep DIR]   (keep each world in DIR/<size>-<seed>-<rates> to look at its misses afterwards)
 * Each world's per-kind table is printed as it finishes (a long run stopped early still records every world).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScenario } from '../src/scenario/generate.ts';
import type { SizeName } from '../src/scenario/model.ts';
import { REALISTIC, type Variation } from '../src/scenario/variation.ts';
import { FINDING_KINDS } from '../src/custody/model.ts';

/** Rates the detectors were not developed against: more of everything, noisier positions. */
export const HELD_OUT_VARIATION: Variation = {
  ...REALISTIC,
  preArrival: 1,
  congestion: 0.5,
  multiContainer: 0.6,
  customsHold: 0.5,
  inlandTerminalStop: 0.4,
  transload: 0.3,
  borderTransshipment: 0.8,
  containerSplit: 0.9,
  withoutEventId: 0.4,
  resent: 0.1,
  outOfOrder: 0.8,
  otherOffset: 0.5,
  gpsJitterKm: 1,
  documentationGap: 0.35,
  smallPort: 0.25,
  kindWords: 0.6,
  readPointOnly: 0.4,
  sparsePings: 0.4,
  nightRest: 0.6,
  bondedHold: 0.2,
  secondSite: 0.3,
  otherUnits: 0.3,
  webVocabulary: 0.5,
};

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
};
const sizes = option('--sizes', 'small').split(',') as SizeName[];
const seeds = (text: string) => (text === 'none' ? [] : text.split(',').map(Number));
const dev = seeds(option('--dev', '7,11,23'));
const heldOut = seeds(option('--held-out', '101,202,303'));
const realistic = seeds(option('--realistic', String((heldOut[0] ?? 101) + 1)));
const keep = option('--keep', '');

type Counts = Record<string, { tp: number; fp: number; fn: number }>;
const empty = (): Counts => Object.fromEntries(FINDING_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
const groups: Record<string, Counts> = {};

async function score(group: string, seed: number, size: SizeName, variation: Variation): Promise<void> {
  const rates = variation === REALISTIC ? 'realistic' : 'held-out';
  const dir = keep ? join(keep, `${size}-${seed}-${rates}`) : mkdtempSync(join(tmpdir(), 'centinela-eval-'));
  if (keep) mkdirSync(dir, { recursive: true });
  try {
    const started = performance.now();
    const summary = await generateScenario({ seed, size, outDir: dir, variation });
    let text: string;
    try {
      text = execFileSync('npx', ['tsx', 'scripts/eval-findings.ts', dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, VERBOSE: '1' },
      });
    } catch (error) {
      text = (error as { stdout: string }).stdout; // the script exits 1 when a kind is under 0.95
    }
    const out = text.split('\n');
    const counts = (groups[`${group} ${size}`] ??= empty());
    let worst = 1;
    for (const line of out) {
      const cells = line.trim().split(/\s+/);
      if (!cells[0] || !(cells[0] in counts) || cells.length < 8) continue;
      const [tp, fp, fn] = cells.slice(3, 6).map(Number) as [number, number, number];
      counts[cells[0]]!.tp += tp;
      counts[cells[0]]!.fp += fp;
      counts[cells[0]]!.fn += fn;
      worst = Math.min(worst, tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `${group} seed ${seed} ${size}: ${summary.counts.declarations} consignments, ${summary.counts.events} events, worst ${worst.toFixed(3)} (${seconds} s)`,
    );
    // The world's own table and its misses, so a run stopped before the end still records which kind it was.
    for (const line of out) if (/^(\S+\s+\d+\s+\d+\s+\d+|F[PN] )/.test(line)) console.log(`  ${line}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('eval-findings-matrix.ts')) await main();

async function main(): Promise<void> {
  for (const size of sizes) {
    for (const seed of dev) await score('dev (realistic)', seed, size, REALISTIC);
    for (const seed of heldOut)
      await score('held-out (other seeds, other rates)', seed, size, HELD_OUT_VARIATION);
    // Held-out seeds at the realistic rates too: the same settings, worlds nobody looked at.
    for (const seed of realistic)
      await score('held-out (other seeds, realistic rates)', seed, size, REALISTIC);
  }

  const names = Object.keys(groups);
  console.log(`\n| kind | ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---').join('|')}|`);
  const cell = (c: { tp: number; fp: number; fn: number }) => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    return `${p.toFixed(3)} / ${r.toFixed(3)} (${c.tp + c.fn})`;
  };
  for (const kind of FINDING_KINDS)
    console.log(`| ${kind} | ${names.map((n) => cell(groups[n]![kind]!)).join(' | ')} |`);
  console.log('\ncells: precision / recall (positives in truth)');
}

/**
 * Evaluates entity resolution: pairwise precision, recall and F1, printed as a table, on the seeded
 * labelled set (src/resolution/eval/) and, with --scenario DIR, on a world written by
 * `centinela scenario` (its truth.json / truth.jsonl parties).
 * Usage: npx tsx scripts/eval-resolution.ts [--companies N] [--seed S] [--scenario DIR]...
 */
import { evaluateResolution, type EvaluationResult } from '../src/resolution/eval/evaluate.ts';
import { evaluateScenario } from '../src/resolution/eval/scenario.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const scenarios = process.argv.flatMap((arg, i) => (arg === '--scenario' ? [process.argv[i + 1]!] : []));
const seed = option('seed', 7);
const companies = option('companies', 2000);
const rows: (EvaluationResult & { set: string })[] = [seed, seed + 1, seed + 2].map((s) => ({
  set: `generated seed ${s}`,
  ...evaluateResolution({ companies, seed: s }),
}));
for (const dir of scenarios) rows.push({ set: `scenario ${dir}`, ...(await evaluateScenario(dir)) });

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
  `${'set'.padEnd(28)} ${pad('records', 8)} ${pad('entities', 9)} ${pad('true pairs', 11)} ${pad('precision', 10)} ${pad('recall', 8)} ${pad('F1', 7)} ${pad('ms', 6)}`,
);
for (const row of rows) {
  console.log(
    `${row.set.padEnd(28)} ${pad(row.records, 8)} ${pad(row.entities, 9)} ${pad(row.scores.truePairs, 11)} ${pad(row.scores.precision.toFixed(4), 10)} ${pad(row.scores.recall.toFixed(4), 8)} ${pad(row.scores.f1.toFixed(4), 7)} ${pad(row.milliseconds, 6)}`,
  );
}
const worst = Math.min(...rows.map((row) => row.scores.f1));
console.log(`\nworst F1 ${worst.toFixed(4)} (goal ≥ 0.97)`);

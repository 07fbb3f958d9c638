/**
 * Prints the screening evaluation: recall on controlled and analog lines, false positives on clear
 * lines, and every miss; then the same figures per seed of the held-out style generator
 * (`src/screening/eval/unseen.ts`). Run: npx tsx scripts/eval-screening.ts [--held-out] [--misses]
 * `--held-out` adds the held-out seeds (look at them only to report, never while tuning).
 */
import { loadControlList } from '../src/screening/control-list.ts';
import { Screener } from '../src/screening/screen-line.ts';
import { buildEvalSet } from '../src/screening/eval/cases.ts';
import { evaluate, type EvalReport } from '../src/screening/eval/evaluate.ts';
import { buildUnseenSet, HELD_OUT_SEEDS, TUNING_SEEDS } from '../src/screening/eval/unseen.ts';

const list = loadControlList();
const screener = await Screener.create(list);
const cases = buildEvalSet(list);
const report = evaluate(cases, screener);

const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
console.log(`control list ${list.version}; ${cases.length} labelled lines\n`);
console.log('kind'.padEnd(36) + 'lines'.padStart(7) + 'correct'.padStart(9) + 'rate'.padStart(10));
for (const [kind, { total, correct }] of [...report.byKind].sort()) {
  console.log(
    kind.padEnd(36) +
      String(total).padStart(7) +
      String(correct).padStart(9) +
      pct(correct / total).padStart(10),
  );
}
console.log('');
const rows: [string, string, string][] = [
  ['recall, controlled', pct(report.controlledRecall), '= 100 %'],
  ['recall, analog', pct(report.analogRecall), '>= 95 %'],
  ['recall, watch', pct(report.watchRecall), '(reported)'],
  ['false positives, clear', pct(report.clearFalsePositiveRate), '<= 1 %'],
];
for (const [name, value, goal] of rows) console.log(name.padEnd(28) + value.padStart(10) + '   goal ' + goal);
if (report.misses.length > 0) {
  console.log(`\n${report.misses.length} misses:`);
  for (const m of report.misses)
    console.log(
      `  ${m.kind}: expected ${m.expected}${m.expectedSubstance ? ` ${m.expectedSubstance}` : ''}, got ${m.got}${m.gotSubstance ? ` ${m.gotSubstance}` : ''} — "${m.description}" ${m.smiles}`,
    );
}

const showMisses = process.argv.includes('--misses');
const sets: [string, ReturnType<typeof buildEvalSet>][] = [
  ['tuned (cases.ts)', cases],
  ...TUNING_SEEDS.map(
    (seed) => [`unseen seed ${seed}`, buildUnseenSet(list, seed)] as [string, typeof cases],
  ),
  ...(process.argv.includes('--held-out')
    ? HELD_OUT_SEEDS.map(
        (seed) => [`held-out seed ${seed}`, buildUnseenSet(list, seed)] as [string, typeof cases],
      )
    : []),
];
const fp = (r: EvalReport): string =>
  `${r.misses.filter((m) => m.expected === 'clear').length}/${r.counts.clear}`;
console.log(
  '\n' +
    'set'.padEnd(22) +
    'lines'.padStart(7) +
    'controlled'.padStart(18) +
    'analog'.padStart(16) +
    'watch'.padStart(16) +
    'false pos.'.padStart(12),
);
for (const [name, set] of sets) {
  const r = name.startsWith('tuned') ? report : evaluate(set, screener);
  const hit = (v: 'controlled' | 'analog' | 'watch', rate: number): string =>
    `${pct(rate)} (${r.counts[v] - r.misses.filter((m) => m.expected === v).length}/${r.counts[v]})`;
  console.log(
    name.padEnd(22) +
      String(set.length).padStart(7) +
      hit('controlled', r.controlledRecall).padStart(20) +
      hit('analog', r.analogRecall).padStart(16) +
      hit('watch', r.watchRecall).padStart(16) +
      fp(r).padStart(12),
  );
  if (showMisses && !name.startsWith('tuned'))
    for (const m of r.misses)
      console.log(
        `    ${m.kind}: expected ${m.expected}${m.expectedSubstance ? ` ${m.expectedSubstance}` : ''}, got ${m.got}${m.gotSubstance ? ` ${m.gotSubstance}` : ''} — "${m.description}" ${m.smiles}`,
      );
}

/**
 * With `--scenario DIR` (the output of `centinela scenario`), also compares the verdicts with the
 * scenario's ground truth (truth.json or truth.jsonl), line by line.
 */
const scenarioFlag = process.argv.indexOf('--scenario');
if (scenarioFlag > 0) await compareWithScenario(process.argv[scenarioFlag + 1] ?? '.');

async function compareWithScenario(dir: string): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const { existsSync, createReadStream } = await import('node:fs');
  const { join } = await import('node:path');
  const { screenDeclarations, isScreenedError } = await import('../src/screening/screen-file.ts');
  const truthLines: { declaration_id: string; line_no: number; verdict: string; type?: string }[] =
    existsSync(join(dir, 'truth.json'))
      ? (JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as { lines: never[] }).lines
      : (await readFile(join(dir, 'truth.jsonl'), 'utf8'))
          .split('\n')
          .filter(Boolean)
          .map(
            (l) =>
              JSON.parse(l) as { type: string; declaration_id: string; line_no: number; verdict: string },
          )
          .filter((l) => l.type === 'line');
  const truth = new Map(truthLines.map((l) => [`${l.declaration_id}#${l.line_no}`, l.verdict]));
  const confusion = new Map<string, number>();
  let agree = 0;
  let total = 0;
  for await (const output of screenDeclarations(createReadStream(join(dir, 'declarations.csv')), screener)) {
    if (isScreenedError(output)) continue;
    const expected = truth.get(`${output.declaration_id}#${output.line_no}`);
    if (!expected) continue;
    total++;
    if (expected === output.verdict) agree++;
    const key = `${expected} → ${output.verdict}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  console.log(
    `\nscenario ${dir}: ${agree} of ${total} lines agree with the ground truth (${pct(agree / total)})`,
  );
  for (const [key, n] of [...confusion].sort()) console.log(`  ${key.padEnd(28)} ${n}`);
}

/**
 * Prints the screening evaluation: recall on controlled and analog lines, false positives on clear
 * lines, and every miss. Run: npx tsx scripts/eval-screening.ts
 */
import { loadControlList } from '../src/screening/control-list.ts';
import { Screener } from '../src/screening/screen-line.ts';
import { buildEvalSet } from '../src/screening/eval/cases.ts';
import { evaluate } from '../src/screening/eval/evaluate.ts';

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

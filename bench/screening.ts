/**
 * Lines per second through the screening pipeline of `centinela screen` (CSV parsing, zod, name,
 * CAS, HS and structure screening, JSONL formatting), for lines without and with SMILES.
 * Run: npx tsx bench/screening.ts [lines]
 */
import { stringify } from 'csv-stringify/sync';
import { loadControlList } from '../src/screening/control-list.ts';
import { Screener } from '../src/screening/screen-line.ts';
import { screenDeclarations } from '../src/screening/screen-file.ts';
import { formatOutput } from '../src/screening/format.ts';
import { DECLARATION_COLUMNS } from '../src/declarations/row.ts';
import { VALID_LINE } from '../src/declarations/testing/csv-fixture.ts';

const LINES = Number(process.argv[2] ?? 20_000);

const DESCRIPTIONS = [
  ['2933.37', 'N-fenetil-4-piperidona 99%', '39742-60-4'],
  ['8479.89', 'Máquina mezcladora industrial', ''],
  ['3402.90', 'Detergente industrial concentrado en tambores de 200 L', ''],
  ['2914.11', 'Acetona grado técnico', '67-64-1'],
  ['6109.10', 'Camisetas de algodón para caballero, tallas surtidas', ''],
  ['2915.31', 'Ethyl acetate 99.5%, ISO tanks', '141-78-6'],
  ['2933.39', 'Clorhidrato de 4-anilinopiperidina', ''],
  ['8708.30', 'Frenos y servofrenos para vehículos, partes', ''],
  ['2939.42', 'Pseudoefedrina clorhidrato USP', ''],
  ['2933.39', 'Intermedio farmacéutico (lote 7781)', ''],
] as const;

/** Distinct structures: fentanyl-, piperidone- and P2P-like templates with varying chains. */
function smilesFor(i: number): string {
  const a = 'C'.repeat(1 + (i % 7));
  const b = 'C'.repeat(1 + (Math.floor(i / 7) % 11));
  const c = Math.floor(i / 77) % 13;
  switch (i % 4) {
    case 0:
      return `${a}C(=O)N(c1ccc(O${b})cc1)C1CCN(CC${'C'.repeat(c)}c2ccccc2)CC1`;
    case 1:
      return `O=C1CCN(C(=O)O${a}${'C'.repeat(c)})CC1.Cl`;
    case 2:
      return `${a}OC(=O)c1ccc(N${b})cc1${'C'.repeat(c)}`;
    default:
      return `CC(=O)C(C${a})c1ccc(O${b})cc1${'C'.repeat(c)}`;
  }
}

function csv(lines: number, withSmiles: boolean, distinctSmiles: number): Buffer {
  const rows = [];
  for (let i = 0; i < lines; i++) {
    const [hs, description, cas] = DESCRIPTIONS[i % DESCRIPTIONS.length]!;
    const row: Record<string, string> = {
      ...VALID_LINE,
      declaration_id: `2616001${String(Math.floor(i / 10)).padStart(7, '0')}`,
      line_no: String((i % 10) + 1),
      hs_code: hs,
      goods_description: description,
      cas_number: cas,
      smiles: withSmiles ? smilesFor(i % distinctSmiles) : '',
    };
    rows.push(DECLARATION_COLUMNS.map((c) => row[c] ?? ''));
  }
  return Buffer.from(stringify([[...DECLARATION_COLUMNS], ...rows]));
}

/** Lines per second of one pass over the input, output formatted as JSONL. */
async function pass(
  input: Buffer,
  screener: Screener,
): Promise<{ lines: number; perSecond: number; bytes: number }> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += 64 * 1024) chunks.push(input.subarray(i, i + 64 * 1024));
  const started = performance.now();
  let lines = 0;
  let bytes = 0;
  for await (const output of screenDeclarations(chunks, screener)) {
    bytes += formatOutput(output, 'jsonl').length;
    lines++;
  }
  return { lines, perSecond: lines / ((performance.now() - started) / 1000), bytes };
}

/** Median of three passes; `fresh` builds a new screener per pass so that no pass profits from a cache. */
async function measure(label: string, input: Buffer, screener: () => Promise<Screener>): Promise<void> {
  const rates: number[] = [];
  let last = { lines: 0, perSecond: 0, bytes: 0 };
  for (let i = 0; i < 3; i++) {
    last = await pass(input, await screener());
    rates.push(last.perSecond);
  }
  rates.sort((a, b) => a - b);
  const shown = rates.map((r) => Math.round(r)).join(' / ');
  console.log(
    `${label.padEnd(40)} ${String(last.lines).padStart(7)} lines  median ${String(Math.round(rates[1] ?? 0)).padStart(6)} lines/s  (runs ${shown}; ${(last.bytes / 1e6).toFixed(1)} MB jsonl)`,
  );
}

const list = loadControlList();
const t0 = performance.now();
const shared = await Screener.create(list);
console.log(
  `control list ${list.version}; screener ready in ${Math.round(performance.now() - t0)} ms; ${LINES} lines per run`,
);
await pass(csv(LINES, false, 1), shared); // warm-up: JIT
await measure('without SMILES', csv(LINES, false, 1), async () => shared);
await measure('with SMILES, every structure distinct', csv(LINES, true, LINES), () => Screener.create(list));
await measure('with SMILES, 500 distinct structures', csv(LINES, true, 500), () => Screener.create(list));

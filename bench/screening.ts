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

async function run(label: string, input: Buffer, screener: Screener): Promise<void> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += 64 * 1024) chunks.push(input.subarray(i, i + 64 * 1024));
  const started = performance.now();
  let count = 0;
  let bytes = 0;
  for await (const output of screenDeclarations(chunks, screener)) {
    bytes += formatOutput(output, 'jsonl').length;
    count++;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(44)} ${String(count).padStart(7)} lines  ${seconds.toFixed(2).padStart(6)} s  ${Math.round(count / seconds)
      .toString()
      .padStart(7)} lines/s  (${(bytes / 1e6).toFixed(1)} MB jsonl)`,
  );
}

const list = loadControlList();
const t0 = performance.now();
const warm = await Screener.create(list);
console.log(`control list ${list.version}; screener ready in ${Math.round(performance.now() - t0)} ms`);
await run('warm-up', csv(2_000, false, 1), warm);
await run('without SMILES', csv(LINES, false, 1), warm);
// A fresh screener per structure run so that no run profits from another's cache.
await run('with SMILES, every structure distinct', csv(LINES, true, LINES), await Screener.create(list));
await run('with SMILES, 500 distinct structures', csv(LINES, true, 500), await Screener.create(list));

/**
 * `centinela screen` as a whole process against a minimal native-like RDKit screener
 * (bench/screening-native.mjs), on the same file of distinct designer-like SMILES, in the same run,
 * measured the same way: wall time from spawn to exit (process start, RDKit init, reading the CSV,
 * writing JSON lines to /dev/null), plus the CPU seconds of each (GNU time). Runs alternate so that
 * both see the same machine; the load average is printed with the figures (the machine is shared).
 * `centinela` runs as installed: from dist/, compiled first if the sources are newer (`npm run compile`).
 * Run: npx tsx bench/screening-process.ts [lines=10000] [rounds=3]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { DECLARATION_COLUMNS } from '../src/declarations/row.ts';
import { VALID_LINE } from '../src/declarations/testing/csv-fixture.ts';
import { compiledIsCurrent } from '../bin/compiled.mjs';

const LINES = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));

const ACYL = [
  'CC(=O)',
  'CCC(=O)',
  'CCCC(=O)',
  'CC(C)C(=O)',
  'COCC(=O)',
  'C=CC(=O)',
  'O=C(c1ccco1)',
  'O=C(C1CC1)',
  'CCCCC(=O)',
  'O=C(c1ccccc1)',
];
const ARYL = [
  'c1ccccc1',
  'c1ccccc1F',
  'c1cccc(F)c1',
  'c1ccc(F)cc1',
  'c1ccc(Cl)cc1',
  'c1ccc(OC)cc1',
  'c1ccccc1C',
  'c1ccc(C)cc1',
  'c1cccc(OC)c1',
  'c1ccccc1OC',
];
const N_SUBST = [
  'CCc1ccccc1',
  'CCc1cccs1',
  'CCc1ccc(F)cc1',
  'Cc1ccccc1',
  'C(=O)OC(C)(C)C',
  'C(=O)OCc1ccccc1',
  'C',
  '',
  'CC(O)c1ccccc1',
  'CCCc1ccccc1',
  'C(C)=O',
  'CCc1ccc(Cl)cc1',
  'CCc1ccc(OC)cc1',
  'CCc1ccccc1F',
  'CCc1ccc(C)cc1',
  'CC(C)c1ccccc1',
  'CCCCc1ccccc1',
  'CCc1ccccn1',
  'CCc1ccc(Br)cc1',
  'C(=O)OCC',
];
/** Piperidine rings carrying the N-substituent: plain, 3-methyl, 2-methyl, 3-ethyl, 3,3- and 2,3-dimethyl. */
const RING: ((n: string) => string)[] = [
  (n) => `C1CCN(${n})CC1`,
  (n) => `C1CCN(${n})CC1C`,
  (n) => `C1CN(${n})C(C)C1`,
  (n) => `C1CCN(${n})CC1CC`,
  (n) => `C1CCN(${n})CC1(C)C`,
  (n) => `C1CN(${n})C(C)C1C`,
];

/** Fentanyl-like amides, 4-anilinopiperidines, N-substituted piperidones and ketals, P2P-like ketones. */
function designerSmiles(): string[] {
  const out = new Set<string>();
  for (const ring of RING)
    for (const n of N_SUBST)
      for (const aryl of ARYL) {
        const piperidine = ring(n).replace('()', '');
        for (const acyl of ACYL) out.add(`${acyl}N(${aryl})${piperidine}`);
        out.add(`N(${aryl})${piperidine}`);
      }
  for (let chain = 1; chain <= 12; chain++)
    for (const aryl of ARYL)
      for (const [ketone, tail] of [
        ['O=C1CCN(', ')CC1'],
        ['C1CC2(OCCO2)CCN1', ''],
        ['COC1(OC)CCN(', ')CC1'],
        ['O=C1CCN(', ')CC1C'],
      ]) {
        out.add(`${ketone}${'C'.repeat(chain)}${aryl}${tail}`);
        out.add(`${ketone}C(=O)O${'C'.repeat(chain)}${tail}`);
      }
  for (let chain = 0; chain <= 8; chain++)
    for (const aryl of ARYL) out.add(`CC(=O)C(${'C'.repeat(chain + 1)})${aryl}`);
  const all = [...out];
  // A fixed shuffle, so that kinds are interleaved the same way on every run.
  let seed = 2026;
  for (let i = all.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  return all;
}

function writeInput(dir: string): string {
  const smiles = designerSmiles();
  if (smiles.length < LINES) throw new Error(`only ${smiles.length} distinct structures`);
  const rows = smiles.slice(0, LINES).map((s, i) => {
    const row: Record<string, string> = {
      ...VALID_LINE,
      declaration_id: `2616001${String(Math.floor(i / 10)).padStart(7, '0')}`,
      line_no: String((i % 10) + 1),
      hs_code: '2933.39',
      goods_description: 'Intermedio farmacéutico',
      cas_number: '',
      smiles: s,
    };
    return DECLARATION_COLUMNS.map((c) => row[c] ?? '');
  });
  const file = join(dir, 'designer.csv');
  writeFileSync(file, stringify([[...DECLARATION_COLUMNS], ...rows]));
  return file;
}

/** Wall seconds from spawn to exit, and user+system CPU seconds as GNU time reports them. */
function run(command: string[], dir: string): Promise<{ wall: number; cpu: number }> {
  const timeFile = join(dir, 'time.txt');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, ...command], {
      cwd: root,
      stdio: ['ignore', openSync('/dev/null', 'w'), 'ignore'],
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${command.join(' ')} exited with ${code}`));
      const [user, sys] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
      resolve({ wall: (performance.now() - started) / 1000, cpu: (user ?? 0) + (sys ?? 0) });
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

if (!compiledIsCurrent()) execFileSync('npm', ['run', 'compile'], { cwd: root, stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'screening-process-'));
try {
  const file = writeInput(dir);
  const commands = {
    centinela: [process.execPath, 'bin/centinela.mjs', 'screen', file, '--format', 'jsonl'],
    native: [process.execPath, 'bench/screening-native.mjs', file],
  };
  const load0 = loadavg()[0] as number;
  console.log(
    `${LINES} distinct designer-like SMILES, ${ROUNDS} rounds, load average ${load0.toFixed(2)} at start`,
  );
  const times: Record<keyof typeof commands, { wall: number; cpu: number }[]> = { centinela: [], native: [] };
  for (let round = 0; round < ROUNDS; round++)
    for (const name of round % 2 === 0
      ? (['native', 'centinela'] as const)
      : (['centinela', 'native'] as const)) {
      const t = await run(commands[name], dir);
      times[name].push(t);
      console.log(
        `  round ${round + 1} ${name.padEnd(10)} ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU, load ${(loadavg()[0] as number).toFixed(2)}`,
      );
    }
  const rate = (name: keyof typeof commands): number => LINES / median(times[name].map((t) => t.wall));
  const cpuRate = (name: keyof typeof commands): number => LINES / median(times[name].map((t) => t.cpu));
  for (const name of ['native', 'centinela'] as const)
    console.log(
      `${name.padEnd(10)} median ${Math.round(rate(name))} lines/s wall, ${Math.round(cpuRate(name))} lines per CPU second`,
    );
  console.log(
    `ratio centinela / native: ${(rate('centinela') / rate('native')).toFixed(2)}× wall, ${(cpuRate('centinela') / cpuRate('native')).toFixed(2)}× per CPU second; load average ${(loadavg()[0] as number).toFixed(2)} at end`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

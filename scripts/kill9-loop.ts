/**
 * Kill -9 loop (issue 14; not run in CI): imports a synthetic world's declarations and EPCIS events with the
 * CLI, killing each import with SIGKILL at a random moment, then reruns both to completion and checks that
 * nothing was lost or doubled, the audit chain verifies, and the findings match a clean import's.
 *
 *   npx tsx scripts/kill9-loop.ts [--kills 10] [--size small] [--seed 7] [--max-delay-ms 8000]
 *
 * On the embedded database by default (a fresh data dir under the system temp folder); with DATABASE_URL set,
 * on that PostgreSQL server (the script creates two databases there and drops them).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore, type StoreOptions } from '../src/store/open.ts';
import { seedDemoIdentities } from '../src/demo/seed.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { sequenceAudit } from '../src/audit/sequencer.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '10' },
    size: { type: 'string', default: 'small' },
    seed: { type: 'string', default: '7' },
    'max-delay-ms': { type: 'string', default: '8000' },
  },
});
const KILLS = Number(values.kills);
const MAX_DELAY_MS = Number(values['max-delay-ms']);
const BIN = join(import.meta.dirname, '..', 'bin', 'centinela.mjs');
const serverUrl = process.env.DATABASE_URL;

interface Outcome {
  code: number | null;
  killed: boolean;
  ms: number;
  output: string;
}

function centinela(store: StoreOptions, args: string[], killAfterMs?: number): Promise<Outcome> {
  const started = Date.now();
  const global = store.databaseUrl ? ['--database-url', store.databaseUrl] : ['--data', store.dataDir!];
  const child = spawn(process.execPath, [BIN, ...global, ...args], {
    env: { ...process.env, DATABASE_URL: store.databaseUrl ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  let killed = false;
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, killAfterMs);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, killed: killed && code === null, ms: Date.now() - started, output });
    }),
  );
}

async function newStore(label: string, dir: string): Promise<StoreOptions> {
  if (!serverUrl) return { dataDir: join(dir, label) };
  const name = `centinela_kill9_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}

async function dropStore(store: StoreOptions): Promise<void> {
  if (!store.databaseUrl || !serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${new URL(store.databaseUrl).pathname.slice(1)} with (force)`);
  await admin.end();
}

async function prepare(store: StoreOptions): Promise<void> {
  const db = await openStore(store);
  try {
    await seedDemoIdentities(db);
  } finally {
    await db.close();
  }
}

const IMPORTS = (world: string) => ({
  declarations: ['--as', 'analista', 'import', 'declarations', join(world, 'declarations.csv')],
  epcis: ['--as', 'operador', 'import', 'epcis', join(world, 'events.jsonld')],
});

async function importAll(store: StoreOptions, world: string): Promise<void> {
  for (const args of Object.values(IMPORTS(world))) {
    const outcome = await centinela(store, args);
    if (outcome.code !== 0 && outcome.code !== 1) throw new Error(`import failed: ${outcome.output}`);
  }
  const findings = await centinela(store, ['--as', 'analista', 'findings', '--format', 'jsonl']);
  if (findings.code !== 0) throw new Error(`findings failed: ${findings.output}`);
}

async function census(store: StoreOptions) {
  const db = await openStore(store);
  try {
    await sequenceAudit(db); // what a killed command staged is chained by the next sequencer run
    const counts = await db.asOwner(async (tx) => {
      const one = async (sql: string) => Number((await tx.query<{ n: number }>(sql)).rows[0]!.n);
      return {
        declarationLines: await one('select count(*) as n from declaration_lines'),
        duplicateLines: await one(
          'select count(*) as n from (select 1 from declaration_lines group by owner_agency, declaration_id, line_no having count(*) > 1) d',
        ),
        events: await one('select count(*) as n from epcis_events'),
        duplicateEvents: await one(
          'select count(*) as n from (select 1 from epcis_events group by owner_agency, event_id having count(*) > 1) d',
        ),
        alerts: await one('select count(*) as n from alerts'),
        findings: await one('select count(*) as n from findings'),
        auditEntries: await one('select count(*) as n from audit_log'),
      };
    });
    const audit = await verifyAuditChain((work) => db.asOwner(work));
    return { ...counts, auditIntact: audit.broken === null };
  } finally {
    await db.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'centinela-kill9-'));
const world = join(dir, 'world');
const stores: StoreOptions[] = [];
try {
  const scenario = await centinela({ dataDir: join(dir, 'unused') }, [
    'scenario',
    '--seed',
    values.seed,
    '--size',
    values.size,
    '--out',
    world,
  ]);
  if (scenario.code !== 0) throw new Error(scenario.output);

  const reference = await newStore('reference', dir);
  stores.push(reference);
  await prepare(reference);
  const cleanStarted = Date.now();
  await importAll(reference, world);
  const cleanMs = Date.now() - cleanStarted;
  const expected = await census(reference);

  const victim = await newStore('victim', dir);
  stores.push(victim);
  await prepare(victim);
  const kinds = Object.entries(IMPORTS(world));
  let killed = 0;
  let finishedBeforeKill = 0;
  for (let i = 0; i < KILLS; i++) {
    const [kind, args] = kinds[i % kinds.length]!;
    const delay = 500 + Math.floor(Math.random() * MAX_DELAY_MS);
    const outcome = await centinela(victim, args, delay);
    if (outcome.killed) killed++;
    else finishedBeforeKill++;
    console.log(
      `#${i + 1} ${kind}: ${outcome.killed ? `killed after ${delay} ms` : `finished (exit ${outcome.code}) in ${outcome.ms} ms`}`,
    );
  }
  const rerunStarted = Date.now();
  await importAll(victim, world);
  const rerunMs = Date.now() - rerunStarted;
  const actual = await census(victim);

  const same =
    JSON.stringify({ ...actual, auditEntries: 0 }) === JSON.stringify({ ...expected, auditEntries: 0 });
  console.log(
    JSON.stringify(
      {
        engine: serverUrl ? 'postgres' : 'pglite',
        size: values.size,
        kills: killed,
        finishedBeforeKill,
        cleanImportMs: cleanMs,
        rerunToCompletionMs: rerunMs,
        expected,
        actual,
        identical: same,
      },
      null,
      2,
    ),
  );
  process.exitCode = same && actual.auditIntact ? 0 : 1;
} finally {
  for (const store of stores) await dropStore(store);
  await rm(dir, { recursive: true, force: true });
}

/**
 * National scale, measured (issue 14): a scenario world imported and analysed end to end on PostgreSQL, each
 * phase timed and printed as it ends (a run of hours still leaves its figures if it is stopped), then the disk
 * the database takes and the two reads a user makes most (the findings queue and a port's map).
 *   DATABASE_URL=postgres://…/postgres npx tsx bench/national-scale.ts [--size large] [--seed 7]
 *     [--world DIR (reuse files written before)] [--database NAME (kept afterwards; default: a scratch one, dropped)]
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../src/store/migrate.ts';
import { openPostgres } from '../src/store/postgres.ts';
import type { Database } from '../src/store/database.ts';
import { refreshStatistics } from '../src/store/statistics.ts';
import { seedDemoIdentities } from '../src/demo/seed.ts';
import { openOwnerSession } from '../src/identity/service.ts';
import type { Actor } from '../src/identity/actor.ts';
import { generateScenario } from '../src/scenario/generate.ts';
import { importLocations, importPermits } from '../src/custody/registry.service.ts';
import { importDeclarations } from '../src/screening/import-declarations.ts';
import { sharedScreener } from '../src/screening/shared-screener.ts';
import { captureDocument } from '../src/epcis/capture.ts';
import { documentsIn } from '../src/epcis/cli.ts';
import { analyseConsignments } from '../src/custody/findings.service.ts';
import { listFindings } from '../src/custody/findings.repository.ts';
import { portMap } from '../src/custody/port-map.service.ts';
import {
  releaseDeclarations,
  releaseEvents,
  releaseRegistries,
  releasedBillsOfLading,
} from '../src/demo/release.repository.ts';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const size = arg('--size', 'large') as 'small' | 'medium' | 'large';
const seed = Number(arg('--seed', '7'));
const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL (a PostgreSQL server)');
const keep = process.argv.includes('--database');
const name = arg('--database', `bench_national_${randomBytes(4).toString('hex')}`);
const dir = arg('--world', `/tmp/centinela-world-${size}-${seed}`);

const started = performance.now();
function report(line: string): void {
  const at = ((performance.now() - started) / 1000).toFixed(0).padStart(6);
  const rss = (process.memoryUsage().rss / 1048576).toFixed(0);
  console.log(`[${at} s, rss ${rss} MiB] ${line}`);
}

async function phase<T>(label: string, work: () => Promise<T>, count?: (value: T) => string): Promise<T> {
  const start = performance.now();
  const value = await work();
  const seconds = (performance.now() - start) / 1000;
  const took = seconds < 10 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(1)} s`;
  report(`${label}: ${took}${count ? `, ${count(value)}` : ''}`);
  return value;
}

async function actor(db: Database, username: string): Promise<Actor> {
  const found = await openOwnerSession(db, username, `bench-${username}`, 'national-scale benchmark', 48);
  if (!found) throw new Error(`no user ${username}`);
  return found;
}

const rate = (n: number, seconds: number) => `${Math.round(n / seconds).toLocaleString('en')}/s`;

const admin = new pg.Client({ connectionString: url });
await admin.connect();
const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
if (exists.rowCount === 0) await admin.query(`create database ${name}`);
const db = openPostgres(url.replace(/\/[^/]*$/, `/${name}`));
try {
  await migrate(db);
  await seedDemoIdentities(db);
  const written = await readdir(dir).catch(() => [] as string[]);
  if (!written.includes('declarations.csv')) {
    await phase(`scenario ${size} seed ${seed} written to ${dir}`, () =>
      generateScenario({ seed, size, outDir: dir }),
    );
  }
  const customs = await actor(db, 'analista');
  const regulator = await actor(db, 'reguladora');
  const port = await actor(db, 'operador');
  await phase(
    'locations',
    async () => importLocations(db, regulator, await readFile(join(dir, 'locations.csv'), 'utf8')),
    (s) => `${s.imported} imported`,
  );
  await phase(
    'permits',
    async () => importPermits(db, regulator, await readFile(join(dir, 'permits.csv'), 'utf8')),
    (s) => `${s.imported} imported`,
  );
  await phase('registries released to USA', () => db.asUser(regulator, (tx) => releaseRegistries(tx, 'USA')));
  const declStart = performance.now();
  const declarations = await phase(
    'declarations (screened, alerts raised)',
    async () =>
      importDeclarations(
        db,
        customs,
        createReadStream(join(dir, 'declarations.csv')),
        await sharedScreener(),
      ),
    (s) => `${s.imported} lines, ${s.rejected} rejected`,
  );
  report(`declarations rate: ${rate(declarations.imported, (performance.now() - declStart) / 1000)}`);
  let events = 0;
  const eventsStart = performance.now();
  const files = (await readdir(dir)).filter((f) => /^events.*\.jsonld$/.test(f)).sort();
  for (const [i, file] of files.entries()) {
    for (const doc of documentsIn(await readFile(join(dir, file), 'utf8'), file)) {
      events += (await captureDocument(db, port, doc)).storedCount;
    }
    const seconds = (performance.now() - eventsStart) / 1000;
    if (i % 10 === 9 || i === files.length - 1)
      report(
        `events: ${i + 1}/${files.length} files, ${events.toLocaleString('en')} stored, ${rate(events, seconds)}`,
      );
  }
  await phase('declarations and their events released to USA (as the demo does)', async () => {
    await db.asUser(customs, (tx) => releaseDeclarations(tx, 'USA'));
    const released = await db.asUser(customs, (tx) => releasedBillsOfLading(tx, 'USA'));
    await db.asUser(port, (tx) => releaseEvents(tx, 'USA', released));
  });
  await phase('statistics (analyze)', () => refreshStatistics(db));
  const analysis = await phase(
    'analysis of every consignment',
    () => analyseConsignments(db, customs, 'all'),
    (a) => `${a.consignments} consignments, ${a.findings} findings`,
  );
  void analysis;
  await refreshStatistics(db);
  const sizes = await db.asOwner(async (tx) => {
    const { rows } = await tx.query<{ relname: string; bytes: string }>(
      `select c.relname, pg_total_relation_size(c.oid)::text as bytes from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') order by pg_total_relation_size(c.oid) desc limit 8`,
    );
    const total = await tx.query<{ bytes: string }>(
      'select pg_database_size(current_database())::text as bytes',
    );
    return { tables: rows, total: Number(total.rows[0]!.bytes) };
  });
  const inputBytes = (await Promise.all(files.map((f) => stat(join(dir, f))))).reduce(
    (n, s) => n + s.size,
    0,
  );
  report(
    `disk: database ${(sizes.total / 2 ** 30).toFixed(2)} GiB (EPCIS files ${(inputBytes / 2 ** 30).toFixed(2)} GiB)`,
  );
  for (const t of sizes.tables) report(`  ${t.relname}: ${(Number(t.bytes) / 2 ** 30).toFixed(2)} GiB`);
  for (const username of ['analista', 'usanalyst']) {
    const user = await actor(db, username);
    for (let run = 0; run < 3; run++) {
      await phase(`${username} findings queue, page of 50`, () =>
        db.asUser(user, (tx) => listFindings(tx, { limit: 50, offset: 0 })),
      );
      await phase(
        `${username} MXZLO port map`,
        () => portMap(db, user, 'MXZLO'),
        (items) => `${items.length} consignments`,
      );
    }
  }
} finally {
  await db.close();
  if (!keep) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/**
 * National scale, measured (issue 14): a scenario world loaded as the demo loads it (registries, declarations,
 * events, the partner's releases, analysis, resolution), each phase timed and printed as it ends (a run of hours
 * still leaves its figures if it is stopped), then the disk the database takes and the two reads a user makes
 * most (the findings queue and a port's map).
 *   DATABASE_URL=postgres://…/postgres npx tsx bench/national-scale.ts [--size large]
 *     [--world DIR (reuse files written before)] [--database NAME (kept afterwards; default: a scratch one, dropped)]
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../src/store/migrate.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { seedDemoIdentities } from '../src/demo/seed.ts';
import { demoActor, ensureWorldFiles, loadDemoWorld } from '../src/demo/world.ts';
import { listFindings } from '../src/custody/findings.repository.ts';
import { portMap } from '../src/custody/port-map.service.ts';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const size = arg('--size', 'large') as 'small' | 'medium' | 'large';
const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL (a PostgreSQL server)');
const keep = process.argv.includes('--database');
const name = arg('--database', `bench_national_${randomBytes(4).toString('hex')}`);
const dir = arg('--world', `/tmp/centinela-world-${size}`);

const started = performance.now();
function report(line: string): void {
  const at = ((performance.now() - started) / 1000).toFixed(0).padStart(6);
  const rss = (process.memoryUsage().rss / 1048576).toFixed(0);
  console.log(`[${at} s, rss ${rss} MiB] ${line}`);
}

const took = (ms: number) => (ms < 10_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);

async function phase<T>(label: string, work: () => Promise<T>, count?: (value: T) => string): Promise<T> {
  const start = performance.now();
  const value = await work();
  report(`${label}: ${took(performance.now() - start)}${count ? `, ${count(value)}` : ''}`);
  return value;
}

/** The loader's steps as phases: each step ends the one before it. */
function phaseTimer(): { step: (label: string) => void; end: () => void } {
  let current: { label: string; start: number } | null = null;
  const end = () => {
    if (current) report(`${current.label}: ${took(performance.now() - current.start)}`);
    current = null;
  };
  return {
    step: (label) => {
      end();
      current = { label, start: performance.now() };
    },
    end,
  };
}

const admin = new pg.Client({ connectionString: url });
await admin.connect();
const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
if (exists.rowCount === 0) await admin.query(`create database ${name}`);
const db = openPostgres(url.replace(/\/[^/]*$/, `/${name}`));
try {
  await migrate(db);
  await seedDemoIdentities(db);
  await phase(`scenario ${size} in ${dir}`, () => ensureWorldFiles(dir, size));
  const timer = phaseTimer();
  const world = await loadDemoWorld(db, dir, timer.step);
  timer.end();
  const seconds = (performance.now() - started) / 1000;
  report(
    `loaded ${world.declarations ?? 0} lines, ${world.events ?? 0} events, ${world.findings ?? 0} findings, ` +
      `${world.entities ?? 0} entities (${Math.round((world.events ?? 0) / seconds)} events/s overall)`,
  );
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
  const files = (await readdir(dir)).filter((f) => /^events.*\.jsonld$/.test(f));
  const inputBytes = (await Promise.all(files.map((f) => stat(join(dir, f))))).reduce(
    (n, s) => n + s.size,
    0,
  );
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  report(`disk: database ${gib(sizes.total)} (EPCIS files ${gib(inputBytes)})`);
  for (const t of sizes.tables) report(`  ${t.relname}: ${gib(Number(t.bytes))}`);
  for (const username of ['analista', 'usanalyst']) {
    const user = await demoActor(db, username);
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

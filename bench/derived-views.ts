/**
 * The cost of deriving custody records per visibility class (docs/DECISIONS.md): the demo world (a synthetic
 * scenario, part released to the partner as `centinela demo` releases it) loaded into a scratch PostgreSQL
 * database, then the analysis of every consignment, the storage of what it derives, and the two reads a
 * user makes most — the findings queue and a port's map — for a host analyst and a partner analyst.
 *   DATABASE_URL=postgres://… npx tsx bench/derived-views.ts [--size small|medium] [--runs N]
 * The scratch database is dropped at the end.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../src/store/migrate.ts';
import { openPostgres } from '../src/store/postgres.ts';
import type { Database } from '../src/store/database.ts';
import { refreshStatistics } from '../src/store/statistics.ts';
import { seedDemoIdentities } from '../src/demo/seed.ts';
import { openOwnerSession } from '../src/identity/service.ts';
import type { Actor } from '../src/shared/actor.ts';
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
const size = arg('--size', 'small') as 'small' | 'medium';
const runs = Number(arg('--runs', '5'));
const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL (a PostgreSQL server)');

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function median(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(work)).ms);
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function actor(db: Database, username: string): Promise<Actor> {
  const found = await openOwnerSession(db, username, `bench-${username}`, 'derived-views benchmark', 24);
  if (!found) throw new Error(`no user ${username}`);
  return found;
}

async function load(db: Database, dir: string) {
  const customs = await actor(db, 'analista');
  const regulator = await actor(db, 'reguladora');
  const port = await actor(db, 'operador');
  await importLocations(db, regulator, await readFile(join(dir, 'locations.csv'), 'utf8'));
  await importPermits(db, regulator, await readFile(join(dir, 'permits.csv'), 'utf8'));
  await db.asUser(regulator, (tx) => releaseRegistries(tx, 'USA'));
  await importDeclarations(
    db,
    customs,
    createReadStream(join(dir, 'declarations.csv')),
    await sharedScreener(),
  );
  await db.asUser(customs, (tx) => releaseDeclarations(tx, 'USA'));
  const released = await db.asUser(customs, (tx) => releasedBillsOfLading(tx, 'USA'));
  let events = 0;
  for (const file of (await readdir(dir)).filter((f) => /^events.*\.jsonld$/.test(f)).sort()) {
    for (const doc of documentsIn(await readFile(join(dir, file), 'utf8'), file))
      events += (await captureDocument(db, port, doc)).storedCount;
  }
  await db.asUser(port, (tx) => releaseEvents(tx, 'USA', released));
  await refreshStatistics(db);
  return { customs, events };
}

const name = `bench_derived_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create database ${name}`);
const dir = await mkdtemp(join(tmpdir(), 'centinela-bench-'));
try {
  const db = openPostgres(url.replace(/\/[^/]*$/, `/${name}`));
  await migrate(db);
  await seedDemoIdentities(db);
  await generateScenario({ seed: 2026, size, outDir: dir });
  const loaded = await timed(() => load(db, dir));
  console.log(`world ${size}: ${loaded.value.events} events loaded in ${(loaded.ms / 1000).toFixed(1)} s`);
  const analysis = await timed(() => analyseConsignments(db, loaded.value.customs, 'all'));
  await refreshStatistics(db);
  console.log(
    `analysis: ${analysis.value.consignments} consignments, ${analysis.value.findings} findings in ${(analysis.ms / 1000).toFixed(1)} s`,
  );
  const storage = await db.asOwner(async (tx) => {
    const { rows } = await tx.query<{ t: string; rows: string; bytes: string }>(
      `select t, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', t), false, true, '')))[1]::text as rows,
         pg_total_relation_size(t::regclass)::text as bytes
       from unnest(array['findings', 'consignment_tracks', 'consignment_analyses', 'finding_actions']) t`,
    );
    return rows;
  });
  for (const s of storage)
    console.log(`storage ${s.t}: ${s.rows} rows, ${(Number(s.bytes) / 1048576).toFixed(1)} MiB`);
  for (const username of ['analista', 'usanalyst']) {
    const user = await actor(db, username);
    const queue = await median(() => db.asUser(user, (tx) => listFindings(tx, { limit: 50, offset: 0 })));
    const total = (await db.asUser(user, (tx) => listFindings(tx, { limit: 1, offset: 0 }))).total;
    const map = await median(() => portMap(db, user, 'MXZLO'));
    const items = await portMap(db, user, 'MXZLO');
    const stored = items.filter((i) => i.source === 'stored').length;
    console.log(
      `${username} (${user.agency}): queue page of 50 of ${total} in ${queue.toFixed(0)} ms; ` +
        `MXZLO map of ${items.length} consignments (${stored} stored tracks) in ${map.toFixed(0)} ms`,
    );
  }
  await db.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await rm(dir, { recursive: true, force: true });
}

/**
 * Entities per visibility class: the cost of resolving once per class (docs/SHARING.md) on a world
 * from `centinela scenario`, loaded as the demo loads it (sites and permits by the regulator,
 * declarations screened by customs, about 7 in 10 released to the partner; no events), then
 * `runResolution` as intelligence. Prints the classes, run time, rows and table sizes, the same
 * records resolved in memory as one class (what a single shared resolution cost), and the entity list
 * and a network read as host and partner.
 *   npx tsx bench/entities.ts [small|medium] [--dir DIR]       (PostgreSQL when DATABASE_URL is set, else PGlite)
 */
import { createReadStream } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from '../src/store/migrate.ts';
import { openPglite } from '../src/store/pglite.ts';
import { openPostgres } from '../src/store/postgres.ts';
import type { Database } from '../src/store/database.ts';
import { refreshStatistics } from '../src/store/statistics.ts';
import { seedDemoIdentities } from '../src/demo/seed.ts';
import { ensureWorldFiles, PARTNER_NATION } from '../src/demo/world.ts';
import { releaseDeclarations, releaseRegistries } from '../src/demo/release.repository.ts';
import type { Actor } from '../src/shared/actor.ts';
import { openOwnerSession } from '../src/identity/service.ts';
import { importLocations, importPermits } from '../src/custody/registry.service.ts';
import { importDeclarations } from '../src/screening/import-declarations.ts';
import { sharedScreener } from '../src/screening/shared-screener.ts';
import { runResolution } from '../src/resolution/service.ts';
import { extractParties } from '../src/resolution/extract.repository.ts';
import { Resolver } from '../src/resolution/resolver.ts';
import { agencyNations } from '../src/resolution/repository.ts';
import { searchEntities, visibleMembers } from '../src/resolution/reads.repository.ts';
import { visibilityClasses } from '../src/resolution/visibility-classes.ts';
import { entityNetwork } from '../src/network/service.ts';

const size = process.argv.find((a) => a === 'small' || a === 'medium') ?? 'small';
const dirAt = process.argv.indexOf('--dir');
const dir =
  dirAt >= 0 ? process.argv[dirAt + 1]! : mkdtempSync(join(tmpdir(), `centinela-entities-${size}-`));
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
const cpu = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 100_000) / 10;
};

async function actor(db: Database, username: string): Promise<Actor> {
  const found = await openOwnerSession(db, username, `bench-${username}`, 'entities bench', 24);
  if (!found) throw new Error(`no demo user ${username}`);
  return found;
}

async function bench(engine: string, db: Database): Promise<void> {
  await migrate(db);
  await seedDemoIdentities(db);
  await ensureWorldFiles(dir, size);
  const customs = await actor(db, 'analista');
  const regulator = await actor(db, 'reguladora');
  const intel = await actor(db, 'intel');
  const advisor = await actor(db, 'advisor');
  let started = performance.now();
  await importLocations(db, regulator, await readFile(join(dir, 'locations.csv'), 'utf8'));
  await importPermits(db, regulator, await readFile(join(dir, 'permits.csv'), 'utf8'));
  await db.asUser(regulator, (tx) => releaseRegistries(tx, PARTNER_NATION));
  await importDeclarations(
    db,
    customs,
    createReadStream(join(dir, 'declarations.csv')),
    await sharedScreener(),
  );
  await db.asUser(customs, (tx) => releaseDeclarations(tx, PARTNER_NATION));
  await refreshStatistics(db);
  console.log(`${engine} ${size}: world loaded in ${seconds(started)} s`);

  // one class, in memory: the resolver step of a single shared resolution (the former design)
  const parties = await db.asOwner((tx) => extractParties(tx));
  started = performance.now();
  let cpuStarted = process.cpuUsage();
  const single = Resolver.run(parties.map((p) => ({ ...p })));
  console.log(
    `one class in memory: ${parties.length} records → ${single.stats.entities} entities, ${seconds(started)} s wall, ${cpu(cpuStarted)} s CPU`,
  );

  // per class, in memory: the resolver steps of the per-class design, without storage
  const agencies = await db.asOwner((tx) => agencyNations(tx));
  started = performance.now();
  cpuStarted = process.cpuUsage();
  const classes0 = visibilityClasses(
    agencies,
    parties.map((p) => p.marking),
    [],
  );
  let perClassEntities = 0;
  for (const cls of classes0)
    perClassEntities += Resolver.run(cls.records.map((i) => ({ ...parties[i]! }))).stats.entities;
  console.log(
    `per class in memory: ${classes0.length} classes → ${perClassEntities} entities, ${seconds(started)} s wall, ${cpu(cpuStarted)} s CPU`,
  );

  started = performance.now();
  cpuStarted = process.cpuUsage();
  const summary = await runResolution(db, intel);
  console.log(
    `per class, stored: ${summary.records} records, ${summary.classes} classes → ${summary.entities} entities, ` +
      `${summary.candidatePairs} candidate pairs, ${seconds(started)} s wall, ${cpu(cpuStarted)} s CPU`,
  );
  await refreshStatistics(db);
  const sizes = await db.asOwner((tx) =>
    tx.query<{ name: string; rows: string; bytes: string; viewers: string }>(
      `select t.name, (xpath('/row/c/text()', query_to_xml('select count(*) as c from ' || t.name, false, true, '')))[1]::text as rows,
              pg_total_relation_size(t.name::regclass)::text as bytes, '' as viewers
         from unnest(array['party_records', 'entities', 'entity_members', 'entity_links']) as t(name)`,
    ),
  );
  for (const r of sizes.rows)
    console.log(
      `  ${r.name.padEnd(15)} ${r.rows.padStart(9)} rows ${(Number(r.bytes) / 2 ** 20).toFixed(1).padStart(8)} MiB`,
    );
  const classes = await db.asOwner((tx) =>
    tx.query<{ viewers: string[]; entities: string }>(
      'select viewers, count(*)::text as entities from entities group by viewers order by viewers',
    ),
  );
  for (const c of classes.rows) console.log(`  class ${c.viewers.join(',')}: ${c.entities} entities`);

  for (const [who, caller] of [
    ['host (intel)', intel],
    ['partner (advisor)', advisor],
  ] as const) {
    started = performance.now();
    const list = await db.asUser(caller, (tx) => searchEntities(tx, { limit: 50, offset: 0 }));
    const listSeconds = seconds(started);
    const top = list[0]!.entityId;
    started = performance.now();
    const network = await entityNetwork(db, caller, top, 2);
    const networkSeconds = seconds(started);
    started = performance.now();
    const all = await db.asUser(caller, (tx) => visibleMembers(tx));
    console.log(
      `  ${who}: entity list (50) ${listSeconds} s; network depth 2 of the largest (${network.nodes.length} nodes) ${networkSeconds} s; ` +
        `all ${all.length} visible members in ${new Set(all.map((m) => m.entityId)).size} entities ${seconds(started)} s`,
    );
  }
}

const serverUrl = process.env.DATABASE_URL;
try {
  if (serverUrl) {
    const name = `centinela_bench_entities_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = openPostgres(url.toString());
    try {
      await bench('postgres', db);
    } finally {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    const db = await openPglite();
    await bench('pglite', db);
    await db.close();
  }
} finally {
  if (dirAt < 0) rmSync(dir, { recursive: true, force: true });
}

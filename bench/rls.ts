/**
 * The cost of row-level security: the same 10,000-row query over a marked table, as the schema
 * owner (policies bypassed) and as the application role (policies evaluated on every row), on
 * PGlite and, when DATABASE_URL is set, on PostgreSQL. Prints medians over repeated runs. Also the fixed cost the
 * policies add to every statement (the caller's verified identity, looked up once per statement): 500 primary-key
 * lookups in one transaction, per lookup.
 *   npx tsx bench/rls.ts            DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/rls.ts
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Database, Tx } from '../src/store/database.ts';
import { makeUser } from '../src/testing/factories.ts';
import { openPglite } from '../src/store/pglite.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { migrate } from '../src/store/migrate.ts';
import type { Actor } from '../src/shared/actor.ts';

const ROWS = 10_000;
const RUNS = 25;

async function seed(db: Database): Promise<{ viewer: Actor; ownerViewer: Actor; ids: string[] }> {
  return db.asOwner(async (tx) => {
    await tx.query(
      "insert into nations values ('MEX', 'Mexico', 'México'), ('USA', 'United States', 'Estados Unidos')",
    );
    await tx.query(
      "insert into agencies values ('MX-ANAM', 'MEX', 'Customs', 'Aduanas'), ('US-DEA', 'USA', 'DEA', 'DEA')",
    );
    const tlps = ['clear', 'green', 'amber', 'amber+strict', 'red'];
    const rows = Array.from({ length: ROWS }, (_, i) => [
      randomUUID(),
      'MX-ANAM',
      tlps[i % 5],
      '{MEX,USA}', // released to the partner; TLP decides (3 of 5 levels spread)
      i % 10 === 0 ? '{US-DEA}' : '{}',
      `report ${i}`,
      'body',
    ]);
    await tx.copyRows(
      'reports',
      ['id', 'owner_agency', 'tlp', 'releasable_to', 'recipients', 'title', 'body'],
      rows,
    );
    await tx.query('analyze reports');
    return {
      viewer: await makeUser(tx, 'US-DEA', ['advisor'], 'bench-partner'),
      ownerViewer: await makeUser(tx, 'MX-ANAM', ['analyst'], 'bench-owner'),
      ids: rows.filter((_, i) => i % 5 < 3).map((r) => String(r[0])),
    };
  });
}

async function median(work: () => Promise<number>): Promise<{ ms: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  await work(); // warm
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    rows = await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, rows };
}

const LOOKUPS = 500;

/** Median over runs of the time per primary-key lookup, 500 in one transaction. */
async function perStatement(db: Database, actor: Actor | null, ids: string[]): Promise<number> {
  const work = async (tx: Tx) => {
    for (let i = 0; i < LOOKUPS; i++)
      await tx.query('select * from reports where id = $1', [ids[i % ids.length]]);
    return LOOKUPS;
  };
  const { ms } = await median(async () => (actor ? db.asUser(actor, work) : db.asOwner(work)));
  return ms / LOOKUPS;
}

async function measure(name: string, db: Database) {
  const { viewer, ownerViewer, ids } = await seed(db);
  const sql = 'select * from reports';
  const without = await median(async () => (await db.asOwner((tx) => tx.query(sql))).rows.length);
  const ownerRls = await median(
    async () => (await db.asUser(ownerViewer, (tx) => tx.query(sql))).rows.length,
  );
  const withRls = await median(async () => (await db.asUser(viewer, (tx) => tx.query(sql))).rows.length);
  const ownerFiltered = await median(
    async () =>
      (
        await db.asOwner((tx) =>
          tx.query(
            `${sql} where 'USA' = any (releasable_to) and (tlp in ('clear','green','amber') or 'US-DEA' = any (recipients))`,
          ),
        )
      ).rows.length,
  );
  console.log(
    `${name.padEnd(10)} per statement (PK lookup): ${(await perStatement(db, viewer, ids)).toFixed(3)} ms as the partner, ${(await perStatement(db, null, ids)).toFixed(3)} ms as the owner (no policies)`,
  );
  console.log(
    `${name.padEnd(10)} no policies: ${without.ms.toFixed(1)} ms (${without.rows} rows) | RLS, owner agency: ${ownerRls.ms.toFixed(1)} ms (${ownerRls.rows} rows) | same filter by hand: ${ownerFiltered.ms.toFixed(1)} ms (${ownerFiltered.rows} rows) | RLS, partner: ${withRls.ms.toFixed(1)} ms (${withRls.rows} rows) | overhead vs hand filter: ${(((withRls.ms - ownerFiltered.ms) / ownerFiltered.ms) * 100).toFixed(0)} %`,
  );
}

const lite = await openPglite();
await migrate(lite);
await measure('PGlite', lite);
await lite.close();

if (process.env.DATABASE_URL) {
  const server = process.env.DATABASE_URL;
  const name = `centinela_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  try {
    await migrate(db);
    await measure('PostgreSQL', db);
  } finally {
    await db.close();
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
}

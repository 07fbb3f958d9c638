/**
 * The global search (GET /api/search), timed through the HTTP layer as the web box calls it (row-level
 * security, audit of the reads, serialisation), as a host analyst and as a partner analyst, for the kinds of
 * text people type: an exact pedimento, bill of lading, container and RFC, prefixes, a company name without its
 * accents, goods, a typo, and two-letter texts. Prints p50/p95/max per text and overall.
 *   DATABASE_URL=postgres://…/NAME npx tsx bench/search.ts [--runs 20]   (a loaded world, e.g. bench/national-scale.ts
 *     --database NAME; migrated first, so never point it at a database someone else owns)
 *   npx tsx bench/search.ts --size small                                  (PGlite: the demo world, loaded here)
 *   … --per-searcher   (also each capability's search function alone, in the caller's transaction: where a text's
 *                       time goes)
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import type { Database } from '../src/store/database.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { openPglite } from '../src/store/pglite.ts';
import { seedDemoIdentities } from '../src/demo/seed.ts';
import { demoActor, ensureWorldFiles, loadDemoWorld } from '../src/demo/world.ts';
import { buildApp } from '../src/app/http-app.ts';
import { makeSession } from '../src/testing/factories.ts';
import { SEARCHERS } from '../src/search/searchers.ts';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const runs = Number(arg('--runs', '20'));
const perSearcher = process.argv.includes('--per-searcher');
const size = arg('--size', 'small') as 'small' | 'medium' | 'large';
const url = process.env.DATABASE_URL;

async function open(): Promise<Database> {
  if (url) {
    const db = openPostgres(url);
    await migrate(db);
    return db;
  }
  const db = await openPglite();
  await migrate(db);
  await seedDemoIdentities(db);
  const dir = `/tmp/centinela-world-${size}`;
  await ensureWorldFiles(dir, size);
  await loadDemoWorld(db, dir);
  return db;
}

/** Texts drawn from the world itself (the first of each, in a stable order), and a few typed by hand. */
async function texts(db: Database): Promise<[string, string][]> {
  return db.asOwner(async (tx) => {
    const one = async (sql: string) => ((await tx.query<{ v: string }>(sql)).rows[0]?.v ?? 'none').trim();
    const pedimento = await one('select id as v from declarations order by id limit 1');
    const bol = await one('select bill_of_lading as v from declaration_lines order by 1 limit 1');
    const container = await one(
      'select container_no as v from declaration_lines where container_no is not null order by 1 limit 1',
    );
    const rfc = await one(`select rfc as v from party_records where rfc <> '' order by 1 limit 1`);
    const company = await one(
      `select name as v from party_records where name ~ '[áéíóúÁÉÍÓÚ]' order by 1 limit 1`,
    );
    const accentless = company.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().split(/\s+/)[0]!;
    return [
      ['pedimento (exact)', pedimento],
      ['pedimento (prefix)', pedimento.replace(/\s/g, '').slice(0, 8)],
      ['bill of lading (exact)', bol],
      ['container (exact)', container],
      ['container (last digits)', container.slice(-5)],
      ['RFC (exact)', rfc],
      ['company word, no accents', accentless],
      ['goods', 'acetona'],
      ['typo', 'efedrna'],
      ['two letters', 'me'],
      ['one word, common', 'sa de cv'],
    ];
  });
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Each search function's median over `runs` calls (after one to warm), as the caller, in its own transaction. */
async function searcherTimes(user: Awaited<ReturnType<typeof demoActor>>, q: string): Promise<string> {
  const parts: string[] = [];
  for (const searcher of SEARCHERS) {
    const times: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      const start = performance.now();
      await db.asUser(user, (tx) => searcher(tx, q, 10));
      if (run >= 1) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    parts.push(`${searcher.name.replace(/^search/, '')} ${pct(times, 0.5).toFixed(0)}`);
  }
  return parts.join(', ');
}

const db = await open();
const app = await buildApp({ db });
await app.ready();
try {
  const cases = await texts(db);
  const all: number[] = [];
  for (const username of ['analista', 'usanalyst']) {
    const user = await demoActor(db, username);
    const token = await makeSession(db, user);
    for (const [what, q] of cases) {
      const times: number[] = [];
      let hits = 0;
      for (let run = 0; run < runs + 2; run++) {
        const start = performance.now();
        const response = await app.inject({
          method: 'GET',
          url: `/api/search?q=${encodeURIComponent(q)}&limit=10`,
          headers: { authorization: `Bearer ${token}` },
        });
        const took = performance.now() - start;
        if (response.statusCode !== 200) throw new Error(`${q}: ${response.statusCode} ${response.body}`);
        hits = response.json<{ items: unknown[] }>().items.length;
        if (run >= 2) times.push(took); // the first two warm the caches
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      console.log(
        `${username.padEnd(9)} ${what.padEnd(26)} ${JSON.stringify(q).padEnd(24)} ${String(hits).padStart(2)} hits  ` +
          `p50 ${ms(pct(times, 0.5))}  p95 ${ms(pct(times, 0.95))}  max ${ms(times.at(-1)!)}`,
      );
      if (perSearcher) console.log(`          ${await searcherTimes(user, q)}`);
    }
  }
  all.sort((a, b) => a - b);
  console.log(
    `overall (${all.length} requests, ${db.engine}): p50 ${ms(pct(all, 0.5))}  p95 ${ms(pct(all, 0.95))}  ` +
      `max ${ms(all.at(-1)!)}; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
} finally {
  await app.close();
  await db.close();
}

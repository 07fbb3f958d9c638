/**
 * Test databases: every test gets its own freshly migrated database, on PGlite always and on
 * PostgreSQL too when DATABASE_URL is set. PGlite loads a new instance from a migrated data dir;
 * PostgreSQL creates a database from a migrated template (CREATE DATABASE … TEMPLATE).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { withClose, type Database, type Engine } from '../store/database.ts';
import { PGlite } from '@electric-sql/pglite';
import { openPglite, PGLITE_EXTENSIONS, PgliteDatabase } from '../store/pglite.ts';
import { openPostgres } from '../store/postgres.ts';
import { migrate, migrationsFingerprint } from '../store/migrate.ts';

export const ENGINES: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let pgliteTemplate: Promise<Uint8Array> | null = null;
let postgresTemplate: Promise<string> | null = null;

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function ensurePostgresTemplate(serverUrl: string): Promise<string> {
  const name = `centinela_tpl_${await migrationsFingerprint()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // Test workers run in parallel: one builds the template, the others wait on the lock.
    await admin.query('select pg_advisory_lock(7407002)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_build_${randomBytes(3).toString('hex')}`;
      await admin.query(`create database ${building}`);
      const db = openPostgres(withDatabaseName(serverUrl, building));
      try {
        await migrate(db);
      } finally {
        await db.close();
      }
      await admin.query(`alter database ${building} rename to ${name}`);
    }
    await admin.query('select pg_advisory_unlock(7407002)');
  } finally {
    await admin.end();
  }
  return name;
}

/**
 * The run's migrated template as the bytes of its data dir: the dump global-setup.ts built (keyed by the migrations'
 * fingerprint, so nothing is left to migrate), or, without the global setup (a script, a test run by another runner,
 * where `inject` throws), an instance migrated here and dumped once.
 */
async function pgliteTemplateBytes(): Promise<Uint8Array> {
  let file: string | undefined;
  try {
    file = inject('pgliteTemplateFile');
  } catch {
    file = undefined;
  }
  if (file) return readFile(file);
  const db = await openPglite();
  try {
    await migrate(db);
    return new Uint8Array(await (await db.dump()).arrayBuffer());
  } finally {
    await db.close();
  }
}

/**
 * A new PGlite instance loaded from the template's bytes, created as `PGlite.clone()` creates its copy (the same
 * extensions, no other option) but without dumping the template again for every test, and handed a private copy of
 * the bytes through `arrayBuffer()`, the one call PGlite makes on `loadDataDir`: Node's Blob reads 45 MB in small
 * chunks and concatenates them. Together about a third of the cost of a fresh database (2026-12-07, 2.2 → 1.45 s of
 * CPU each), paid by every test on PGlite.
 */
async function pgliteFromTemplate(bytes: Uint8Array): Promise<PgliteDatabase> {
  const tar = { type: 'application/x-tar', arrayBuffer: async () => bytes.slice().buffer };
  const pg = await PGlite.create({ loadDataDir: tar as unknown as Blob, extensions: PGLITE_EXTENSIONS });
  return new PgliteDatabase(pg);
}

/** A new migrated database on the given engine; `close()` also drops it (PostgreSQL). */
export async function freshDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    pgliteTemplate ??= pgliteTemplateBytes();
    return pgliteFromTemplate(await pgliteTemplate);
  }
  const serverUrl = process.env.DATABASE_URL!;
  postgresTemplate ??= ensurePostgresTemplate(serverUrl);
  const template = await postgresTemplate;
  const name = `centinela_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const db = openPostgres(withDatabaseName(serverUrl, name), undefined, 4);
  return withClose(db, async () => {
    await db.close();
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  });
}

/**
 * Declares a suite once per engine; each test in it gets a fresh database through `getDb()`.
 *   describeEachEngine('alerts', (getDb) => { it('…', async () => { const db = getDb(); … }) })
 */
export function describeEachEngine(
  title: string,
  body: (getDb: () => Database, engine: Engine) => void,
): void {
  suitePerEngine(title, body, 'test');
}

/**
 * Declares a suite once per engine with one database for all its tests (made before the first, closed after the
 * last): for suites whose tests write nothing another test reads, such as requests refused before they reach the
 * data. A fresh database costs about 1.5 s of CPU on PGlite; most suites still want one per test (describeEachEngine).
 */
export function describeEachEngineOnce(
  title: string,
  body: (getDb: () => Database, engine: Engine) => void,
): void {
  suitePerEngine(title, body, 'suite');
}

/** A `describe` per engine whose database lives for each test or for the whole suite. */
function suitePerEngine(
  title: string,
  body: (getDb: () => Database, engine: Engine) => void,
  lifetime: 'test' | 'suite',
): void {
  const [before, after] = lifetime === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  for (const engine of ENGINES) {
    describe(`${title} [${engine}]`, () => {
      let db: Database | null = null;
      before(async () => {
        db = await freshDatabase(engine);
      });
      after(async () => {
        await db?.close();
        db = null;
      });
      body(() => {
        if (!db) throw new Error(`the ${lifetime} database exists only inside the ${lifetime}`);
        return db;
      }, engine);
    });
  }
}

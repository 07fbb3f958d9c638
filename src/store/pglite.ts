import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import {
  APP_ROLE,
  callerThenOwner,
  credentialSettingSql,
  type Caller,
  type Database,
  type Tx,
} from './database.ts';
import { toCsv, toParams } from './csv.ts';
import { parsers } from './types.ts';
import type { DataDirLock } from './data-dir-lock.ts';

/**
 * PGlite (PostgreSQL in WebAssembly) in this process. It has one connection whose session user is a
 * superuser, so every application transaction first drops to the app role with SET LOCAL ROLE;
 * row-level security then applies exactly as on a server (see docs/DECISIONS.md).
 */
/**
 * The contrib extensions the migrations create (0650_text_search.sql: the search box's accent-free trigram
 * matching). PGlite loads an extension's code only when the instance is created with it; a clone keeps them.
 */
export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

export async function openPglite(
  dataDir?: string,
  template?: Blob,
  lock?: DataDirLock,
): Promise<PgliteDatabase> {
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(template ? { loadDataDir: template } : {}),
    parsers,
    extensions: PGLITE_EXTENSIONS,
  });
  return new PgliteDatabase(pg, lock);
}

export class PgliteDatabase implements Database {
  readonly engine = 'pglite' as const;
  /** `lock`: this process's hold on the data dir, released when the database closes. */
  constructor(
    readonly pg: PGlite,
    readonly lock?: DataDirLock,
  ) {}

  asUser<T>(actor: Caller, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.pg.transaction(async (raw) => {
      await raw.query(`set local role ${APP_ROLE}`);
      const settings = credentialSettingSql(actor);
      await raw.query(settings.sql, settings.params);
      return work(wrap(raw));
    });
  }

  async readAsUser<R>(actor: Caller, sql: string): Promise<R[]> {
    return this.asUser(actor, async (tx) => (await tx.query<R>(sql)).rows);
  }

  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.pg.transaction((raw) => work(wrap(raw)));
  }

  asUserThenOwner<A, T>(
    actor: Caller,
    asCaller: (tx: Tx) => Promise<A>,
    asSystem: (tx: Tx, checked: A) => Promise<T>,
  ): Promise<T> {
    return this.pg.transaction((raw) => callerThenOwner(wrap(raw), actor, asCaller, asSystem));
  }

  /** A copy-on-write clone of this instance: how tests get a fresh migrated database cheaply. */
  async clone(): Promise<PgliteDatabase> {
    return new PgliteDatabase((await this.pg.clone()) as PGlite);
  }

  async dump(): Promise<Blob> {
    return this.pg.dumpDataDir('none');
  }

  async close(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
    await this.lock?.release();
  }
}

function wrap(raw: Transaction): Tx {
  return {
    engine: 'pglite',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const result = await raw.query<R>(sql, toParams(params));
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    },
    async exec(sql: string) {
      await raw.exec(sql);
    },
    async copyRows(table, columns, rows) {
      if (rows.length === 0) return 0;
      const blob = new Blob([toCsv(rows)]);
      await raw.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob' with (format csv)`, [], {
        blob,
      });
      return rows.length;
    },
  };
}

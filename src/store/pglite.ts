import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import {
  callerThenOwner,
  preparedName,
  roleAndCredentialSql,
  type Caller,
  type Database,
  type Tx,
} from './database.ts';
import { toCsv, toParams } from './csv.ts';
import { parsers } from './types.ts';
import type { DataDirLock } from './data-dir-lock.ts';

/**
 * PGlite (PostgreSQL in WebAssembly) in this process. It has one connection whose session user is a
 * superuser, so every application transaction first drops to the app role (set_config of `role`, as SET LOCAL ROLE);
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
  /** The prepared statements (database.ts `prepared`) already prepared on this instance's one connection. */
  private readonly statements = new Set<string>();
  /** `lock`: this process's hold on the data dir, released when the database closes. */
  constructor(
    readonly pg: PGlite,
    readonly lock?: DataDirLock,
  ) {}

  asUser<T>(actor: Caller, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.pg.transaction(async (raw) => {
      const settings = roleAndCredentialSql(actor);
      await raw.query(settings.sql, settings.params);
      return work(wrap(raw, this.statements));
    });
  }

  async readAsUser<R>(actor: Caller, sql: string): Promise<R[]> {
    return this.asUser(actor, async (tx) => (await tx.query<R>(sql)).rows);
  }

  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.pg.transaction((raw) => work(wrap(raw, this.statements)));
  }

  asUserThenOwner<A, T>(
    actor: Caller,
    asCaller: (tx: Tx) => Promise<A>,
    asSystem: (tx: Tx, checked: A) => Promise<T>,
  ): Promise<T> {
    return this.pg.transaction((raw) =>
      callerThenOwner(wrap(raw, this.statements), actor, asCaller, asSystem),
    );
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

/**
 * A prepared statement without parameters (the authentication's user lookup on every request) runs as `execute`
 * of a statement PREPAREd once on the instance: parsed and planned once, as on a server (database.ts `prepared`),
 * about 0.6 ms of CPU less per request. A PREPARE outlives a rolled-back transaction; the plan is made again when
 * the role or the schema it depends on changes, as any cached plan. Statements with parameters run as they are.
 */
async function preparedText(raw: Transaction, statements: Set<string>, sql: string): Promise<string> {
  const name = preparedName(sql);
  if (!name) return sql;
  if (!statements.has(name)) {
    await raw.exec(`prepare ${name} as ${sql}`);
    statements.add(name);
  }
  return `execute ${name}`;
}

function wrap(raw: Transaction, statements: Set<string>): Tx {
  return {
    engine: 'pglite',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const text = params.length === 0 ? await preparedText(raw, statements, sql) : sql;
      const result = await raw.query<R>(text, toParams(params));
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

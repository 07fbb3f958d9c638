import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { APP_ROLE, credentialSettingSql, type Caller, type Database, type Tx } from './database.ts';
import { toCsv, toParams } from './csv.ts';
import { parsers } from './types.ts';

const typeParsers = {
  getTypeParser(oid: number, format?: string) {
    const parse = parsers[oid];
    if (parse && format !== 'binary') return parse;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/**
 * JIT compilation off: our statements are many index lookups whose estimated cost crosses the JIT threshold,
 * and compiling them cost 650 ms of a 1.6 s map page on the medium world for no gain at run time.
 */
const SESSION_OPTIONS = '-c jit=off';

/**
 * A request waits at most 30 s for a connection (then fails instead of queueing forever behind stuck ones),
 * and the server ends a session left idle inside a transaction for 10 minutes (a client that died mid-import).
 */
const POOL_OPTIONS = {
  types: typeParsers,
  options: `${SESSION_OPTIONS} -c idle_in_transaction_session_timeout=600000`,
  connectionTimeoutMillis: 30_000,
};

/**
 * The application role's statements end after 2 minutes (CENTINELA_STATEMENT_TIMEOUT_MS; 0 turns it off), so a
 * pathological query cannot hold one of the pool's few connections forever: it fails with QUERY_TIMEOUT (503).
 * The longest app-role statement measured is one COPY batch of an import (seconds); analyses and migrations run
 * as the owner, whose pool has no limit.
 */
export function appStatementTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CENTINELA_STATEMENT_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 120_000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(`CENTINELA_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds, not "${raw}"`);
  }
  return ms;
}

/** How long a rollback may take before its connection is given up as broken. */
const ROLLBACK_TIMEOUT_MS = 10_000;

/**
 * A PostgreSQL server. Two pools: the owner's (the DATABASE_URL user, for migrations) and the
 * application's, which logs in as the non-superuser app role so that row-level security binds it.
 */
export function openPostgres(url: string, appUrl = appRoleUrl(url), poolSize = 8): PostgresDatabase {
  const owner = new pg.Pool({ connectionString: url, max: 2, ...POOL_OPTIONS });
  const app = new pg.Pool({
    connectionString: appUrl,
    max: poolSize,
    ...POOL_OPTIONS,
    options: `${POOL_OPTIONS.options} -c statement_timeout=${appStatementTimeoutMs()}`,
  });
  // An idle pooled connection can be cut by the server (restart, database dropped): pg then emits
  // 'error' on the pool, which would crash the process if unhandled. The next checkout reconnects.
  for (const pool of [owner, app]) pool.on('error', () => undefined);
  return new PostgresDatabase(owner, app);
}

/** The app role's URL: CENTINELA_APP_DATABASE_URL, or DATABASE_URL with the user swapped. */
function appRoleUrl(url: string): string {
  const explicit = process.env.CENTINELA_APP_DATABASE_URL;
  if (explicit) return explicit;
  const parsed = new URL(url);
  parsed.username = APP_ROLE;
  parsed.password = process.env.CENTINELA_APP_DB_PASSWORD ?? '';
  return parsed.toString();
}

export class PostgresDatabase implements Database {
  readonly engine = 'postgres' as const;
  constructor(
    private readonly owner: pg.Pool,
    private readonly app: pg.Pool,
  ) {}

  asUser<T>(actor: Caller, work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.app, async (client) => {
      const settings = credentialSettingSql(actor);
      await client.query(settings.sql, settings.params);
      return work(wrap(client));
    });
  }

  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.owner, (client) => work(wrap(client)));
  }

  /** Ends both pools; a connection still checked out after 10 s (a stuck query) no longer holds the close. */
  async close(): Promise<void> {
    await withTimeout(Promise.all([this.owner.end(), this.app.end()]), ROLLBACK_TIMEOUT_MS).catch(
      () => undefined,
    );
  }
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let result: T;
  try {
    await client.query('begin');
    result = await work(client);
    await client.query('commit');
  } catch (error) {
    // A connection whose rollback fails or hangs (a COPY left open, a dead socket) is destroyed, not pooled:
    // returned to the pool it would hand the next request a transaction in an unknown state.
    const rolledBack = await withTimeout(client.query('rollback'), ROLLBACK_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    client.release(rolledBack ? undefined : true);
    throw error;
  }
  client.release();
  return result;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function wrap(client: pg.PoolClient): Tx {
  return {
    engine: 'postgres',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, toParams(params));
      return { rows: result.rows as R[], affectedRows: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async copyRows(table, columns, rows) {
      if (rows.length === 0) return 0;
      // Serialised before the COPY opens: a value that cannot be serialised (JSON.stringify throwing on a
      // value nested too deep) then fails with no COPY in progress, and the transaction rolls back at once.
      const csv = toCsv(rows);
      const stream = client.query(
        copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`),
      );
      await pipeline(Readable.from([csv]), stream);
      return rows.length;
    },
  };
}

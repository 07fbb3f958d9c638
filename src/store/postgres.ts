import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import {
  APP_ROLE,
  callerThenOwner,
  credentialSettingSql,
  preparedName,
  type Caller,
  type Database,
  type Tx,
} from './database.ts';
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

  /**
   * The transaction opens with its first statement: `begin`, the caller's credential and that statement are sent
   * together (pipelined), so a request's transaction costs one round trip per statement plus its `commit`.
   */
  asUser<T>(actor: Caller, work: (tx: Tx) => Promise<T>): Promise<T> {
    const opening: Opening = { pending: openingAs(actor) };
    return inTransaction(this.app, (client) => work(wrap(client, opening)), opening);
  }

  /** `begin`, the credential, the statement and `commit`, pipelined: one round trip. */
  async readAsUser<R>(actor: Caller, sql: string): Promise<R[]> {
    const client = await this.app.connect();
    let rows: R[];
    try {
      const results = await pipelined(client, [...openingAs(actor), { sql }, { sql: 'commit' }]);
      rows = results[results.length - 2]!.rows as R[];
    } catch (error) {
      // The pipeline ended with its commit (a failed transaction's commit rolls it back): nothing is left open.
      client.release(error instanceof pg.DatabaseError ? undefined : true);
      throw error;
    }
    client.release();
    return rows;
  }

  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.owner, (client) => work(wrap(client)));
  }

  asUserThenOwner<A, T>(
    actor: Caller,
    asCaller: (tx: Tx) => Promise<A>,
    asSystem: (tx: Tx, checked: A) => Promise<T>,
  ): Promise<T> {
    return inTransaction(this.owner, (client) => callerThenOwner(wrap(client), actor, asCaller, asSystem));
  }

  /** Ends both pools; a connection still checked out after 10 s (a stuck query) no longer holds the close. */
  async close(): Promise<void> {
    await withTimeout(Promise.all([this.owner.end(), this.app.end()]), ROLLBACK_TIMEOUT_MS).catch(
      () => undefined,
    );
  }
}

interface Statement {
  sql: string;
  params?: unknown[];
}

/** What opens a transaction as `actor`: `begin` and the caller's transaction-local settings. */
function openingAs(actor: Caller): Statement[] {
  const settings = credentialSettingSql(actor);
  return [{ sql: 'begin' }, { sql: settings.sql, params: settings.params }];
}

/**
 * Sends `statements` without waiting for each answer (the driver's pipeline mode, on this connection only while
 * they run: COPY cannot be pipelined) and waits for them all; throws the first error. In a transaction, a
 * statement after a failed one fails too, and the transaction is rolled back by the caller as usual.
 */
async function pipelined(client: pg.PoolClient, statements: readonly Statement[]): Promise<pg.QueryResult[]> {
  // Typed read-only, but a plain switch of the client (pg 8.23): on while these are in flight, off after.
  const mode = client as unknown as { pipeline: boolean };
  mode.pipeline = true;
  let settled: PromiseSettledResult<pg.QueryResult>[];
  try {
    settled = await Promise.allSettled(statements.map((statement) => send(client, statement)));
  } finally {
    mode.pipeline = false;
  }
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<pg.QueryResult>).value);
}

/** A statement on `client`: by name when it is one of the prepared statements (database.ts, `prepared`). */
function send(client: pg.PoolClient, { sql, params }: Statement): Promise<pg.QueryResult> {
  const name = preparedName(sql);
  return name ? client.query({ name, text: sql, values: params ?? [] }) : client.query(sql, params);
}

/**
 * A transaction's opening statements until its first statement carries them (then null), and that first
 * pipeline while it runs: a statement issued meanwhile waits for it (the connection leaves pipeline mode after).
 */
interface Opening {
  pending: Statement[] | null;
  opened?: Promise<unknown>;
}

/**
 * `work` in a transaction on a connection of `pool`: opened by `begin` at once, or, given an `opening`, by the
 * first statement of `work` (wrap), and then committed only if it was opened.
 */
async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  opening?: Opening,
): Promise<T> {
  const client = await pool.connect();
  let result: T;
  try {
    if (!opening) await client.query('begin');
    result = await work(client);
    if (!opening?.pending) await client.query('commit');
  } catch (error) {
    if (opening?.pending) {
      client.release(); // nothing was sent
      throw error;
    }
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

function wrap(client: pg.PoolClient, opening?: Opening): Tx {
  /** The statement, preceded by the transaction's opening if it is the first. */
  const run = async (statement: Statement): Promise<pg.QueryResult> => {
    const results = await open([statement]);
    return results ? results[results.length - 1]! : send(client, statement);
  };
  /** Sends the opening with `first` if the transaction is not open yet (their results), else null once open. */
  const open = async (first: Statement[]): Promise<pg.QueryResult[] | null> => {
    if (!opening) return null;
    const pending = opening.pending;
    if (!pending) {
      await opening.opened;
      return null;
    }
    opening.pending = null;
    const sent = pipelined(client, [...pending, ...first]);
    opening.opened = sent.catch(() => undefined);
    return sent;
  };
  return {
    engine: 'postgres',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const result = await run({ sql, params: toParams(params) });
      return { rows: result.rows as R[], affectedRows: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await run({ sql });
    },
    async copyRows(table, columns, rows) {
      if (rows.length === 0) return 0;
      await open([]);
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

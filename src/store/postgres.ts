import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { APP_ROLE, identitySettingsSql, type Database, type Tx } from './database.ts';
import { toCsv, toParams } from './csv.ts';
import { parsers } from './types.ts';
import type { Actor } from '../identity/actor.ts';

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
 * A PostgreSQL server. Two pools: the owner's (the DATABASE_URL user, for migrations) and the
 * application's, which logs in as the non-superuser app role so that row-level security binds it.
 */
export function openPostgres(url: string, appUrl = appRoleUrl(url), poolSize = 8): PostgresDatabase {
  const owner = new pg.Pool({ connectionString: url, max: 2, types: typeParsers, options: SESSION_OPTIONS });
  const app = new pg.Pool({
    connectionString: appUrl,
    max: poolSize,
    types: typeParsers,
    options: SESSION_OPTIONS,
  });
  // An idle pooled connection can be cut by the server (restart, database dropped): pg then emits
  // 'error' on the pool, which would crash the process if unhandled. The next checkout reconnects.
  for (const pool of [owner, app]) pool.on('error', () => undefined);
  return new PostgresDatabase(owner, app);
}

/** The app role's URL: CENTINELA_APP_DATABASE_URL, or DATABASE_URL with the user swapped. */
export function appRoleUrl(url: string): string {
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

  asUser<T>(actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.app, async (client) => {
      const settings = identitySettingsSql(actor);
      await client.query(settings.sql, settings.params);
      return work(wrap(client));
    });
  }

  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.owner, (client) => work(wrap(client)));
  }

  async close(): Promise<void> {
    await Promise.all([this.owner.end(), this.app.end()]);
  }
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
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
      const stream = client.query(
        copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`),
      );
      await pipeline(Readable.from([toCsv(rows)]), stream);
      return rows.length;
    },
  };
}

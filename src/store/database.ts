/**
 * The one way the application talks to PostgreSQL, whichever engine runs it (PGlite in-process or
 * a PostgreSQL server). Repository functions take a `Tx` explicitly; they never open connections.
 */
import type { Actor } from '../identity/actor.ts';

export type Engine = 'pglite' | 'postgres';

export interface QueryResult<R> {
  rows: R[];
  affectedRows: number;
}

export interface Tx {
  readonly engine: Engine;
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Bulk load with COPY FROM STDIN (CSV). Values are serialised by `toCsv`; null is NULL. */
  copyRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<number>;
}

export interface Database {
  readonly engine: Engine;
  /**
   * A transaction as the application role with the caller's identity in transaction-local
   * settings, so that row-level security applies to every statement in it.
   */
  asUser<T>(actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * A transaction as the owner of the schema: migrations, tests that tamper on purpose, and the
   * few system tasks that must see across agencies (documented where used). Never for requests.
   */
  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The non-superuser role the application runs as; it owns no table. */
export const APP_ROLE = 'centinela_app';

/** The transaction-local settings the row-level security policies read. */
export const IDENTITY_SETTINGS = {
  user: 'centinela.user_id',
  agency: 'centinela.agency',
  nation: 'centinela.nation',
} as const;

/**
 * The settings for an actor. An actor whose only role is admin reads as no agency at all: an admin
 * manages accounts and gains no access to intelligence, not even what their agency's nation sees.
 */
export function identitySettingsSql(actor: Actor): { sql: string; params: string[] } {
  const readsIntelligence = actor.roles.length === 0 || actor.roles.some((role) => role !== 'admin');
  return {
    sql: `select set_config('${IDENTITY_SETTINGS.user}', $1, true), set_config('${IDENTITY_SETTINGS.agency}', $2, true), set_config('${IDENTITY_SETTINGS.nation}', $3, true)`,
    params: [actor.userId, readsIntelligence ? actor.agency : '', readsIntelligence ? actor.nation : ''],
  };
}

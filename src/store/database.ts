/**
 * The one way the application talks to PostgreSQL, whichever engine runs it (PGlite in-process or
 * a PostgreSQL server). Repository functions take a `Tx` explicitly; they never open connections.
 */

import { createHash } from 'node:crypto';

export type Engine = 'pglite' | 'postgres';

/**
 * What the database binds a transaction to: the caller's credential (row-level security verifies it) and user
 * id. Identity's `Actor` is one; the store names only what it reads, so it depends on no capability.
 */
export interface Caller {
  readonly credential: string;
  readonly userId: string;
}

interface QueryResult<R> {
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
  asUser<T>(actor: Caller, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One statement without parameters, as `asUser` would run it, in a transaction of its own: what a request's
   * authentication costs, one round trip on a server (`begin`, the credential, the statement and `commit` are
   * sent together).
   */
  readAsUser<R = Record<string, unknown>>(actor: Caller, sql: string): Promise<R[]>;
  /**
   * A transaction as the owner of the schema: migrations, tests that tamper on purpose, and the
   * few system tasks that must see across agencies (documented where used). Never for requests.
   */
  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One transaction in two steps, committed together or not at all: `asCaller` runs as `asUser` would (the
   * application role, the caller's credential, row-level security), then `asSystem` as the owner with what the
   * first step returned. For a user's act whose consequences reach rows the user may not read (an entity
   * decision applied in every visibility class that may read it): the check and the consequence cannot part.
   */
  asUserThenOwner<A, T>(
    actor: Caller,
    asCaller: (tx: Tx) => Promise<A>,
    asSystem: (tx: Tx, checked: A) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
}

/**
 * Statements kept prepared on each server connection (`prepared(sql)`, at module level): parsed, analysed and
 * rewritten once per connection, and planned once when the plan does not depend on the parameters (PostgreSQL's
 * `plan_cache_mode = auto`: a statement without parameters at once, one with parameters after five custom
 * plans, when the generic plan is estimated no dearer). Planning a statement over tables with row-level
 * security is much of its cost: the authentication's user lookup costs 0.98 ms of the server's CPU unnamed and
 * 0.50 ms prepared. The identity is still verified at every execution: the policies read it in initplans, which
 * a plan holds as subqueries, never as values. For statements of a fixed text only — the set is bounded by the
 * code — whose plan suits every parameter: not for lists with optional filters (`$n is null or …`), whose generic
 * plan cannot use the filter's index, nor for statements run under a changed planner setting.
 */
const PREPARED = new Map<string, string>();

export function prepared(sql: string): string {
  if (!PREPARED.has(sql))
    PREPARED.set(sql, `centinela_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`);
  return sql;
}

/** The name `sql` is prepared under on a server connection, if it is one of the prepared statements. */
export function preparedName(sql: string): string | undefined {
  return PREPARED.get(sql);
}

/** The non-superuser role the application runs as; it owns no table. */
export const APP_ROLE = 'centinela_app';

/**
 * The one transaction-local setting the application sets: the secret of the session or API token the caller
 * authenticated with. The database hashes it and looks it up (SECURITY DEFINER functions over `credentials`,
 * which the app role cannot read), and the policies take user, agency and nation from that lookup only
 * (src/identity/migrations/0560_verified_identity.sql). An actor without a live credential sees nothing.
 */
const CREDENTIAL_SETTING = 'centinela.credential';

const CREDENTIAL_SETTINGS = prepared(
  `select set_config('${CREDENTIAL_SETTING}', $1, true), set_config('centinela.user_id', $2, true)`,
);

/**
 * `centinela.user_id` is still set because the audit trail's auditor check (0590) reads it; it grants nothing by
 * itself there (the audit policy also needs the verified nation or agency), and it should move to
 * `centinela_current_user()` in a migration after 0590.
 */
export function credentialSettingSql(actor: Caller): { sql: string; params: string[] } {
  return { sql: CREDENTIAL_SETTINGS, params: [actor.credential, actor.userId] };
}

/**
 * The app role and the caller's settings in one statement, for a connection that is not the app role's own (PGlite's,
 * an owner's transaction): `set_config('role', …, true)` is `set local role` (the same setting, checked alike: the
 * session user must be a member of the role), and one round trip instead of two on every transaction as a user.
 */
const ROLE_AND_CREDENTIAL_SETTINGS = prepared(
  `select set_config('role', '${APP_ROLE}', true), set_config('${CREDENTIAL_SETTING}', $1, true), set_config('centinela.user_id', $2, true)`,
);

export function roleAndCredentialSql(actor: Caller): { sql: string; params: string[] } {
  return { sql: ROLE_AND_CREDENTIAL_SETTINGS, params: [actor.credential, actor.userId] };
}

/**
 * `asUserThenOwner` inside an owner's transaction, for either engine: the app role and the caller's credential
 * for the first step, the owner again for the second. Taking the role needs the owner to be a member of the app
 * role (a superuser is; docs/DEPLOYMENT.md).
 */
export async function callerThenOwner<A, T>(
  tx: Tx,
  actor: Caller,
  asCaller: (tx: Tx) => Promise<A>,
  asSystem: (tx: Tx, checked: A) => Promise<T>,
): Promise<T> {
  const settings = roleAndCredentialSql(actor);
  await tx.query(settings.sql, settings.params);
  const checked = await asCaller(tx);
  await tx.query('reset role');
  return asSystem(tx, checked);
}

/** `db` with another `close`: a handle on a database that its holder must not end (tests, an in-process CLI). */
export function withClose(db: Database, close: () => Promise<void>): Database {
  return {
    engine: db.engine,
    asUser: (actor, work) => db.asUser(actor, work),
    readAsUser: (actor, sql) => db.readAsUser(actor, sql),
    asOwner: (work) => db.asOwner(work),
    asUserThenOwner: (actor, asCaller, asSystem) => db.asUserThenOwner(actor, asCaller, asSystem),
    close,
  };
}

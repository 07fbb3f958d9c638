import { prepared, type Caller, type Database, type Tx } from '../store/database.ts';
import type { Role } from '../shared/actor.ts';

export interface Nation {
  code: string;
  nameEn: string;
  nameEs: string;
}

export interface Agency {
  code: string;
  nation: string;
  nameEn: string;
  nameEs: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  agency: Agency;
  roles: Role[];
  locale: 'es' | 'en';
  disabled: boolean;
  /** A machine account (API tokens, e.g. a partner's TAXII client). */
  machine: boolean;
  /** A peer instance's machine account (`centinela peers add`): it reads the TAXII routes only. */
  peer: boolean;
  /** Set after an administrator's reset: the next login must choose a new password before anything else. */
  mustChangePassword: boolean;
  /** Roles that read intelligence requested for this account, waiting for a second administrator. */
  pendingRoles: Role[] | null;
  pendingRequestedBy: string | null;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  agency: string;
  agency_nation: string;
  agency_name_en: string;
  agency_name_es: string;
  roles: Role[];
  locale: 'es' | 'en';
  disabled: boolean;
  machine: boolean;
  peer: boolean;
  must_change_password: boolean;
  pending_roles: Role[] | null;
  pending_requested_by: string | null;
}

/** Every column but the password hash, which the application role cannot read (0560_verified_identity.sql). */
const USER_SELECT = `
  select u.id, u.username, u.display_name, u.agency, a.nation as agency_nation,
         a.name_en as agency_name_en, a.name_es as agency_name_es, u.roles::text[] as roles,
         u.locale, u.disabled, u.machine, u.peer, u.must_change_password, u.pending_roles::text[] as pending_roles,
         u.pending_requested_by
  from users u join agencies a on a.code = u.agency`;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    agency: {
      code: row.agency,
      nation: row.agency_nation,
      nameEn: row.agency_name_en,
      nameEs: row.agency_name_es,
    },
    roles: row.roles,
    locale: row.locale,
    disabled: row.disabled,
    machine: row.machine,
    peer: row.peer,
    mustChangePassword: row.must_change_password,
    pendingRoles: row.pending_roles,
    pendingRequestedBy: row.pending_requested_by,
  };
}

export async function upsertNation(tx: Tx, nation: Nation): Promise<void> {
  await tx.query(
    `insert into nations (code, name_en, name_es) values ($1, $2, $3)
     on conflict (code) do update set name_en = excluded.name_en, name_es = excluded.name_es`,
    [nation.code, nation.nameEn, nation.nameEs],
  );
}

export async function upsertAgency(tx: Tx, agency: Agency): Promise<void> {
  await tx.query(
    `insert into agencies (code, nation, name_en, name_es) values ($1, $2, $3, $4)
     on conflict (code) do update set nation = excluded.nation, name_en = excluded.name_en, name_es = excluded.name_es`,
    [agency.code, agency.nation, agency.nameEn, agency.nameEs],
  );
}

export async function listAgencies(tx: Tx): Promise<Agency[]> {
  const { rows } = await tx.query<{ code: string; nation: string; name_en: string; name_es: string }>(
    'select code, nation, name_en, name_es from agencies order by code',
  );
  return rows.map((r) => ({ code: r.code, nation: r.nation, nameEn: r.name_en, nameEs: r.name_es }));
}

export async function listNations(tx: Tx): Promise<Nation[]> {
  const { rows } = await tx.query<{ code: string; name_en: string; name_es: string }>(
    'select code, name_en, name_es from nations order by code',
  );
  return rows.map((r) => ({ code: r.code, nameEn: r.name_en, nameEs: r.name_es }));
}

export async function findAgency(tx: Tx, code: string): Promise<Agency | null> {
  return (await listAgencies(tx)).find((a) => a.code === code) ?? null;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  agency: string;
  roles: Role[];
  pendingRoles?: Role[] | null | undefined;
  passwordHash: string;
  locale: 'es' | 'en';
  machine?: boolean | undefined;
  peer?: boolean | undefined;
  mustChangePassword?: boolean | undefined;
}

export async function insertUser(tx: Tx, user: NewUser): Promise<void> {
  await tx.query(
    `insert into users (id, username, display_name, agency, roles, pending_roles, password_hash, locale, machine,
       must_change_password, peer)
     values ($1, $2, $3, $4, $5::user_role[], $6::user_role[], $7, $8, $9, $10, $11)`,
    [
      user.id,
      user.username,
      user.displayName,
      user.agency,
      user.roles,
      user.pendingRoles ?? null,
      user.passwordHash,
      user.locale,
      user.machine ?? false,
      user.mustChangePassword ?? false,
      user.peer ?? false,
    ],
  );
}

export async function findUserByUsername(tx: Tx, username: string): Promise<User | null> {
  const { rows } = await tx.query<UserRow>(`${USER_SELECT} where u.username = $1`, [username]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserById(tx: Tx, id: string): Promise<User | null> {
  const { rows } = await tx.query<UserRow>(`${USER_SELECT} where u.id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

/** The user the database verified this transaction's credential for (null without a live credential). */
// `(select …)`: the credential is looked up once for the statement, not once per account scanned.
// Prepared: every request's authentication runs it, and planning it cost as much as running it (0.5 ms each).
const VERIFIED_USER = prepared(`${USER_SELECT} where u.id = (select centinela_current_user())`);

export async function findVerifiedUser(tx: Tx): Promise<User | null> {
  const { rows } = await tx.query<UserRow>(VERIFIED_USER);
  return rows[0] ? toUser(rows[0]) : null;
}

/** The same, as a statement of its own: a request's authentication, one round trip on a server. */
export async function verifiedUserOf(db: Database, caller: Caller): Promise<User | null> {
  const rows = await db.readAsUser<UserRow>(caller, VERIFIED_USER);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listUsers(tx: Tx): Promise<User[]> {
  const { rows } = await tx.query<UserRow>(`${USER_SELECT} order by u.username`);
  return rows.map(toUser);
}

export interface UserChange {
  displayName?: string | undefined;
  roles?: Role[] | undefined;
  pendingRoles?: Role[] | null | undefined;
  disabled?: boolean | undefined;
  locale?: 'es' | 'en' | undefined;
  mustChangePassword?: boolean | undefined;
  /** Where notifications are mailed (0744); null removes it, undefined leaves it. */
  email?: string | null | undefined;
}

export async function updateUser(tx: Tx, id: string, change: UserChange): Promise<boolean> {
  const { affectedRows } = await tx.query(
    `update users set
       display_name = coalesce($2, display_name),
       roles = coalesce($3::user_role[], roles),
       disabled = coalesce($4, disabled),
       locale = coalesce($5, locale),
       must_change_password = coalesce($6, must_change_password),
       pending_roles = case when $7 then $8::user_role[] else pending_roles end,
       pending_requested_by = case when $7 and $8::user_role[] is null then null else pending_requested_by end,
       pending_requested_at = case when $7 and $8::user_role[] is null then null else pending_requested_at end,
       email = case when $9 then $10 else email end
     where id = $1`,
    [
      id,
      change.displayName ?? null,
      change.roles ?? null,
      change.disabled ?? null,
      change.locale ?? null,
      change.mustChangePassword ?? null,
      change.pendingRoles !== undefined,
      change.pendingRoles ?? null,
      change.email !== undefined,
      change.email ?? null,
    ],
  );
  return affectedRows > 0;
}

/** Sets a password hash (the application role may write the column, never read it). */
export async function setPasswordHash(
  tx: Tx,
  id: string,
  passwordHash: string,
  mustChange: boolean,
): Promise<boolean> {
  const { affectedRows } = await tx.query(
    'update users set password_hash = $2, must_change_password = $3 where id = $1',
    [id, passwordHash, mustChange],
  );
  return affectedRows > 0;
}

/** The scheme, cost and salt of a user's password hash (stable fake ones for an unknown username). */
export async function passwordParameters(tx: Tx, username: string): Promise<string> {
  const { rows } = await tx.query<{ p: string }>('select centinela_password_parameters($1) as p', [username]);
  return rows[0]!.p;
}

export async function ownPasswordParameters(tx: Tx): Promise<string | null> {
  const { rows } = await tx.query<{ p: string | null }>('select centinela_own_password_parameters() as p');
  return rows[0]?.p ?? null;
}

export async function ownPasswordMatches(tx: Tx, candidateHash: string): Promise<boolean> {
  const { rows } = await tx.query<{ ok: boolean }>('select centinela_own_password_matches($1) as ok', [
    candidateHash,
  ]);
  return rows[0]?.ok ?? false;
}

/** Opens a session when the candidate hash equals the stored one; the user's id, or null. */
export async function openSession(
  tx: Tx,
  username: string,
  candidateHash: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string | null }>(
    'select centinela_open_session($1, $2, $3, $4) as id',
    [username, candidateHash, tokenHash, expiresAt],
  );
  return rows[0]?.id ?? null;
}

/** An API token for the caller's own account or a machine account of the caller's agency (checked in SQL). */
export async function issueToken(tx: Tx, userId: string, tokenHash: string, label: string): Promise<void> {
  await tx.query('select centinela_issue_token($1, $2, $3)', [userId, tokenHash, label]);
}

/** Inserts a credential directly: only the schema owner can (the CLI's and the tests' sessions). */
export async function insertCredential(
  tx: Tx,
  credential: {
    tokenHash: string;
    kind: 'session' | 'api';
    userId: string;
    label?: string | null;
    expiresAt: Date | null;
  },
): Promise<void> {
  await tx.query(
    'insert into credentials (token_hash, kind, user_id, label, expires_at) values ($1, $2, $3, $4, $5)',
    [
      credential.tokenHash,
      credential.kind,
      credential.userId,
      credential.label ?? null,
      credential.expiresAt,
    ],
  );
}

export async function revokeCredential(tx: Tx, tokenHash: string): Promise<void> {
  await tx.query('select centinela_revoke_credential($1)', [tokenHash]);
}

/** Ends every session of a user, except the one whose hash is kept; the number ended. */
export async function revokeSessions(tx: Tx, userId: string, keepTokenHash: string | null): Promise<number> {
  const { rows } = await tx.query<{ n: number }>('select centinela_revoke_sessions($1, $2) as n', [
    userId,
    keepTokenHash,
  ]);
  return rows[0]?.n ?? 0;
}

/** The agencies that have accounts here (peers' machine accounts aside): what no received object may claim. */
export async function agenciesWithLocalUsers(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ agency: string }>('select distinct agency from users where not peer');
  return rows.map((r) => r.agency);
}

/** Disables an account and revokes every credential of it (the schema owner: a peer removed). */
export async function retireAccount(tx: Tx, userId: string): Promise<void> {
  await tx.query('update users set disabled = true where id = $1', [userId]);
  await tx.query('update credentials set revoked_at = now() where user_id = $1 and revoked_at is null', [
    userId,
  ]);
}

export interface TokenInfo {
  id: string;
  label: string | null;
  createdAt: string;
}

export async function listTokens(tx: Tx, userId: string): Promise<TokenInfo[]> {
  const { rows } = await tx.query<{ token_id: string; label: string | null; created_at: Date }>(
    'select token_id, label, created_at from centinela_tokens_of($1)',
    [userId],
  );
  return rows.map((r) => ({
    id: r.token_id,
    label: r.label,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** Revokes one API token of an account by the short id the list shows; the number revoked (0 or 1). */
export async function revokeToken(tx: Tx, userId: string, tokenId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>('select centinela_revoke_token($1, $2) as n', [
    userId,
    tokenId,
  ]);
  return rows[0]?.n ?? 0;
}

import type { Tx } from '../store/database.ts';
import type { Role } from './actor.ts';

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
  password_hash: string;
}

const USER_SELECT = `
  select u.id, u.username, u.display_name, u.agency, a.nation as agency_nation,
         a.name_en as agency_name_en, a.name_es as agency_name_es, u.roles::text[] as roles,
         u.locale, u.disabled, u.password_hash
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
  passwordHash: string;
  locale: 'es' | 'en';
}

export async function insertUser(tx: Tx, user: NewUser): Promise<void> {
  await tx.query(
    `insert into users (id, username, display_name, agency, roles, password_hash, locale)
     values ($1, $2, $3, $4, $5::user_role[], $6, $7)`,
    [user.id, user.username, user.displayName, user.agency, user.roles, user.passwordHash, user.locale],
  );
}

export async function findUserForLogin(
  tx: Tx,
  username: string,
): Promise<{ user: User; passwordHash: string } | null> {
  const { rows } = await tx.query<UserRow>(`${USER_SELECT} where u.username = $1`, [username]);
  const row = rows[0];
  return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
}

export async function findUserById(tx: Tx, id: string): Promise<User | null> {
  const { rows } = await tx.query<UserRow>(`${USER_SELECT} where u.id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listUsers(tx: Tx): Promise<User[]> {
  const { rows } = await tx.query<UserRow>(`${USER_SELECT} order by u.username`);
  return rows.map(toUser);
}

export interface UserChange {
  displayName?: string | undefined;
  roles?: Role[] | undefined;
  disabled?: boolean | undefined;
  locale?: 'es' | 'en' | undefined;
  passwordHash?: string | undefined;
}

export async function updateUser(tx: Tx, id: string, change: UserChange): Promise<boolean> {
  const { affectedRows } = await tx.query(
    `update users set
       display_name = coalesce($2, display_name),
       roles = coalesce($3::user_role[], roles),
       disabled = coalesce($4, disabled),
       locale = coalesce($5, locale),
       password_hash = coalesce($6, password_hash)
     where id = $1`,
    [
      id,
      change.displayName ?? null,
      change.roles ?? null,
      change.disabled ?? null,
      change.locale ?? null,
      change.passwordHash ?? null,
    ],
  );
  return affectedRows > 0;
}

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

/** The user behind a live credential (not revoked, not expired, user not disabled). */
export async function findUserByCredential(tx: Tx, tokenHash: string): Promise<User | null> {
  const { rows } = await tx.query<UserRow>(
    `${USER_SELECT} join credentials c on c.user_id = u.id
     where c.token_hash = $1 and c.revoked_at is null and (c.expires_at is null or c.expires_at > now())
       and not u.disabled`,
    [tokenHash],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

export async function revokeCredential(tx: Tx, tokenHash: string): Promise<void> {
  await tx.query('update credentials set revoked_at = now() where token_hash = $1 and revoked_at is null', [
    tokenHash,
  ]);
}

import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../store/database.ts';
import type { Actor, Role } from './actor.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit } from '../audit/audit.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, UNMATCHABLE_HASH, verifyPassword } from './passwords.ts';
import { newSecret, secretHash, SESSION_HOURS } from './credentials.ts';
import * as repo from './repository.ts';
import type { User } from './repository.ts';

/** The identity of a request before login: the policies see no agency and so no intelligence. */
export function anonymousActor(requestId: string): Actor {
  return { userId: '', username: '', agency: '', nation: '', roles: [], requestId };
}

export function actorOf(user: User, requestId: string): Actor {
  return {
    userId: user.id,
    username: user.username,
    agency: user.agency.code,
    nation: user.agency.nation,
    roles: user.roles,
    requestId,
  };
}

export async function login(
  db: Database,
  username: string,
  password: string,
  requestId: string,
): Promise<{ token: string; user: User }> {
  const anonymous = anonymousActor(requestId);
  const found = await db.asUser(anonymous, (tx) => repo.findUserForLogin(tx, username));
  const ok = await verifyPassword(password, found?.passwordHash ?? UNMATCHABLE_HASH);
  if (!found || !ok || found.user.disabled) {
    await db.asUser(anonymous, (tx) =>
      recordAudit(tx, anonymous, { action: 'login_failed', table: 'users', detail: { username } }),
    );
    throw new AppError('BAD_CREDENTIALS');
  }
  const token = newSecret('cs');
  const actor = actorOf(found.user, requestId);
  await db.asUser(actor, async (tx) => {
    await repo.insertCredential(tx, {
      tokenHash: secretHash(token),
      kind: 'session',
      userId: found.user.id,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
    });
    await recordAudit(tx, actor, { action: 'login', table: 'users', ids: [found.user.id] });
  });
  return { token, user: found.user };
}

export async function logout(db: Database, actor: Actor, token: string): Promise<void> {
  await db.asUser(actor, async (tx) => {
    await repo.revokeCredential(tx, secretHash(token));
    await recordAudit(tx, actor, { action: 'logout', table: 'users', ids: [actor.userId] });
  });
}

/** The user a bearer token or session cookie belongs to, or null. */
export async function authenticate(db: Database, token: string, requestId: string): Promise<User | null> {
  return db.asUser(anonymousActor(requestId), (tx) => repo.findUserByCredential(tx, secretHash(token)));
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  agency: string;
  roles: Role[];
  password: string;
  locale?: 'es' | 'en' | undefined;
}

/** Creates a user (admins, the CLI and the demo seed); the password must be strong enough. */
export async function createUser(tx: Tx, actor: Actor, input: CreateUserInput): Promise<User> {
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new AppError('WEAK_PASSWORD', { field: 'password' });
  const agency = await repo.findAgency(tx, input.agency);
  if (!agency) throw new AppError('UNKNOWN_AGENCY', { field: 'agency', detail: input.agency });
  if (await repo.findUserForLogin(tx, input.username))
    throw new AppError('USERNAME_TAKEN', { field: 'username' });
  const id = randomUUID();
  await repo.insertUser(tx, {
    id,
    username: input.username,
    displayName: input.displayName,
    agency: input.agency,
    roles: input.roles,
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? (agency.nation === 'MEX' ? 'es' : 'en'),
  });
  await recordAudit(tx, actor, {
    action: 'create',
    table: 'users',
    ids: [id],
    detail: { username: input.username, roles: input.roles },
  });
  return (await repo.findUserById(tx, id))!;
}

/** A machine token for the API (e.g. a partner's TAXII client); shown once, stored hashed. */
export async function createApiToken(tx: Tx, actor: Actor, userId: string, label: string): Promise<string> {
  const token = newSecret('ct');
  await repo.insertCredential(tx, {
    tokenHash: secretHash(token),
    kind: 'api',
    userId,
    label,
    expiresAt: null,
  });
  await recordAudit(tx, actor, {
    action: 'create_token',
    table: 'credentials',
    ids: [userId],
    detail: { label },
  });
  return token;
}

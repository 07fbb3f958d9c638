import { randomBytes, randomUUID } from 'node:crypto';
import type { Database, Tx } from '../store/database.ts';
import type { Actor, Role } from '../shared/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword, hashWithParameters } from './passwords.ts';
import { assertStrongPassword } from './password-policy.ts';
import { newSecret, secretHash, SESSION_HOURS } from './credentials.ts';
import * as repo from './repository.ts';
import type { User } from './repository.ts';

/** The identity of a request before login: no credential, so the database grants it nothing. */
export function anonymousActor(requestId: string): Actor {
  return { credential: '', userId: '', username: '', agency: '', nation: '', roles: [], requestId };
}

export function actorOf(user: User, credential: string, requestId: string): Actor {
  return {
    credential,
    userId: user.id,
    username: user.username,
    agency: user.agency.code,
    nation: user.agency.nation,
    roles: user.roles,
    requestId,
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    ...(user.peer ? { peer: true } : {}),
  };
}

export async function login(
  db: Database,
  username: string,
  password: string,
  requestId: string,
): Promise<{ token: string; user: User }> {
  const anonymous = anonymousActor(requestId);
  const parameters = await db.asUser(anonymous, (tx) => repo.passwordParameters(tx, username));
  const candidate = await hashWithParameters(password, parameters);
  const token = newSecret('cs');
  const userId = await db.asUser(anonymous, (tx) =>
    repo.openSession(
      tx,
      username,
      candidate,
      secretHash(token),
      new Date(Date.now() + SESSION_HOURS * 3_600_000),
    ),
  );
  if (!userId) {
    // No identity is verified for a failed login, so the database grants the application role nothing to
    // write with: the authentication step records it as the owner (the one system task of a request).
    await db.asOwner((tx) =>
      recordAudit(tx, anonymous, { action: 'login_failed', table: 'users', detail: { username } }),
    );
    throw new AppError('BAD_CREDENTIALS');
  }
  const user = await db.asUser({ ...anonymous, credential: token }, async (tx) => {
    const found = (await repo.findVerifiedUser(tx))!;
    await recordAudit(tx, actorOf(found, token, requestId), {
      action: 'login',
      table: 'users',
      ids: [found.id],
    });
    return found;
  });
  return { token, user };
}

export async function logout(db: Database, actor: Actor): Promise<void> {
  await db.asUser(actor, async (tx) => {
    // Recorded first: once the credential is revoked the transaction has no verified identity left.
    await recordAudit(tx, actor, { action: 'logout', table: 'users', ids: [actor.userId] });
    await repo.revokeCredential(tx, secretHash(actor.credential));
  });
}

/** The actor a bearer token or session cookie stands for, as the database verifies it, or null. */
export async function authenticate(db: Database, token: string, requestId: string): Promise<Actor | null> {
  const user = await repo.verifiedUserOf(db, { ...anonymousActor(requestId), credential: token });
  return user ? actorOf(user, token, requestId) : null;
}

/**
 * A short-lived session opened by the schema owner for a user: how the command line (`--as`), the demo loader
 * and the tests act as a user without their password. Only the owner can insert a credential directly.
 */
export async function openOwnerSession(
  db: Database,
  username: string,
  requestId: string,
  label: string,
  hours = 6,
): Promise<Actor | null> {
  const token = newSecret('cs');
  const user = await db.asOwner(async (tx) => {
    const found = await repo.findUserByUsername(tx, username);
    if (!found || found.disabled) return null;
    await repo.insertCredential(tx, {
      tokenHash: secretHash(token),
      kind: 'session',
      userId: found.id,
      label,
      expiresAt: new Date(Date.now() + hours * 3_600_000),
    });
    return found;
  });
  return user ? actorOf(user, token, requestId) : null;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  agency: string;
  roles: Role[];
  password: string;
  locale?: 'es' | 'en' | undefined;
  machine?: boolean | undefined;
  /** A peer instance's account (reads the TAXII routes only); created by the schema owner (`peers add`). */
  peer?: boolean | undefined;
}

const readsIntelligence = (roles: readonly Role[]) => roles.some((role) => role !== 'admin');

/**
 * Creates a user. An administrator (`by: 'admin'`) creates the account with its admin role at once and files
 * the roles that read intelligence as a request a second administrator approves; in another nation they create
 * administrators only. The schema owner (`by: 'owner'`: setup, the demo seed) grants the roles directly.
 */
export async function createUser(
  tx: Tx,
  actor: Actor,
  input: CreateUserInput,
  by: 'admin' | 'owner' = 'admin',
): Promise<User> {
  assertStrongPassword(input.password, [input.username, input.displayName]);
  const agency = await repo.findAgency(tx, input.agency);
  if (!agency) throw new AppError('UNKNOWN_AGENCY', { field: 'agency', detail: input.agency });
  if (by === 'admin' && agency.nation !== actor.nation && readsIntelligence(input.roles))
    throw new AppError('OUTSIDE_ADMIN_SCOPE', {
      field: 'roles',
      detail: `an administrator of ${actor.nation} creates only administrators in ${agency.nation}`,
    });
  if (await repo.findUserByUsername(tx, input.username))
    throw new AppError('USERNAME_TAKEN', { field: 'username' });
  const id = randomUUID();
  const pending = by === 'admin' && readsIntelligence(input.roles);
  await repo.insertUser(tx, {
    id,
    username: input.username,
    displayName: input.displayName,
    agency: input.agency,
    roles: pending ? input.roles.filter((r) => r === 'admin') : input.roles,
    pendingRoles: pending ? input.roles : null,
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? (agency.nation === 'MEX' ? 'es' : 'en'),
    machine: input.machine ?? false,
    peer: input.peer ?? false,
  });
  await recordAudit(tx, actor, {
    action: 'create',
    table: 'users',
    ids: [id],
    detail: {
      username: input.username,
      roles: input.roles,
      pendingApproval: pending,
      machine: input.machine ?? false,
    },
  });
  return (await repo.findUserById(tx, id))!;
}

export interface AdminChange {
  displayName?: string | undefined;
  roles?: Role[] | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

/** The account an admin acts on, when it is within their scope (their nation; elsewhere only administrators). */
async function administrable(tx: Tx, actor: Actor, id: string, roles: readonly Role[] = []): Promise<User> {
  const target = await repo.findUserById(tx, id);
  if (!target) throw new AppError('NOT_FOUND');
  if (
    target.agency.nation !== actor.nation &&
    (readsIntelligence(target.roles) ||
      readsIntelligence(target.pendingRoles ?? []) ||
      readsIntelligence(roles))
  )
    throw new AppError('OUTSIDE_ADMIN_SCOPE', {
      detail: `an administrator of ${actor.nation} manages only the administrators of ${target.agency.nation}`,
    });
  return target;
}

/**
 * An administrator changes an account. Never their own roles or status; roles that grant intelligence the
 * account does not hold yet become a pending request; a new password must be changed at the next login and
 * ends every session of the account. Each act is audited.
 */
export async function changeUser(tx: Tx, actor: Actor, id: string, change: AdminChange): Promise<User> {
  const target = await administrable(tx, actor, id, change.roles);
  if (target.id === actor.userId && (change.roles !== undefined || change.disabled !== undefined))
    throw new AppError('SELF_ELEVATION_FORBIDDEN', { field: change.roles ? 'roles' : 'disabled' });
  const grants =
    change.roles !== undefined && change.roles.some((r) => r !== 'admin' && !target.roles.includes(r));
  await repo.updateUser(tx, id, {
    displayName: change.displayName,
    disabled: change.disabled,
    ...(change.roles === undefined
      ? {}
      : grants
        ? { pendingRoles: change.roles }
        : { roles: change.roles, pendingRoles: null }),
  });
  let sessionsEnded = 0;
  if (change.password !== undefined) {
    assertStrongPassword(change.password, [target.username, target.displayName], 'password');
    await repo.setPasswordHash(tx, id, await hashPassword(change.password), target.id !== actor.userId);
    sessionsEnded = await repo.revokeSessions(
      tx,
      id,
      target.id === actor.userId ? secretHash(actor.credential) : null,
    );
  }
  if (change.disabled) sessionsEnded += await repo.revokeSessions(tx, id, null);
  const { password, ...rest } = change;
  await recordAudit(tx, actor, {
    action: grants ? 'request_roles' : 'update',
    table: 'users',
    ids: [id],
    detail: {
      ...rest,
      ...(grants ? { requestedRoles: change.roles, roles: undefined } : {}),
      passwordReset: password !== undefined,
      sessionsEnded,
    },
  });
  return (await repo.findUserById(tx, id))!;
}

/** A second administrator approves the roles another requested. */
export async function approveRoles(tx: Tx, actor: Actor, id: string): Promise<User> {
  const target = await administrable(tx, actor, id);
  if (!target.pendingRoles) throw new AppError('NOT_FOUND', { detail: 'no pending roles' });
  if (target.pendingRequestedBy === actor.userId) throw new AppError('OWN_REQUEST');
  if (target.id === actor.userId) throw new AppError('SELF_ELEVATION_FORBIDDEN');
  await repo.updateUser(tx, id, { roles: target.pendingRoles });
  await recordAudit(tx, actor, {
    action: 'approve_roles',
    table: 'users',
    ids: [id],
    detail: { roles: target.pendingRoles, requestedBy: target.pendingRequestedBy },
  });
  return (await repo.findUserById(tx, id))!;
}

/**
 * An administrator turns down the roles requested for an account: a second administrator rejects, or the
 * requester withdraws their own request. The account keeps the roles it holds.
 */
export async function rejectRoles(tx: Tx, actor: Actor, id: string): Promise<User> {
  const target = await administrable(tx, actor, id);
  if (!target.pendingRoles) throw new AppError('NOT_FOUND', { detail: 'no pending roles' });
  if (target.id === actor.userId) throw new AppError('SELF_ELEVATION_FORBIDDEN');
  await repo.updateUser(tx, id, { pendingRoles: null });
  await recordAudit(tx, actor, {
    action: 'reject_roles',
    table: 'users',
    ids: [id],
    detail: {
      roles: target.pendingRoles,
      requestedBy: target.pendingRequestedBy,
      withdrawn: target.pendingRequestedBy === actor.userId,
    },
  });
  return (await repo.findUserById(tx, id))!;
}

/**
 * An API token (shown once, stored hashed): for one's own account, or by an administrator for a machine
 * account of their own agency. The database checks the same (`centinela_issue_token`).
 */
export async function createApiToken(tx: Tx, actor: Actor, userId: string, label: string): Promise<string> {
  if (userId !== actor.userId) {
    const target = await repo.findUserById(tx, userId);
    if (!target) throw new AppError('NOT_FOUND');
    if (!actor.roles.includes('admin') || !target.machine || target.agency.code !== actor.agency)
      throw new AppError('OUTSIDE_ADMIN_SCOPE', {
        detail: 'tokens are issued for one’s own account or a machine account of one’s agency',
      });
  }
  const token = newSecret('ct');
  await repo.issueToken(tx, userId, secretHash(token), label);
  await recordAudit(tx, actor, {
    action: 'create_token',
    table: 'credentials',
    ids: [userId],
    detail: { label },
  });
  return token;
}

/** The user changes their own password: the current one first; every other session of theirs ends. */
export async function changeOwnPassword(
  db: Database,
  actor: Actor,
  current: string,
  next: string,
): Promise<User> {
  const parameters = await db.asUser(actor, (tx) => repo.ownPasswordParameters(tx));
  if (!parameters) throw new AppError('UNAUTHENTICATED');
  const candidate = await hashWithParameters(current, parameters);
  assertStrongPassword(next, [actor.username], 'newPassword');
  const hash = await hashPassword(next);
  return db.asUser(actor, async (tx) => {
    if (!(await repo.ownPasswordMatches(tx, candidate)))
      throw new AppError('WRONG_PASSWORD', { field: 'currentPassword' });
    await repo.setPasswordHash(tx, actor.userId, hash, false);
    const sessionsEnded = await repo.revokeSessions(tx, actor.userId, secretHash(actor.credential));
    await recordAudit(tx, actor, {
      action: 'change_password',
      table: 'users',
      ids: [actor.userId],
      detail: { sessionsEnded },
    });
    return (await repo.findUserById(tx, actor.userId))!;
  });
}

/**
 * Revokes an API token of one's own account or (administrators) of an account of one's agency, by the short id
 * the token list shows. The database checks the same scope (`centinela_revoke_token`).
 */
export async function revokeApiToken(tx: Tx, actor: Actor, userId: string, tokenId: string): Promise<void> {
  if (userId !== actor.userId) {
    const target = await repo.findUserById(tx, userId);
    if (!target) throw new AppError('NOT_FOUND');
    if (!actor.roles.includes('admin') || target.agency.code !== actor.agency)
      throw new AppError('OUTSIDE_ADMIN_SCOPE', {
        detail: 'tokens are revoked for one’s own account or an account of one’s agency',
      });
  }
  if ((await repo.revokeToken(tx, userId, tokenId)) === 0) throw new AppError('NOT_FOUND');
  await recordAudit(tx, actor, {
    action: 'revoke_token',
    table: 'credentials',
    ids: [userId],
    detail: { tokenId },
  });
}

/**
 * The account a peer instance reads this one's TAXII server with (`centinela peers add`, by the schema owner): a
 * machine account of one agency of the peer's nation that reads intelligence (advisor) and, being a peer, the
 * TAXII routes only; its API token is returned once. Nobody logs in with its password (random, never shown).
 */
export async function createPeerAccount(
  tx: Tx,
  actor: Actor,
  input: { username: string; agency: string; label: string },
): Promise<{ user: User; token: string }> {
  const user = await createUser(
    tx,
    actor,
    {
      username: input.username,
      displayName: input.label,
      agency: input.agency,
      roles: ['advisor'],
      password: randomBytes(24).toString('base64url'),
      machine: true,
      peer: true,
    },
    'owner',
  );
  const token = newSecret('ct');
  await repo.insertCredential(tx, {
    tokenHash: secretHash(token),
    kind: 'api',
    userId: user.id,
    label: input.label,
    expiresAt: null,
  });
  await recordAudit(tx, actor, {
    action: 'create_token',
    table: 'credentials',
    ids: [user.id],
    detail: { label: input.label },
  });
  return { user, token };
}

/** A peer removed: its account disabled and every token of it revoked (the schema owner). */
export async function retirePeerAccount(tx: Tx, actor: Actor, userId: string): Promise<void> {
  await repo.retireAccount(tx, userId);
  await recordAudit(tx, actor, { action: 'revoke_token', table: 'credentials', ids: [userId] });
}

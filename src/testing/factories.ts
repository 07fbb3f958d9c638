/**
 * Factories: each test builds the world it needs. Every call makes new, uniquely named nations,
 * agencies and users, so tests never depend on one another or on seeded data.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Database, Tx } from '../store/database.ts';
import type { Actor, Role } from '../shared/actor.ts';
import { insertCredential, insertUser, upsertAgency, upsertNation } from '../identity/repository.ts';
import { newSecret, secretHash } from '../identity/credentials.ts';
import type { Marking } from '../shared/marking.ts';

/** The password of every factory user, with its scrypt hash precomputed (hashing is slow on purpose). */
export const TEST_PASSWORD = 'correct horse battery staple';
const TEST_PASSWORD_HASH =
  'scrypt$32768$8$1$MbwRE9SZZZAeClpiEvyfbw$iFYUyylpI_z9wDi3ugZ6_DJDUxo5TwlkEegboGeIX3g';

const unique = () => randomBytes(3).toString('hex').toUpperCase();

export async function makeNation(tx: Tx, code?: string): Promise<string> {
  const nation =
    code ??
    `X${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
  await upsertNation(tx, { code: nation, nameEn: `Nation ${nation}`, nameEs: `Nación ${nation}` });
  return nation;
}

export async function makeAgency(tx: Tx, nation: string, code?: string): Promise<string> {
  const agency = code ?? `${nation}-${unique()}`;
  await upsertAgency(tx, { code: agency, nation, nameEn: `Agency ${agency}`, nameEs: `Agencia ${agency}` });
  return agency;
}

/**
 * A user with a live session: the actor carries the session's secret, which the database verifies on every
 * transaction (`tx` must be the owner's: only the owner inserts credentials directly).
 */
export async function makeUser(
  tx: Tx,
  agency: string,
  roles: Role[] = ['analyst'],
  username = `u${unique().toLowerCase()}`,
  options: { machine?: boolean } = {},
): Promise<Actor> {
  const id = randomUUID();
  await insertUser(tx, {
    id,
    username,
    displayName: username,
    agency,
    roles,
    passwordHash: TEST_PASSWORD_HASH,
    locale: 'en',
    machine: options.machine ?? false,
  });
  const { rows } = await tx.query<{ nation: string }>('select nation from agencies where code = $1', [
    agency,
  ]);
  const credential = newSecret('cs');
  await insertCredential(tx, {
    tokenHash: secretHash(credential),
    kind: 'session',
    userId: id,
    expiresAt: null,
  });
  return {
    credential,
    userId: id,
    username,
    agency,
    nation: rows[0]!.nation,
    roles,
    requestId: `test-${unique()}`,
  };
}

/** The usual two-nation world: a host customs agency and analyst, a partner agency and advisor. */
export async function makeTwoNationWorld(db: Database) {
  return db.asOwner(async (tx) => {
    await makeNation(tx, 'MEX');
    await makeNation(tx, 'USA');
    const hostAgency = await makeAgency(tx, 'MEX', 'MX-ANAM');
    const otherHostAgency = await makeAgency(tx, 'MEX', 'MX-CNI');
    const partnerAgency = await makeAgency(tx, 'USA', 'US-DEA');
    return {
      hostAgency,
      otherHostAgency,
      partnerAgency,
      host: await makeUser(tx, hostAgency, ['analyst'], 'host-analyst'),
      otherHost: await makeUser(tx, otherHostAgency, ['analyst'], 'host-intel'),
      partner: await makeUser(tx, partnerAgency, ['advisor'], 'partner-advisor'),
      auditor: await makeUser(tx, otherHostAgency, ['auditor'], 'host-auditor'),
      admin: await makeUser(tx, await makeAgency(tx, 'MEX', 'MX-SYS'), ['admin'], 'host-admin'),
    };
  });
}

/** Inserts a report with a marking as its owner agency would (through the app role). */
export async function makeReport(
  db: Database,
  owner: Actor,
  marking: Omit<Marking, 'ownerAgency'>,
  title = 'report',
) {
  const id = randomUUID();
  await db.asUser(owner, (tx) =>
    tx.query(
      'insert into reports (id, owner_agency, tlp, releasable_to, recipients, title, body) values ($1, $2, $3, $4, $5, $6, $7)',
      [id, owner.agency, marking.tlp, marking.releasableTo, marking.recipients, title, `${title} body`],
    ),
  );
  return id;
}

/** A live session token for a user, without the cost of a password login. */
export async function makeSession(db: Database, actor: Actor): Promise<string> {
  const token = newSecret('cs');
  await db.asOwner((tx) =>
    insertCredential(tx, {
      tokenHash: secretHash(token),
      kind: 'session',
      userId: actor.userId,
      expiresAt: null,
    }),
  );
  return token;
}

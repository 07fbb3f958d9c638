/**
 * The database verifies who a transaction is: settings the application role asserts are not identity. Raw SQL
 * as the application role, with a self-asserted agency and no live session, sees nothing; credentials and
 * password hashes are never readable; a revoked or expired session is no identity.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeTwoNationWorld } from '../testing/factories.ts';
import { insertGenericRow } from '../testing/generic-rows.ts';
import { markedTables } from '../markings/repository.ts';
import { anonymousActor } from './service.ts';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

/** Every table the application role holds a SELECT grant on (whole table or some columns). */
async function readableTables(db: Database): Promise<string[]> {
  const { rows } = await db.asOwner((tx) =>
    tx.query<{ table_name: string }>(
      `select distinct table_name from information_schema.column_privileges
       where grantee = 'centinela_app' and privilege_type = 'SELECT' and table_schema = 'public' order by 1`,
    ),
  );
  return rows.map((r) => r.table_name);
}

async function countAs(db: Database, actor: Actor, table: string, assert?: Record<string, string>) {
  return db.asUser(actor, async (tx) => {
    for (const [name, value] of Object.entries(assert ?? {}))
      await tx.query('select set_config($1, $2, true)', [name, value]);
    const { rows } = await tx.query<{ n: number }>(`select count(*)::int8 as n from ${table}`);
    return rows[0]!.n;
  });
}

describeEachEngine('identity the database verifies', (getDb) => {
  it('raw SQL as the application role with a self-asserted agency and no valid session sees nothing', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await makeReport(db, world.host, { tlp: 'clear', releasableTo: ['MEX', 'USA'], recipients: [] });
    for (const table of await db.asOwner((tx) => markedTables(tx)))
      await db.asOwner((tx) =>
        insertGenericRow(tx, table, {
          owner_agency: world.hostAgency,
          tlp: 'clear',
          releasable_to: ['MEX'],
          recipients: [],
        }),
      );
    const asserted = {
      'centinela.agency': world.hostAgency,
      'centinela.nation': 'MEX',
      'centinela.user_id': world.host.userId,
    };
    const forged = {
      ...anonymousActor('forged'),
      credential: 'cs_not-a-live-session',
      agency: world.hostAgency,
    };
    const tables = await readableTables(db);
    expect(tables).toEqual(expect.arrayContaining(['reports', 'users', 'agencies', 'audit_log', 'entities']));
    for (const table of tables) {
      expect(await countAs(db, anonymousActor('none'), table, asserted), table).toBe(0);
      expect(await countAs(db, forged, table, asserted), table).toBe(0);
    }
    // The same session, live, sees the host's rows: the zeros above are the verification, not an empty world.
    expect(await countAs(db, world.host, 'reports')).toBeGreaterThan(0);
    expect(await countAs(db, world.host, 'users')).toBeGreaterThan(0);
  });

  it('credentials and password hashes are never readable by the application role', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await expect(db.asUser(world.admin, (tx) => tx.query('select * from credentials'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.asUser(world.admin, (tx) => tx.query('select password_hash from users'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.asUser(world.admin, (tx) => tx.query('select * from identity_secrets'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('the application role cannot mint a credential for anyone', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await expect(
      db.asUser(world.partner, (tx) =>
        tx.query("insert into credentials (token_hash, kind, user_id) values ('x', 'session', $1)", [
          world.host.userId,
        ]),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('a revoked or expired session is no identity', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await makeReport(db, world.host, { tlp: 'clear', releasableTo: ['MEX'], recipients: [] });
    expect(await countAs(db, world.host, 'reports')).toBe(1);
    await db.asOwner((tx) =>
      tx.query("update credentials set expires_at = now() - interval '1 minute' where user_id = $1", [
        world.host.userId,
      ]),
    );
    expect(await countAs(db, world.host, 'reports')).toBe(0);
    await db.asOwner((tx) =>
      tx.query('update credentials set expires_at = null, revoked_at = now() where user_id = $1', [
        world.host.userId,
      ]),
    );
    expect(await countAs(db, world.host, 'reports')).toBe(0);
  });

  it('the actor the application passes does not widen what the database grants', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await makeReport(db, world.host, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] });
    // The partner's live session with the host's agency and nation written into the actor.
    const pretending = { ...world.partner, agency: world.hostAgency, nation: 'MEX' };
    expect(await countAs(db, pretending, 'reports')).toBe(0);
    expect(await countAs(db, world.otherHost, 'reports')).toBe(1);
  });

  it('an administrator and a user who must change their password get no agency', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await makeReport(db, world.host, { tlp: 'clear', releasableTo: ['MEX'], recipients: [] });
    expect(await countAs(db, world.admin, 'reports')).toBe(0);
    expect(await countAs(db, world.admin, 'entities')).toBe(0);
    expect(await countAs(db, world.admin, 'users')).toBeGreaterThan(0);
    await db.asOwner((tx) =>
      tx.query('update users set must_change_password = true where id = $1', [world.otherHost.userId]),
    );
    expect(await countAs(db, world.otherHost, 'reports')).toBe(0);
  });
  it('naming an auditor in the settings does not make a live non-auditor session an auditor', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await db.asUser(world.otherHost, (tx) =>
      recordAudit(tx, world.otherHost, { action: 'login', detail: { note: 'an entry of the host nation' } }),
    );
    await sequenceAudit(db);
    // Positive control: the auditor (same agency as the analyst below) reads the entry.
    expect(await countAs(db, world.auditor, 'audit_log')).toBeGreaterThan(0);
    expect(await countAs(db, world.otherHost, 'audit_log')).toBe(0);
    expect(
      await countAs(db, world.otherHost, 'audit_log', { 'centinela.user_id': world.auditor.userId }),
    ).toBe(0);
  });
});

/**
 * Connected as the application role with a partner user's session, plain SQL on every marked table
 * returns only the rows released to that user; the audit table refuses UPDATE and DELETE.
 */
import { sequenceAudit } from '../audit/sequencer.ts';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { insertGenericRow, primaryKey } from '../testing/generic-rows.ts';
import { recordAudit } from '../audit/index.ts';
import { markedTables } from './repository.ts';
import { canSee, TLP_LEVELS, type Marking } from '../shared/marking.ts';

const MARKINGS = (host: string, partnerAgency: string): Omit<Marking, 'ownerAgency'>[] =>
  TLP_LEVELS.flatMap((tlp) => [
    { tlp, releasableTo: ['MEX'], recipients: [] },
    { tlp, releasableTo: ['MEX', 'USA'], recipients: [] },
    { tlp, releasableTo: ['MEX', 'USA'], recipients: [partnerAgency] },
    { tlp, releasableTo: ['MEX'], recipients: [partnerAgency] },
  ]).map((m) => ({ ...m, recipients: m.recipients.filter((r) => r !== host) }));

describeEachEngine('raw SQL as the app role', (getDb) => {
  it('SELECT * on every marked table returns only what the partner may see', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const tables = await db.asOwner((tx) => markedTables(tx));
    expect(tables).toContain('reports');
    for (const table of tables) {
      const inserted: { pk: string; marking: Marking }[] = [];
      await db.asOwner(async (tx) => {
        for (const m of MARKINGS(world.hostAgency, world.partnerAgency)) {
          const marking = { ownerAgency: world.hostAgency, ...m };
          const pk = await insertGenericRow(
            tx,
            table,
            {
              owner_agency: marking.ownerAgency,
              tlp: marking.tlp,
              releasable_to: marking.releasableTo,
              recipients: marking.recipients,
            },
            // a notification is moreover its recipient's alone (0755): this one is the partner's
            table === 'notifications' ? { recipient_user: world.partner.userId } : {},
          );
          inserted.push({ pk, marking });
        }
      });
      const pk = await db.asOwner((tx) => primaryKey(tx, table));
      const { rows } = await db.asUser(world.partner, (tx) =>
        tx.query<Record<string, unknown>>(`select *, ${pk}::text as centinela_pk from ${table}`),
      );
      const seen = rows.map((r) => String(r.centinela_pk)).sort();
      const allowed = inserted
        .filter((r) => canSee(world.partner, r.marking))
        .map((r) => r.pk)
        .sort();
      expect(seen, `table ${table}`).toEqual(allowed);
      expect(allowed.length, `table ${table}`).toBeGreaterThan(0);
      expect(allowed.length, `table ${table}`).toBeLessThan(inserted.length);
    }
  });

  it('a user without a live credential sees nothing', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await db.asOwner((tx) =>
      insertGenericRow(tx, 'reports', {
        owner_agency: world.hostAgency,
        tlp: 'clear',
        releasable_to: ['MEX', 'USA'],
        recipients: [],
      }),
    );
    const anonymous = { ...world.partner, credential: '' };
    const { rows } = await db.asUser(anonymous, (tx) => tx.query('select * from reports'));
    expect(rows).toEqual([]);
  });

  it('UPDATE and DELETE on the audit table fail for the app role', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await db.asUser(world.host, (tx) => recordAudit(tx, world.host, { action: 'update' }));
    await sequenceAudit(db);
    await expect(
      db.asUser(world.host, (tx) => tx.query("update audit_log set action = 'forged'")),
    ).rejects.toThrow(/permission denied|append-only/);
    await expect(db.asUser(world.host, (tx) => tx.query('delete from audit_log'))).rejects.toThrow(
      /permission denied|append-only/,
    );
    // even the owner is stopped by the trigger
    await expect(db.asOwner((tx) => tx.query('delete from audit_log'))).rejects.toThrow(/append-only/);
  });

  it('a non-owner cannot change a marking, even to narrow it', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const pk = await db.asOwner((tx) =>
      insertGenericRow(tx, 'reports', {
        owner_agency: world.hostAgency,
        tlp: 'green',
        releasable_to: ['MEX', 'USA'],
        recipients: [],
      }),
    );
    const { affectedRows } = await db.asUser(world.partner, (tx) =>
      tx.query("update reports set tlp = 'red' where id = $1", [pk]),
    );
    expect(affectedRows).toBe(0);
  });
});

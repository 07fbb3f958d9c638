/**
 * Entity rows are read only by the viewers of their class, and written only by resolution and decisions (the
 * schema owner); the analysis's bookkeeping and the resolution runs are the owner's alone (0641, 0642). Before,
 * a permissive `*_open` policy sat beside the narrower one, and any verified agency read — and could write —
 * every class's entities and every consignment's analysed state.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';

describeEachEngine('entity rows and the owner-only bookkeeping', (getDb) => {
  it("an agency reads only its own class's entities, and no application session writes one", async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const hostEntity = randomUUID();
    const partnerEntity = randomUUID();
    await db.asOwner(async (tx) => {
      await tx.query("insert into entities (id, status, viewers) values ($1, 'resolved', $2)", [
        hostEntity,
        [world.hostAgency],
      ]);
      await tx.query("insert into entities (id, status, viewers) values ($1, 'resolved', $2)", [
        partnerEntity,
        [world.partnerAgency],
      ]);
    });
    const idsAs = (actor: typeof world.host) =>
      db.asUser(actor, async (tx) =>
        (await tx.query<{ id: string }>('select id from entities')).rows.map((r) => r.id),
      );
    expect(await idsAs(world.partner)).toEqual([partnerEntity]);
    expect(await idsAs(world.host)).toEqual([hostEntity]);
    await expect(db.asUser(world.partner, (tx) => tx.query('delete from entities'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      db.asUser(world.host, (tx) =>
        tx.query("update entities set status = 'confirmed' where id = $1", [hostEntity]),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.asUser(world.partner, (tx) =>
        tx.query("insert into entities (id, status, viewers) values ($1, 'resolved', $2)", [
          randomUUID(),
          [world.hostAgency],
        ]),
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await db.asOwner(async (tx) => (await tx.query('select id from entities')).rows.length)).toBe(2);
  });

  it("no application session reads the analysis's bookkeeping or the resolution runs", async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await db.asOwner((tx) =>
      tx.query(
        "insert into consignment_analyses (bill_of_lading, state, analysed_at, newest_record_time, stale) values ('HIDDEN-BOL-1', 'delivered', now(), now(), false)",
      ),
    );
    for (const actor of [world.host, world.partner]) {
      await expect(db.asUser(actor, (tx) => tx.query('select * from consignment_analyses'))).rejects.toThrow(
        /permission denied/,
      );
      await expect(db.asUser(actor, (tx) => tx.query('select * from resolution_runs'))).rejects.toThrow(
        /permission denied/,
      );
    }
  });
});

/**
 * The entity list reads what resolution stored on each entity (0621): it must be what the list computed before
 * from the member records the caller sees, for host and partner, after a full run, an incremental one, an
 * analyst's split and a record narrowed away from the partner.
 */
import { expect, it } from 'vitest';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { describeEachEngine } from '../testing/db.ts';
import { insertLine, QIP, rfc, seedResolvedWorld } from '../testing/resolution-fixtures.ts';
import { resolveIncrementally } from './service.ts';
import { decide } from './decide.ts';
import { searchEntities } from './reads.repository.ts';

/** The list as it was computed before it was stored: an aggregate of the members the caller may see. */
async function aggregatedList(db: Database, user: Actor) {
  const { rows } = await db.asUser(user, (tx) =>
    tx.query<{ entityId: string; status: string; name: string | null; names: string[]; rfcs: string[] }>(
      `select m.entity_id as "entityId", e.status, mode() within group (order by nullif(p.name, '') collate "C") as name,
              coalesce(array_agg(distinct p.name) filter (where p.name <> ''), '{}') as names,
              coalesce(array_agg(distinct p.rfc_norm) filter (where p.rfc_norm is not null), '{}') as rfcs,
              count(*)::integer as records
         from entity_members m
         join party_records p on p.id = m.party_record_id
         join entities e on e.id = m.entity_id
        group by m.entity_id, e.status
        order by count(*) desc, min(p.record_id)`,
    ),
  );
  return rows;
}

describeEachEngine('stored entity summaries', (getDb) => {
  it('list what the members the caller sees say, kept by every way resolution writes members', async () => {
    const { db, world, qip } = await seedResolvedWorld(getDb());
    const users = [world.host, world.partner];
    const expectSameAsAggregate = async () => {
      for (const user of users) {
        const stored = await db.asUser(user, (tx) => searchEntities(tx, { limit: 50, offset: 0 }));
        expect(stored.length).toBeGreaterThan(0);
        expect(stored.map((e) => ({ ...e, records: Number(e.records) }))).toEqual(
          await aggregatedList(db, user),
        );
      }
    };
    await expectSameAsAggregate();

    await db.asOwner((tx) =>
      insertLine(tx, world.hostAgency, {
        declarationId: 'D4',
        bol: 'BOL4',
        releasableTo: ['MEX', 'USA'],
        importer: ['QUIMICA INDUSTRIAL DEL PACIFICO SA DE CV', QIP, 'Av. Manuel Alvarez 1234, Manzanillo'],
        consignee: ['Ferretera Nueva del Centro', rfc('FNC150505QQ'), 'Calle Hidalgo 3, Querétaro'],
      }),
    );
    await resolveIncrementally(db, world.host);
    await expectSameAsAggregate();
    const hostList = await db.asUser(world.host, (tx) => searchEntities(tx, { limit: 50, offset: 0 }));
    expect(Number(hostList.find((e) => e.entityId === qip)!.records)).toBe(4);

    await decide(db, world.host, qip, { kind: 'split', recordIds: ['decl:D2:1:importer@MX-ANAM'] }, 'branch');
    await expectSameAsAggregate();

    // A record narrowed so that the partner no longer sees it: the partner's entities resting on it go at once.
    await db.asOwner((tx) =>
      tx.query(`update declaration_lines set releasable_to = '{MEX}' where declaration_id = 'D4'`),
    );
    await db.asOwner((tx) =>
      tx.query(`update party_records set releasable_to = '{MEX}' where declaration_id = 'D4'`),
    );
    await expectSameAsAggregate();
  });
});

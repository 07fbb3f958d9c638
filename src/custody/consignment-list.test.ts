/**
 * The consignment list pages over what each visibility class stored with its track (0620): it must list what
 * the list aggregated before from the lines and events the caller sees — the same bills of lading, counts, last
 * times and order, for every agency — and follow new events once the analysis has run again.
 */
import { expect, it } from 'vitest';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { describeEachEngine } from '../testing/db.ts';
import { captureDocument } from '../epcis/capture.ts';
import { listConsignments } from './consignments.repository.ts';
import { analyseConsignments } from './findings.service.ts';
import {
  BOL,
  custodyEvent,
  custodyWorld,
  epcisDocument,
  shortTrip,
  TERMINAL,
} from '../testing/custody-world.ts';

/** The list as it was computed before it was stored: every visible event aggregated, then ordered. */
async function aggregatedList(db: Database, user: Actor) {
  const { rows } = await db.asUser(user, (tx) =>
    tx.query<{ billOfLading: string; eventCount: number; lastEventTime: Date | null }>(
      `with visible as (
         select e.bol, count(*) as events, max(e.event_time) as last_event from epcis_events e
          where e.bol is not null group by e.bol
         union all select l.bill_of_lading, 0, null from declaration_lines l
       )
       select bol as "billOfLading", sum(events)::integer as "eventCount", max(last_event) as "lastEventTime"
         from visible group by bol order by max(last_event) desc nulls last, bol`,
    ),
  );
  return rows.map((r) => ({
    ...r,
    lastEventTime: r.lastEventTime && new Date(r.lastEventTime).toISOString(),
  }));
}

async function storedList(db: Database, user: Actor) {
  const rows = await db.asUser(user, (tx) => listConsignments(tx, { limit: 50, offset: 0 }));
  return rows.map(({ billOfLading, eventCount, lastEventTime }) => ({
    billOfLading,
    eventCount,
    lastEventTime,
  }));
}

describeEachEngine('the stored consignment list', (getDb) => {
  it('lists what the inputs each agency sees say, and follows new events at the next analysis', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const users = [world.host, world.partner, world.port, world.regulator];
    const expectSameAsAggregate = async () => {
      for (const user of users) expect(await storedList(db, user)).toEqual(await aggregatedList(db, user));
    };
    await captureDocument(db, world.port, epcisDocument(shortTrip()));
    // An event naming only the container (the track's, not the list's), and a bill of lading seen by a line alone.
    const { bizTransactionList: _bol, ...containerOnly } = custodyEvent(
      '2024-03-05T09:00:00-06:00',
      'storing',
      TERMINAL,
    );
    await captureDocument(db, world.port, epcisDocument([containerOnly]));
    await db.asOwner(async (tx) => {
      await tx.query(
        `insert into declaration_lines (id, owner_agency, declaration_id, line_no, declared_at, port_locode,
           importer_name, bill_of_lading, consignee_name, hs_code, goods_description, quantity_kg,
           declared_value_usd, verdict, list_version, releasable_to)
         values (gen_random_uuid(), 'MX-ANAM', '24 16 3456 4000123', 2, '2024-03-01T10:00:00-06:00', 'MXZLO',
           'Química Industrial', 'MAEU0000001', 'Química Industrial', '8421.29', 'filtros', 10, 100, 'clear',
           'test', '{MEX,USA}')`,
      );
      // The partner sees the consignment's line and its first two events only.
      await tx.query(`update declaration_lines set releasable_to = '{MEX,USA}' where bill_of_lading = $1`, [
        BOL,
      ]);
      await tx.query(
        `update epcis_events set releasable_to = '{MEX,USA}' where bol = $1 and event_time < '2024-03-04T13:00:00Z'`,
        [BOL],
      );
    });
    await analyseConsignments(db, world.host, 'all');
    await expectSameAsAggregate();
    expect(await storedList(db, world.partner)).toEqual([
      { billOfLading: BOL, eventCount: 2, lastEventTime: '2024-03-04T12:00:00.000Z' },
      { billOfLading: 'MAEU0000001', eventCount: 0, lastEventTime: null },
    ]);

    // A later event: counted once the analysis has derived the classes again (capture-and-analyse runs it).
    await captureDocument(
      db,
      world.port,
      epcisDocument([custodyEvent('2024-03-06T09:00:00-06:00', 'storing', TERMINAL)]),
    );
    await analyseConsignments(db, world.host, 'stale');
    await expectSameAsAggregate();
    expect((await storedList(db, world.host))[0]).toEqual({
      billOfLading: BOL,
      eventCount: 5,
      lastEventTime: '2024-03-06T15:00:00.000Z',
    });
    // Paging cuts the same order.
    const second = await db.asUser(world.host, (tx) => listConsignments(tx, { limit: 1, offset: 1 }));
    expect(second.map((c) => c.billOfLading)).toEqual(['MAEU0000001']);
  });
});

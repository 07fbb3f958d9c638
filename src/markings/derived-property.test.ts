/**
 * The narrowing of derived records, property-tested: a declaration line with a random marking, an
 * alert derived from it (owned by a random agency, marked no wider than the line), then any change of
 * the line's marking by its owner. Afterwards the alert is exactly combineMarkings(its owner, [what it
 * was, the line's new marking]) — narrowed as far as the line was, never widened — and every user
 * sees it exactly when the rule allows.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeNation, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { canSee, combineMarkings, TLP_LEVELS, type Marking } from '../shared/marking.ts';
import { markingOf, sees } from '../testing/derived-fixtures.ts';

const NATIONS = ['MEX', 'USA', 'CAN'];

const markingChange = (agencies: string[]) =>
  fc.record({
    tlp: fc.constantFrom(...TLP_LEVELS),
    releasableTo: fc.subarray(NATIONS),
    recipients: fc.subarray(agencies),
  });

async function setUp(db: Database) {
  const world = await makeTwoNationWorld(db);
  const canadian = await db.asOwner(async (tx) => {
    await makeNation(tx, 'CAN');
    return makeUser(tx, await makeAgency(tx, 'CAN', 'CA-RCMP'), ['advisor'], 'partner-rcmp');
  });
  await db.asUser(world.host, (tx) =>
    tx.query(
      `insert into declarations (id, owner_agency, declared_at, port_locode, origin_country, importer_name)
       values ('D-P', 'MX-ANAM', '2024-03-01T10:00:00Z', 'MXZLO', 'CN', 'Química Industrial')`,
    ),
  );
  const users: Actor[] = [world.host, world.otherHost, world.partner, canadian];
  return { host: world.host, users, agencies: users.map((u) => u.agency) };
}

describeEachEngine('narrowing derived records (property)', (getDb) => {
  it('a derived alert ends no wider than its line and than it was, whatever the change', async () => {
    const db = getDb();
    const { host, users, agencies } = await setUp(db);
    let lineNo = 0;
    await fc.assert(
      fc.asyncProperty(
        markingChange(agencies),
        markingChange(agencies),
        markingChange(agencies),
        fc.constantFrom(...users),
        async (initial, extra, next, alertOwner) => {
          lineNo += 1;
          const lineId = randomUUID();
          const line = { table: 'declaration_lines', pk: 'id', id: lineId };
          await db.asUser(host, (tx) =>
            tx.query(
              `insert into declaration_lines (id, owner_agency, tlp, releasable_to, recipients, declaration_id, line_no,
                 declared_at, port_locode, importer_name, bill_of_lading, consignee_name, hs_code, goods_description,
                 quantity_kg, declared_value_usd, verdict, list_version)
               values ($1, 'MX-ANAM', $2, $3, $4, 'D-P', $5, '2024-03-01T10:00:00Z', 'MXZLO', 'Química Industrial',
                 $6, 'Distribuidora', '2933.39', 'ANPP', 100, 1000, 'controlled', 'test')`,
              [lineId, initial.tlp, initial.releasableTo, initial.recipients, lineNo, `BOL-P${lineNo}`],
            ),
          );
          const owner = { agency: alertOwner.agency, nation: alertOwner.nation };
          const derived = combineMarkings(owner, [
            await markingOf(db, line),
            { ownerAgency: host.agency, ...extra },
          ]);
          const alert = { table: 'alerts', pk: 'id', id: randomUUID() };
          await db.asOwner((tx) =>
            tx.query(
              `insert into alerts (id, owner_agency, tlp, releasable_to, recipients, line_id, declaration_id, line_no,
                 verdict, score, port_locode, declared_at)
               values ($1, $2, $3, $4, $5, $6, 'D-P', $7, 'controlled', 1, 'MXZLO', '2024-03-01T10:00:00Z')`,
              [
                alert.id,
                derived.ownerAgency,
                derived.tlp,
                derived.releasableTo,
                derived.recipients,
                lineId,
                lineNo,
              ],
            ),
          );

          await db.asUser(host, (tx) =>
            tx.query(
              'update declaration_lines set tlp = $2, releasable_to = $3, recipients = $4 where id = $1',
              [lineId, next.tlp, next.releasableTo, next.recipients],
            ),
          );

          const lineNow = await markingOf(db, line);
          const alertNow: Marking = await markingOf(db, alert);
          expect(alertNow).toEqual(combineMarkings(owner, [derived, lineNow]));
          for (const user of users) expect(await sees(db, user, alert)).toBe(canSee(user, alertNow));
        },
      ),
      { numRuns: 25 },
    );
  });
});

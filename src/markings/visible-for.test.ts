/**
 * The visibility rule for a named agency (centinela_visible_for, 0503) is the rule: for every marking and every
 * agency it agrees with the TypeScript oracle and with centinela_visible under that agency's settings. And the
 * tables read by visibility class (findings, consignment_tracks, finding_actions) show a caller, in plain SQL,
 * exactly the rows whose viewers name its agency.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { insertGenericRow } from '../testing/generic-rows.ts';
import { canSee, TLP_LEVELS, type Marking } from '../shared/marking.ts';

describeEachEngine('the rule for a named agency', (getDb) => {
  it('agrees with canSee and with centinela_visible for every agency and marking', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const agencies = [
      { agency: world.hostAgency, nation: 'MEX' },
      { agency: world.otherHostAgency, nation: 'MEX' },
      { agency: world.partnerAgency, nation: 'USA' },
    ];
    const markings: Marking[] = TLP_LEVELS.flatMap((tlp) =>
      [['MEX'], ['MEX', 'USA']].flatMap((releasableTo) =>
        [[], [world.partnerAgency], [world.otherHostAgency]].map((recipients) => ({
          ownerAgency: world.hostAgency,
          tlp,
          releasableTo,
          recipients,
        })),
      ),
    );
    for (const viewer of agencies) {
      const { rows } = await db.asOwner((tx) =>
        tx.query<{ i: number; named: boolean }>(
          `select m.i, centinela_visible_for($1, $2, m.owner_agency, m.tlp::tlp, m.releasable_to, m.recipients) as named
           from jsonb_to_recordset($3::jsonb) as m(i int, owner_agency text, tlp text, releasable_to text[],
             recipients text[]) order by m.i`,
          [
            viewer.agency,
            viewer.nation,
            JSON.stringify(
              markings.map((m, i) => ({
                i,
                owner_agency: m.ownerAgency,
                tlp: m.tlp,
                releasable_to: m.releasableTo,
                recipients: m.recipients,
              })),
            ),
          ],
        ),
      );
      expect(rows.map((r) => r.named)).toEqual(markings.map((m) => canSee(viewer, m)));
    }
  });

  it('plain SQL on the tables read by visibility class returns the rows whose viewers name the caller', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    for (const table of ['findings', 'consignment_tracks', 'finding_actions']) {
      const ids = await db.asOwner(async (tx) => {
        const marking = {
          owner_agency: world.hostAgency,
          tlp: 'clear',
          releasable_to: ['MEX', 'USA'],
          recipients: [],
        };
        return {
          host: await insertGenericRow(tx, table, marking, { viewers: [world.hostAgency] }),
          both: await insertGenericRow(tx, table, marking, {
            viewers: [world.hostAgency, world.partnerAgency],
          }),
          none: await insertGenericRow(tx, table, marking, { viewers: [] }),
        };
      });
      const { rows } = await db.asUser(world.partner, (tx) =>
        tx.query<{ id: string }>(`select id::text from ${table}`),
      );
      // A clear marking released to both nations: under the marking rule the partner would read all three.
      // (Findings are keyed by id and viewers since 0544: their generic row's key is the pair.)
      const idOf = (key: string) => /^\(([^,]+),/.exec(key)?.[1] ?? key;
      expect(
        rows.map((r) => r.id),
        table,
      ).toEqual([idOf(ids.both)]);
    }
  });
});

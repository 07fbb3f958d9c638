/**
 * When the owner of an input narrows its marking, the database narrows every record derived from it in
 * the same transaction (migrations/0490_derived_markings.sql): a partner who loses the input loses
 * what was derived from it, whatever path changed the marking. A widening widens nothing.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { canSee, combineMarkings, type Marking, type MarkingChange } from '../shared/marking.ts';
import { changeMarking } from './service.ts';
import { derivedWorld, markingOf, sees, type RowRef } from '../testing/derived-fixtures.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

type World = Awaited<ReturnType<typeof derivedWorld>>;
type InputName = keyof World['inputs'];
type DerivedName = keyof World['derived'];

/**
 * What each input's narrowing must reach, and what it must leave alone. `hides`: rows whose marking
 * stays but that an agency losing the input no longer reads, because they belong to an entity with a
 * narrowed member: the entity leaves that agency's visibility class until the next resolution
 * (src/resolution/migrations/0540_entity_viewers.sql), since the rest may have been joined through it.
 */
const CASES: { input: InputName; narrows: DerivedName[]; spares: DerivedName[]; hides?: DerivedName[] }[] = [
  {
    input: 'line1',
    narrows: [
      'alert1',
      'action1',
      'findingOfEvidence',
      'findingOfLines',
      'track1',
      'importer',
      'consignee',
      'consigneeMember',
      'link',
    ],
    spares: ['alert2', 'findingOther', 'track2', 'otherImporter', 'holder', 'operator'],
    hides: ['otherMember', 'holderMember'],
  },
  {
    input: 'declaration1',
    narrows: ['importer'],
    spares: ['consignee', 'alert1', 'otherImporter', 'track1'],
  },
  {
    input: 'eventWithBol',
    narrows: ['findingOfEvidence', 'track1'],
    spares: ['findingOfLines', 'findingOther', 'track2', 'alert1'],
  },
  {
    input: 'eventByContainer',
    narrows: ['track1'],
    spares: ['findingOfEvidence', 'findingOfLines', 'track2'],
  },
  {
    input: 'permit',
    narrows: ['findingOfEvidence', 'holder', 'holderMember'],
    spares: ['findingOfLines', 'findingOther', 'operator'],
    hides: ['consigneeMember', 'otherMember', 'link'],
  },
  { input: 'location', narrows: ['operator'], spares: ['holder', 'findingOfEvidence'] },
  { input: 'alert1', narrows: ['action1'], spares: ['alert2', 'findingOfLines'] },
  {
    input: 'consignee',
    narrows: ['consigneeMember', 'link'],
    spares: ['otherImporter', 'importer'],
    hides: ['otherMember', 'holderMember'],
  },
];

/**
 * Custody's derived records (findings, stored tracks, the history of findings) are read by their visibility
 * class, the agencies that saw every input they were derived from (src/custody/visibility-classes.ts): an
 * agency that loses an input of a consignment stops reading everything derived for it from that consignment
 * (its class used the input) until the next analysis re-derives its view; the markings still narrow record by
 * record. These are the records of a consignment an input belongs to, beyond those its marking narrows.
 */
const CLASS_TABLES = new Set(['findings', 'consignment_tracks', 'finding_actions']);
const SAME_CONSIGNMENT: Partial<Record<InputName, DerivedName[]>> = {
  eventWithBol: ['findingOfLines'],
  eventByContainer: ['findingOfEvidence', 'findingOfLines'],
  // Both consignments' lines cite permit COF-1.
  permit: ['findingOfLines', 'findingOther', 'track1', 'track2'],
};

const NARROWINGS: { name: string; change: MarkingChange }[] = [
  { name: 'removes the partner nation', change: { tlp: 'amber', releasableTo: ['MEX'], recipients: [] } },
  { name: 'raises the TLP to red', change: { tlp: 'red', releasableTo: ['MEX', 'USA'], recipients: [] } },
];

async function nationOf(db: Database, agency: string): Promise<string> {
  const { rows } = await db.asOwner((tx) =>
    tx.query<{ nation: string }>('select nation from agencies where code = $1', [agency]),
  );
  return rows[0]!.nation;
}

async function markingsOf(db: Database, refs: readonly RowRef[]): Promise<Marking[]> {
  return Promise.all(refs.map((ref) => markingOf(db, ref)));
}

describeEachEngine('narrowing an input narrows what was derived from it', (getDb) => {
  let world: World;
  beforeEach(async () => {
    world = await derivedWorld(getDb());
  });

  it('before any change, the partner sees every derived record', async () => {
    for (const ref of Object.values(world.derived))
      expect(await sees(getDb(), world.partner, ref)).toBe(true);
  });

  for (const { input, narrows, spares, hides = [] } of CASES) {
    for (const { name, change } of NARROWINGS) {
      it(`${input}: the owner ${name}; ${narrows.join(', ')} follow; the rest do not`, async () => {
        const db = getDb();
        const { ref, owner } = world.inputs[input];
        const derived = narrows.map((n) => world.derived[n]);
        const spared = spares.map((n) => world.derived[n]);
        const before = await markingsOf(db, derived);
        const sparedBefore = await markingsOf(db, spared);
        const hidden = hides.map((n) => world.derived[n]);
        const hiddenBefore = await markingsOf(db, hidden);

        const after = await db.asUser(owner, (tx) => changeMarking(tx, owner, ref.table, ref.id, change));

        const users: Actor[] = [world.host, world.otherHost, world.partner, world.port, world.regulator];
        for (const [i, target] of derived.entries()) {
          const was = before[i]!;
          const now = await markingOf(db, target);
          const owner = { agency: was.ownerAgency, nation: await nationOf(db, was.ownerAgency) };
          expect(now, `${target.table} ${target.id}`).toEqual(combineMarkings(owner, [was, after]));
          expect(now.ownerAgency).toBe(was.ownerAgency);
          expect(await sees(db, world.partner, target), `partner, ${target.table}`).toBe(false);
          // Read by the class: whoever still sees the input (everyone saw every input before).
          for (const user of users)
            expect(await sees(db, user, target), `${user.agency}, ${target.table}`).toBe(
              CLASS_TABLES.has(target.table) ? canSee(user, after) : canSee(user, now),
            );
        }
        // The host still sees everything derived: removing the partner keeps every host agency.
        if (change.tlp === 'amber')
          for (const target of derived) expect(await sees(db, world.otherHost, target)).toBe(true);
        expect(await markingsOf(db, spared)).toEqual(sparedBefore);
        for (const [i, target] of spared.entries())
          expect(await sees(db, world.partner, target), `partner, ${spares[i]}`).toBe(
            !SAME_CONSIGNMENT[input]?.includes(spares[i]!),
          );
        expect(await markingsOf(db, hidden)).toEqual(hiddenBefore);
        for (const target of hidden) {
          expect(await sees(db, world.partner, target), `partner, ${target.table}`).toBe(false);
          if (change.tlp === 'amber') expect(await sees(db, world.otherHost, target)).toBe(true);
        }
      });
    }
  }

  it('a widening of any input leaves every derived record as it was, and audits no narrowing', async () => {
    const db = getDb();
    // the derived records that are themselves inputs (an alert, a party record) are widened by their owner
    const widened = new Set(Object.values(world.inputs).map(({ ref }) => `${ref.table}:${ref.id}`));
    const all = Object.values(world.derived).filter((ref) => !widened.has(`${ref.table}:${ref.id}`));
    const before = await markingsOf(db, all);
    for (const { ref, owner } of Object.values(world.inputs)) {
      const current = await markingOf(db, ref);
      const wider: MarkingChange = {
        tlp: 'green',
        releasableTo: [...current.releasableTo, 'USA'],
        recipients: [...current.recipients, world.partnerAgency],
      };
      await db.asUser(owner, (tx) => changeMarking(tx, owner, ref.table, ref.id, wider));
    }
    expect(await markingsOf(db, all)).toEqual(before);
    await sequenceAudit(db);
    const { rows } = await db.asOwner((tx) =>
      tx.query<{ detail: { widened: boolean; narrowedDerived: Record<string, number> } }>(
        "select detail from audit_log where action = 'change_marking'",
      ),
    );
    expect(rows).toHaveLength(Object.keys(world.inputs).length);
    for (const { detail } of rows) expect(detail).toMatchObject({ widened: true, narrowedDerived: {} });
  });

  it('a change that adds a nation but raises the TLP narrows by the TLP only', async () => {
    const db = getDb();
    const { ref, owner } = world.inputs.line1;
    const change: MarkingChange = { tlp: 'amber+strict', releasableTo: ['MEX', 'USA'], recipients: [] };
    await db.asUser(owner, (tx) => changeMarking(tx, owner, ref.table, ref.id, change));
    expect(await markingOf(db, world.derived.alert1)).toEqual({
      ownerAgency: 'MX-ANAM',
      tlp: 'amber+strict',
      releasableTo: ['MEX', 'USA'],
      recipients: [],
    });
  });

  it('raw SQL as the owner narrows too; an agency that may not update the input narrows nothing', async () => {
    const db = getDb();
    const { alert1, findingOfLines, track1 } = world.derived;
    const before = await markingsOf(db, [alert1, findingOfLines, track1]);
    const forged = await db.asUser(world.partner, (tx) =>
      tx.query("update declaration_lines set tlp = 'red' where bill_of_lading = 'BOL-1'"),
    );
    expect(forged.affectedRows).toBe(0);
    expect(await markingsOf(db, [alert1, findingOfLines, track1])).toEqual(before);

    await db.asUser(world.host, (tx) =>
      tx.query("update declaration_lines set tlp = 'red' where bill_of_lading = 'BOL-1'"),
    );
    for (const ref of [alert1, findingOfLines, track1]) {
      expect((await markingOf(db, ref)).tlp).toBe('red');
      expect(await sees(db, world.partner, ref)).toBe(false);
      expect(await sees(db, world.otherHost, ref)).toBe(false);
      expect(await sees(db, world.host, ref)).toBe(true);
    }
  });

  it('the narrowing rolls back with the change that caused it', async () => {
    const db = getDb();
    const { ref, owner } = world.inputs.line1;
    await expect(
      db.asUser(owner, async (tx) => {
        await changeMarking(tx, owner, ref.table, ref.id, {
          tlp: 'red',
          releasableTo: ['MEX'],
          recipients: [],
        });
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect((await markingOf(db, world.derived.alert1)).tlp).toBe('amber');
    expect(await sees(db, world.partner, world.derived.alert1)).toBe(true);
  });

  it('the app role cannot call the narrowing helper, which runs dynamic SQL', async () => {
    await expect(
      getDb().asUser(world.host, (tx) =>
        tx.query(
          "select centinela_narrow_derived('alerts', 'true', 1, 'clear'::tlp, '{MEX,USA}'::text[], '{}'::text[])",
        ),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});

describeEachEngine('narrowing through the API', (getDb) => {
  let app: App;
  let world: World;
  beforeEach(async () => {
    world = await derivedWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('PUT /api/markings narrows the derived records and audits how many, per table', async () => {
    const { ref } = world.inputs.line1;
    const response = await app.inject({
      method: 'PUT',
      url: `/api/markings/${ref.table}/${ref.id}`,
      headers: { authorization: `Bearer ${await makeSession(getDb(), world.host)}` },
      payload: { tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
    });
    expect(response.statusCode).toBe(200);
    const alert = await app.inject({
      method: 'GET',
      url: `/api/alerts/${world.derived.alert1.id}`,
      headers: { authorization: `Bearer ${await makeSession(getDb(), world.partner)}` },
    });
    expect(alert.statusCode).toBe(404);
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ detail: { narrowedDerived: Record<string, number> } }>(
        "select detail from audit_log where action = 'change_marking'",
      ),
    );
    expect(rows[0]!.detail.narrowedDerived).toEqual({
      alert_actions: 1,
      alerts: 1,
      consignment_tracks: 1,
      entities: 1,
      entity_links: 1,
      entity_members: 1,
      findings: 2,
      party_records: 2,
    });
  });
});

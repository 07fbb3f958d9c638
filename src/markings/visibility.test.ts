/**
 * The releasability rule, property-tested: random nations, agencies, users and reports with random
 * markings; every user sees through the database (and through the HTTP API) exactly the rows the
 * rule allows — nothing leaks, nothing released is hidden.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeNation, makeReport, makeSession, makeUser } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { canSee, TLP_LEVELS, type Marking } from '../shared/marking.ts';

const worldShape = fc.record({
  nations: fc.integer({ min: 1, max: 4 }),
  agenciesPerNation: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }),
  rows: fc.array(
    fc.record({
      owner: fc.nat(),
      tlp: fc.constantFrom(...TLP_LEVELS),
      releasable: fc.array(fc.nat(), { maxLength: 4 }),
      recipients: fc.array(fc.nat(), { maxLength: 4 }),
    }),
    { maxLength: 25 },
  ),
});
type WorldShape = typeof worldShape extends fc.Arbitrary<infer T> ? T : never;

let nationSerial = 0;
const nextNationCode = () => {
  const n = nationSerial++;
  return `Q${String.fromCharCode(65 + (Math.floor(n / 26) % 26))}${String.fromCharCode(65 + (n % 26))}`;
};

interface BuiltWorld {
  users: Actor[];
  rows: { id: string; marking: Marking }[];
}

async function buildWorld(db: Database, shape: WorldShape): Promise<BuiltWorld> {
  const users = await db.asOwner(async (tx) => {
    const made: Actor[] = [];
    for (let n = 0; n < shape.nations; n++) {
      const nation = await makeNation(tx, nextNationCode());
      for (let a = 0; a < shape.agenciesPerNation[n]!; a++) {
        made.push(await makeUser(tx, await makeAgency(tx, nation), ['analyst']));
      }
    }
    return made;
  });
  const nations = [...new Set(users.map((u) => u.nation))];
  const rows: BuiltWorld['rows'] = [];
  for (const row of shape.rows) {
    const owner = users[row.owner % users.length]!;
    const marking: Marking = {
      ownerAgency: owner.agency,
      tlp: row.tlp,
      // what the database stores: the owner's nation is always releasable
      releasableTo: [
        ...new Set([owner.nation, ...row.releasable.map((i) => nations[i % nations.length]!)]),
      ].sort(),
      recipients: [...new Set(row.recipients.map((i) => users[i % users.length]!.agency))].sort(),
    };
    const id = await makeReport(db, owner, {
      tlp: marking.tlp,
      releasableTo: row.releasable.map((i) => nations[i % nations.length]!),
      recipients: marking.recipients,
    });
    rows.push({ id, marking });
  }
  return { users, rows };
}

function expectedIds(world: BuiltWorld, user: Actor): string[] {
  return world.rows
    .filter((r) => canSee(user, r.marking))
    .map((r) => r.id)
    .sort();
}

describeEachEngine('releasability rule', (getDb) => {
  it('the database returns exactly the rows the rule allows, for every user', async () => {
    await fc.assert(
      fc.asyncProperty(worldShape, async (shape) => {
        const db = getDb();
        const world = await buildWorld(db, shape);
        const ids = world.rows.map((r) => r.id);
        for (const user of world.users) {
          const { rows } = await db.asUser(user, (tx) =>
            tx.query<{ id: string }>('select id from reports where id = any ($1::uuid[])', [ids]),
          );
          expect(rows.map((r) => r.id).sort()).toEqual(expectedIds(world, user));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the HTTP API returns exactly the rows the rule allows, for every user', async () => {
    const db = getDb();
    const app = await buildApp({ db });
    try {
      await fc.assert(
        fc.asyncProperty(worldShape, async (shape) => {
          const world = await buildWorld(db, shape);
          const ids = new Set(world.rows.map((r) => r.id));
          for (const user of world.users) {
            const token = await makeSession(db, user);
            const response = await app.inject({
              method: 'GET',
              url: '/api/reports?limit=1000',
              headers: { authorization: `Bearer ${token}` },
            });
            expect(response.statusCode).toBe(200);
            const seen = response
              .json<{ items: { id: string; marking: Marking }[] }>()
              .items.filter((r) => ids.has(r.id));
            expect(seen.map((r) => r.id).sort()).toEqual(expectedIds(world, user));
          }
        }),
        { numRuns: 15 },
      );
    } finally {
      await app.close();
    }
  });
});

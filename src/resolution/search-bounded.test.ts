/**
 * The companies' candidate function walks names best first and stops once `lim` companies beat the next score
 * level (0686). Its answer must be 0684's, which scored and grouped every matching record: the same rows with the
 * same scores, for every text, `lim` and caller. 0684's function is recreated here, under another name, from its
 * own migration text, and both run over a world of companies whose names share words at many lengths (so many
 * score levels), some grouped into entities, some found by RFC, under random markings.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { seededRandom } from '../shared/random.ts';

const REFERENCE = (() => {
  const text = readFileSync(new URL('./migrations/0684_search_party_names.sql', import.meta.url), 'utf8');
  const start = text.indexOf('create or replace function centinela_search_party_records');
  return text.slice(start).replace('centinela_search_party_records', 'reference_search_party_records');
})();

const WORDS = [
  'Química',
  'Quimicos',
  'Comercial',
  'Grupo',
  'Industrias',
  'del Norte',
  'S.A. de C.V.',
  'Sur',
  'Golfo',
];
const TEXTS = ['quimica', 'grupo', 'sa de cv', 'comer', 'norte', 'QUI0101', 'qu', 'industria', 'golf'];

describeEachEngine('companies found for the search, walked by score level (0686)', (getDb) => {
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
  });

  it('returns the rows and scores of ranking every matching record, for every text, limit and caller', async () => {
    const db = getDb();
    const next = seededRandom(686);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const marks = [
      { tlp: 'amber', releasableTo: ['MEX'] },
      { tlp: 'green', releasableTo: ['MEX', 'USA'] },
    ];
    const entities = [randomUUID(), randomUUID(), randomUUID()];
    await db.asOwner(async (tx) => {
      await tx.query(REFERENCE);
      for (const id of entities)
        await tx.query(`insert into entities (id, viewers) values ($1, $2)`, [
          id,
          [world.hostAgency, world.partnerAgency],
        ]);
      for (let i = 0; i < 160; i++) {
        const words = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS));
        // a number in most names: many distinct names, of many lengths (so many score levels), more than one batch
        const name = [...new Set(words), next() < 0.8 ? String(i) : ''].join(' ').trim();
        const rfc = next() < 0.3 ? `QUI0101${String(Math.floor(next() * 20)).padStart(2, '0')}A1` : null;
        const mark = pick(marks);
        const id = randomUUID();
        await tx.query(
          `insert into party_records (id, owner_agency, tlp, releasable_to, record_id, source, role, name, rfc,
             name_core, rfc_norm)
           values ($1, $2, $3, $4, $5, 'report', 'party', $6, $7, lower($6), $7)`,
          [id, world.hostAgency, mark.tlp, mark.releasableTo, `test:${id}`, name, rfc],
        );
        if (next() < 0.4)
          await tx.query(
            `insert into entity_members (party_record_id, owner_agency, tlp, releasable_to, entity_id, viewers)
             values ($1, $2, $3, $4, $5, $6)`,
            [
              id,
              world.hostAgency,
              mark.tlp,
              mark.releasableTo,
              pick(entities),
              [world.hostAgency, world.partnerAgency],
            ],
          );
      }
    });
    const rows = (user: typeof world.host, fn: string, q: string, lim: number) =>
      db.asUser(
        user,
        async (tx) =>
          (
            await tx.query<{ id: string; score: number }>(
              `select distinct id::text, score from ${fn}($1, $2) order by 1, 2`,
              [q, lim],
            )
          ).rows,
      );
    let compared = 0;
    for (const user of [world.host, world.partner])
      for (const q of TEXTS)
        for (const lim of [1, 2, 3, 5, 8]) {
          const expected = await rows(user, 'reference_search_party_records', q, lim);
          expect({ q, lim, rows: await rows(user, 'centinela_search_party_records', q, lim) }).toEqual({
            q,
            lim,
            rows: expected,
          });
          compared += expected.length;
        }
    expect(compared).toBeGreaterThan(300);
    // more matching names than one batch of the walk (32), so it stops before the end for small limits
    const names = await db.asOwner(
      async (tx) =>
        (
          await tx.query<{ n: number }>(
            `select count(*)::int as n from party_record_search_names where search_name like '%quimic%'`,
          )
        ).rows[0]!.n,
    );
    expect(names).toBeGreaterThan(40);
  });
});

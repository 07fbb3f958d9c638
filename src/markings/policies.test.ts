import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../store/database.ts';
import { ENGINES, freshDatabase } from '../testing/db.ts';
import { makeAgency, makeNation, makeUser } from '../testing/factories.ts';

/**
 * The verified identity (0560) costs a hash and a lookup per call. A policy that calls it bare runs it once per
 * row scanned (2.5 s of a 2.6 s entity list on the small demo world); wrapped in `(select …)` it runs once per
 * statement (0640). Every policy of every migration keeps it wrapped.
 */
describe.each(ENGINES)('row-level security policies (%s)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(() => db.close());

  it('ask for the verified identity once per statement, never once per row', async () => {
    const { rows } = await db.asOwner((tx) =>
      tx.query<{ tablename: string; policyname: string; expression: string }>(
        `select tablename, policyname, coalesce(qual, '') || ' ' || coalesce(with_check, '') as expression
           from pg_policies where schemaname = current_schema()`,
      ),
    );
    expect(rows.length).toBeGreaterThan(20);
    const bare = /(?<!SELECT )centinela_(current_[a-z_]+|reader)\(\)/;
    const perRow = rows.filter((r) => bare.test(r.expression)).map((r) => `${r.tablename}.${r.policyname}`);
    expect(perRow).toEqual([]);
  });

  it('read the identity once per marked table, and apply the rule inlined, not as a call per row (0628)', async () => {
    const actor = await db.asOwner(async (tx) => makeUser(tx, await makeAgency(tx, await makeNation(tx))));
    const plan = await db.asUser(actor, async (tx) =>
      (await tx.query<{ 'QUERY PLAN': string }>('explain (verbose) select id from reports')).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n'),
    );
    // One initplan node (PostgreSQL 15 names its output $0, PGlite's newer planner `(InitPlan 1).col1`).
    expect(plan.match(/^\s*InitPlan \d+/gm), plan).toHaveLength(1);
    expect(plan).toMatch(/owner_agency = \(+(\$\d+|InitPlan 1\)\.col1)\)+\.agency/);
    expect(plan).not.toMatch(/centinela_sees|<@@/);
  });

  it('never let a permissive policy that admits every row sit beside a narrower permissive one (they OR together)', async () => {
    const { rows } = await db.asOwner((tx) =>
      tx.query<{ tablename: string; policies: string[] }>(
        `select tablename, array_agg(policyname order by policyname) as policies
           from pg_policies
          where schemaname = current_schema() and permissive = 'PERMISSIVE' and cmd in ('ALL', 'SELECT')
          group by tablename
         having bool_or(qual = 'true') and count(*) > 1`,
      ),
    );
    expect(rows.map((r) => `${r.tablename}: ${r.policies.join(', ')}`)).toEqual([]);
  });
});

import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeTwoNationWorld } from '../testing/factories.ts';
import { prepared, type Tx } from './database.ts';

/** An amber report of `agency`, written as whoever the transaction is: row-level security decides. */
const insertReport = (tx: Tx, agency: string, title: string) =>
  tx.query(
    `insert into reports (id, owner_agency, tlp, releasable_to, recipients, title, body)
     values (gen_random_uuid(), $1, 'amber', '{}', '{}', $2, '')`,
    [agency, title],
  );

// On PostgreSQL a caller's transaction opens with its first statement (begin, the credential and the statement
// sent together) and `readAsUser` sends begin, credential, statement and commit at once: the same outcomes as one
// statement at a time, whatever fails.
describeEachEngine('transactions as a caller', (getDb) => {
  it('binds the first statement to the caller, and a statement of its own (readAsUser) too', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const first = await db.asUser(world.host, (tx) =>
      tx.query<{ me: string; agency: string }>(
        'select centinela_current_user()::text as me, centinela_current_agency() as agency',
      ),
    );
    expect(first.rows).toEqual([{ me: world.host.userId, agency: 'MX-ANAM' }]);
    const alone = await db.readAsUser<{ me: string }>(
      world.partner,
      'select centinela_current_user()::text as me',
    );
    expect(alone).toEqual([{ me: world.partner.userId }]);
    expect(
      await db.readAsUser(world.partner, 'select 1 as one where centinela_current_user() is null'),
    ).toEqual([]);
    const nobody = { ...world.partner, credential: 'cs_not-a-credential' };
    expect(await db.readAsUser(nobody, 'select centinela_current_user() as me')).toEqual([{ me: null }]);
  });

  it('fails with the first statement’s own error, keeps nothing of the transaction, and serves the next one', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await expect(db.asUser(world.host, (tx) => tx.query('select 1 / 0'))).rejects.toMatchObject({
      code: '22012',
    });
    await expect(db.readAsUser(world.host, 'select 1 / 0')).rejects.toMatchObject({ code: '22012' });
    const id = await db.asUser(world.host, async (tx) => {
      const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from reports');
      expect(rows[0]!.n).toBe(0);
      return 'kept';
    });
    expect(id).toBe('kept');
    // A write followed by a failing statement: rolled back.
    await expect(
      db.asUser(world.host, async (tx) => {
        await insertReport(tx, 'MX-ANAM', 'lost');
        await tx.query('select 1 / 0');
      }),
    ).rejects.toMatchObject({ code: '22012' });
    expect(await db.readAsUser(world.host, 'select id from reports')).toEqual([]);
  });

  it('answers statements issued together in one transaction in order, each with its own rows', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await makeReport(db, world.host, { tlp: 'amber', releasableTo: ['USA'], recipients: [] }, 'shared');
    const [a, b, c] = await db.asUser(world.partner, (tx) =>
      Promise.all([
        tx.query<{ n: number }>('select 1 as n'),
        tx.query<{ title: string }>('select title from reports'),
        tx.query<{ me: string }>('select centinela_current_user()::text as me'),
      ]),
    );
    expect(a.rows).toEqual([{ n: 1 }]);
    expect(b.rows).toEqual([{ title: 'shared' }]);
    expect(c.rows).toEqual([{ me: world.partner.userId }]);
    // A transaction that sends nothing returns its value; one whose work throws before any statement, its error.
    expect(await db.asUser(world.partner, () => Promise.resolve(7))).toBe(7);
    await expect(
      db.asUser(world.partner, () => Promise.reject(new Error('before any statement'))),
    ).rejects.toThrow('before any statement');
    expect(await db.readAsUser<{ n: number }>(world.partner, 'select 2 as n')).toEqual([{ n: 2 }]);
  });
});

// Prepared statements (PostgreSQL: planned once per connection, generically after five runs) keep no identity in
// their plans: the policies read it when the statement runs, whoever ran it before on the connection.
const TITLES = prepared('select title from reports order by title');
const TITLES_BUT = prepared('select title from reports where title <> $1 order by title');

describeEachEngine('prepared statements', (getDb) => {
  it('answer each caller with what it may read, after many runs by another on the same connections', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await makeReport(db, world.host, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] }, 'host only');
    await makeReport(db, world.host, { tlp: 'amber', releasableTo: ['USA'], recipients: [] }, 'shared');
    const nobody = { ...world.partner, credential: 'cs_not-a-credential' };
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 8; i++) {
        expect(await db.readAsUser(world.host, TITLES)).toEqual([
          { title: 'host only' },
          { title: 'shared' },
        ]);
        const titles = await db.asUser(world.host, (tx) => tx.query<{ title: string }>(TITLES_BUT, ['x']));
        expect(titles.rows).toHaveLength(2);
      }
      expect(await db.readAsUser(world.partner, TITLES)).toEqual([{ title: 'shared' }]);
      const partner = await db.asUser(world.partner, (tx) => tx.query<{ title: string }>(TITLES_BUT, ['x']));
      expect(partner.rows).toEqual([{ title: 'shared' }]);
      expect(await db.readAsUser(nobody, TITLES)).toEqual([]);
    }
  });
});

describeEachEngine(
  'a caller’s act and its system consequence in one transaction (asUserThenOwner)',
  (getDb) => {
    it('runs the first step under the caller’s row-level security, the second as the owner, and keeps both or neither', async () => {
      const db = getDb();
      const world = await makeTwoNationWorld(db);
      await makeReport(db, world.host, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] }, 'host only');
      const count = 'select count(*)::int as n from reports';
      const seen = await db.asUserThenOwner(
        world.partner,
        async (tx) => (await tx.query<{ n: number }>(count)).rows[0]!.n,
        async (tx, partnerSaw) => ({
          partnerSaw,
          ownerSees: (await tx.query<{ n: number }>(count)).rows[0]!.n,
        }),
      );
      expect(seen).toEqual({ partnerSaw: 0, ownerSees: 1 });
      // The caller's write and the owner's failing step: neither is kept.
      await expect(
        db.asUserThenOwner(
          world.host,
          (tx) => insertReport(tx, 'MX-ANAM', 'half'),
          (tx) => tx.query('select 1 / 0'),
        ),
      ).rejects.toMatchObject({ code: '22012' });
      expect(await db.readAsUser(world.host, "select id from reports where title = 'half'")).toEqual([]);
      // The caller's step cannot write as another agency (the check the decision relies on).
      await expect(
        db.asUserThenOwner(
          world.host,
          (tx) => insertReport(tx, 'US-DEA', 'forged'),
          async () => 'never',
        ),
      ).rejects.toThrow();
    });
  },
);

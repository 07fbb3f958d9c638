import { describe, expect, it } from 'vitest';
import { openPglite } from './pglite.ts';
import { migrate } from './migrate.ts';

describe('store smoke', () => {
  it('migrates an empty PGlite', async () => {
    const db = await openPglite();
    const t0 = Date.now();
    const applied = await migrate(db);
    const t1 = Date.now();
    const c = await db.clone();
    const t2 = Date.now();
    const r = await c.asOwner((tx) => tx.query<{ n: number }>('select count(*)::int8 as n from schema_migrations'));
    console.log({ migrate: t1 - t0, clone: t2 - t1 });
    expect(r.rows[0]!.n).toBe(applied.length);
    await c.close();
    await db.close();
  });
});

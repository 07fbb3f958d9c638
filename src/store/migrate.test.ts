import { describe, expect, it } from 'vitest';
import { discoverMigrations } from './migrate.ts';
import { describeEachEngine } from '../testing/db.ts';

describe('migration discovery', () => {
  it('finds every migration once, in version order', async () => {
    const migrations = await discoverMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(4);
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort()).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describeEachEngine('migrations from empty', (getDb) => {
  it('apply every migration and record each', async () => {
    const migrations = await discoverMigrations();
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ version: string }>('select version from schema_migrations order by version'),
    );
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
  });

  it('leave the app role neither superuser nor owner of any table', async () => {
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ super: boolean; owned: number }>(
        `select r.rolsuper as super,
                (select count(*)::int8 from pg_tables t where t.tableowner = r.rolname) as owned
         from pg_roles r where r.rolname = 'centinela_app'`,
      ),
    );
    expect(rows[0]).toEqual({ super: false, owned: 0 });
  });
});

/** Issue 14: values the database would refuse are row errors with line and field; the rest of the file imports. */
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { declarationsCsv } from './testing/csv-fixture.ts';
import { loadControlList } from '../screening/control-list.ts';
import { Screener } from '../screening/screen-line.ts';
import { importDeclarations } from '../screening/import-declarations.ts';

let screener: Screener;
beforeAll(async () => {
  screener = await Screener.create(loadControlList());
});

describeEachEngine('declarations the database would refuse', (getDb) => {
  it('are reported by line and field, and every other row imports', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const file = declarationsCsv([
      { line_no: '1' },
      { line_no: '2', importer_name: 'Química\u0000 del Pacífico' },
      { line_no: '3', container_no: 'X'.repeat(1_000_000) },
      { line_no: '4', declared_at: '0000-01-01T00:00:00Z' },
      { line_no: '5', goods_description: 'ácido \u001b[31m' },
      { line_no: '6', declared_at: '2024-02-30' },
      { line_no: '7' },
    ]);
    const summary = await importDeclarations(db, world.host, [file], screener);
    expect(summary).toMatchObject({ rows: 7, imported: 2, rejected: 5 });
    expect(summary.errors.map((e) => [e.line, e.errors[0]?.field])).toEqual([
      [3, 'importer_name'],
      [4, 'container_no'],
      [5, 'declared_at'],
      [6, 'goods_description'],
      [7, 'declared_at'],
    ]);
    expect(summary.errors[0]?.errors[0]?.message).toMatch(/U\+0000/);
    expect(summary.errors[1]?.errors[0]?.message).toMatch(/longer than 500/);
  });

  it('a row the database refuses is reported with its line and field, and the rest of the file imports', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    // A refusal the bounds cannot foresee, made by a trigger: the import must isolate the row, not abort.
    await db.asOwner((tx) =>
      tx.exec(`create function refuse_boom() returns trigger language plpgsql as $$
        begin
          if new.goods_description = 'BOOM' then
            raise exception 'value refused' using errcode = '22023', column = 'goods_description';
          end if;
          return new;
        end $$;
        create trigger refuse_boom before insert on declaration_lines for each row execute function refuse_boom();`),
    );
    const file = declarationsCsv(
      ['1', '2', '3', '4', '5'].map((n) => ({
        line_no: n,
        goods_description: n === '3' ? 'BOOM' : 'Acetona',
      })),
    );
    const summary = await importDeclarations(db, world.host, [file], screener, { batchSize: 2 });
    expect(summary).toMatchObject({ rows: 5, imported: 4, rejected: 1 });
    expect(summary.errors).toEqual([
      expect.objectContaining({
        line: 4,
        line_no: 3,
        errors: [
          {
            field: 'goods_description',
            code: 'DATABASE_REFUSED',
            params: { sqlstate: '22023', detail: expect.any(String) },
            message: expect.stringMatching(/refused by the database \(22023\)/),
          },
        ],
      }),
    ]);
    const stored = await db.asOwner((tx) =>
      tx.query<{ line_no: number }>('select line_no from declaration_lines order by line_no'),
    );
    expect(stored.rows.map((r) => r.line_no)).toEqual([1, 2, 4, 5]);
  });
});

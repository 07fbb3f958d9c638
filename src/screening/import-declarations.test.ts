import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';
import { loadControlList } from './control-list.ts';
import { Screener } from './screen-line.ts';
import { importDeclarations } from './import-declarations.ts';
import { listAlerts } from './alerts.repository.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

let screener: Screener;
beforeAll(async () => {
  screener = await Screener.create(loadControlList());
});

const FILE = declarationsCsv([
  {}, // NPP by name, CAS and HS: controlled
  { hs_code: '8479.89', goods_description: 'Máquina mezcladora', cas_number: '' }, // clear
  { quantity_kg: '-3' }, // rejected
  { smiles: 'C1CC(' }, // rejected: invalid SMILES
  { hs_code: '2933.39', goods_description: 'Intermedio', cas_number: '', smiles: 'O=C1CCN(Cc2ccccc2)CC1' }, // analog
  {
    declaration_id: '26160012000002',
    line_no: '1',
    goods_description: 'Acetona',
    cas_number: '67-64-1',
    hs_code: '2914.11',
  }, // watch
]);

describeEachEngine('declarations import', (getDb) => {
  it('stores screened lines, alerts for the non-clear ones, and reports rejected rows', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const summary = await importDeclarations(db, world.host, [FILE], screener, { batchSize: 2 });
    expect(summary).toMatchObject({ rows: 6, imported: 4, already_imported: 0, rejected: 2 });
    expect(summary.alerts).toEqual({ controlled: 1, analog: 1, watch: 1 });
    expect(summary.errors.map((e) => [e.line, e.errors[0]?.field])).toEqual([
      [4, 'quantity_kg'],
      [5, 'smiles'],
    ]);
    const { alerts, total } = await db.asUser(world.host, (tx) =>
      listAlerts(tx, { sort: 'score', order: 'desc', limit: 10, offset: 0 }),
    );
    expect(total).toBe(3);
    expect(alerts[0]).toMatchObject({
      verdict: 'controlled',
      substanceId: 'npp',
      status: 'open',
      portLocode: 'MXZLO',
    });
    expect(alerts[0]?.marking).toEqual({
      ownerAgency: 'MX-ANAM',
      tlp: 'amber',
      releasableTo: ['MEX'],
      recipients: [],
    });

    // Not released to the partner: row-level security hides lines and alerts.
    const seenByPartner = await db.asUser(world.partner, (tx) =>
      listAlerts(tx, { sort: 'score', order: 'desc', limit: 10, offset: 0 }),
    );
    expect(seenByPartner.total).toBe(0);

    await sequenceAudit(db);
    const audited = await db.asOwner((tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from audit_log where action = 'import'`),
    );
    expect(audited.rows[0]?.n).toBe(summary.batches);
  });

  it('imports nothing twice when the same file is imported again (resumable)', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const first = await importDeclarations(db, world.host, [FILE], screener);
    const again = await importDeclarations(db, world.host, [FILE], screener);
    expect(first.imported).toBe(4);
    expect(again).toMatchObject({
      imported: 0,
      already_imported: 4,
      alerts: { controlled: 0, analog: 0, watch: 0 },
    });
    const lines = await db.asUser(world.host, (tx) =>
      tx.query<{ n: number }>('select count(*)::int as n from declaration_lines'),
    );
    expect(lines.rows[0]?.n).toBe(4);
  });
});

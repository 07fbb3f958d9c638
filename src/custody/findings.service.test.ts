import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { captureDocument } from '../epcis/capture.ts';
import { consignmentView } from './consignment-view.service.ts';
import { listFindings } from './findings.repository.ts';
import { analyseConsignments } from './findings.service.ts';
import { listPermits } from './registry.repository.ts';
import { editPermit } from './registry.service.ts';
import {
  BOL,
  PLANT,
  custodyEvent,
  custodyWorld,
  epcisDocument,
  shortTrip,
} from '../testing/custody-world.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

describeEachEngine('custody findings over the database', (getDb) => {
  it('finds a quantity loss after capture, marks it no wider than its inputs, and re-analyses only on new events', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const document = epcisDocument(shortTrip());
    const captured = await captureDocument(db, world.port, document);
    const first = await analyseConsignments(db, world.host, captured.touched);
    expect(first).toEqual({ consignments: 1, findings: 1 });
    const {
      findings: [finding],
    } = await db.asUser(world.host, (tx) => listFindings(tx, { limit: 10, offset: 0 }));
    expect(finding).toMatchObject({ billOfLading: BOL, kind: 'quantity_loss', severity: 'medium' });
    expect(finding!.marking).toEqual({
      ownerAgency: 'MX-ANAM',
      tlp: 'amber',
      releasableTo: ['MEX'],
      recipients: [],
    });
    expect(finding!.evidence).toHaveLength(2);
    expect(await db.asUser(world.partner, (tx) => listFindings(tx, { limit: 10, offset: 0 }))).toEqual({
      findings: [],
      total: 0,
    });

    expect((await analyseConsignments(db, world.host, 'stale')).consignments).toBe(0);
    expect((await captureDocument(db, world.port, document)).storedCount).toBe(0);
    expect((await analyseConsignments(db, world.host, 'stale')).consignments).toBe(0);
    const late = epcisDocument([custodyEvent('2024-03-05T09:00:00-06:00', 'storing', PLANT)]);
    expect((await captureDocument(db, world.port, late)).touched.bols).toEqual([BOL]);
    expect((await analyseConsignments(db, world.host, 'stale')).consignments).toBe(1);
  });

  it('shows the consignment timeline, state and track to the customs analyst', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await captureDocument(db, world.port, epcisDocument([...shortTrip()].reverse()));
    await analyseConsignments(db, world.host, 'stale');
    const view = await consignmentView(db, world.host, BOL);
    expect(view.state).toBe('received');
    expect(view.timeline.map((e) => e.bizStep)).toEqual([
      'unloading',
      'departing',
      'transporting',
      'receiving',
    ]);
    expect(view.timeline[0]).toMatchObject({
      place: { name: 'Terminal Manzanillo' },
      quantityKg: 10_010,
      reportedBy: 'MX-ASIPONA-ZLO',
    });
    expect(view.track).toHaveLength(4);
    expect(view.findings.map((f) => f.kind)).toEqual(['quantity_loss']);
    await expect(consignmentView(db, world.partner, BOL)).rejects.toMatchObject({
      code: 'CONSIGNMENT_NOT_FOUND',
    });
  });

  it('lets the regulator edit a permit (audited) and refuses the analyst', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const [permit] = await db.asUser(world.regulator, (tx) => listPermits(tx, { limit: 10, offset: 0 }));
    const change = {
      holderName: 'Química Industrial SA',
      maxKgPerYear: 5_000,
      validFrom: '2024-01-01',
      validTo: '2024-06-30',
      siteId: permit!.siteId,
    };
    await expect(editPermit(db, world.host, permit!.id, change)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const edited = await editPermit(db, world.regulator, permit!.id, change);
    expect(edited).toMatchObject({
      maxKgPerYear: 5_000,
      validTo: '2024-06-30',
      marking: { ownerAgency: 'MX-COFEPRIS' },
    });
    await sequenceAudit(db);
    const audit = await db.asOwner(
      async (tx) =>
        (
          await tx.query(
            "select count(*)::int as n from audit_log where action = 'update' and subject_table = 'permits'",
          )
        ).rows[0],
    );
    expect(audit).toEqual({ n: 1 });
    await captureDocument(db, world.port, epcisDocument(shortTrip()));
    await analyseConsignments(db, world.host, 'all');
    const kinds = (
      await db.asUser(world.host, (tx) => listFindings(tx, { bol: BOL, limit: 10, offset: 0 }))
    ).findings.map((f) => f.kind);
    expect(kinds.sort()).toEqual(['permit_quota_exceeded', 'quantity_loss']);
  });
});

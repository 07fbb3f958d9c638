/**
 * Issue 11, classes 2 and 5: natural keys are the contributing agency's, and evidence is typed.
 * - Write collisions: a partner that imports a host's declaration number first neither blocks the host's
 *   import nor joins its lines, and its import summary says nothing of the hidden declaration; the same
 *   for event ids, permit numbers and location ids.
 * - Evidence spoofing: an event whose eventID reads like a permit's evidence ('permit:<number>') never
 *   stands for the permit, neither at analysis nor when either of them is narrowed.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeUser } from '../testing/factories.ts';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';
import { loadControlList } from '../screening/index.ts';
import { Screener } from '../screening/index.ts';
import { importDeclarations } from '../screening/import-declarations.ts';
import { captureDocument } from '../epcis/capture.ts';
import { changeMarking } from '../markings/service.ts';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { listFindings } from './findings.repository.ts';
import { analyseConsignments } from './findings.service.ts';
import { listLocations, listPermits } from './registry.repository.ts';
import { editPermit, importLocations, importPermits } from './registry.service.ts';
import { BOL, TERMINAL, custodyEvent, custodyWorld, epcisDocument } from '../testing/custody-world.ts';

let screener: Screener;
beforeAll(async () => {
  screener = await Screener.create(loadControlList());
});

const SHARED = { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] } as const;

async function release(db: Database, owner: Actor, table: string, id: string, releasableTo: string[]) {
  await db.asUser(owner, (tx) =>
    changeMarking(tx, owner, table, id, { tlp: 'amber', releasableTo, recipients: [] }),
  );
}

async function findingsOf(db: Database, user: Actor) {
  return (await db.asUser(user, (tx) => listFindings(tx, { bol: BOL, limit: 50, offset: 0 }))).findings;
}

describeEachEngine('natural keys per agency (issue 11, class 5)', (getDb) => {
  it("a partner importing the host's declaration number first blocks nothing and learns nothing", async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const partnerFile = declarationsCsv([{ importer_name: 'Partner Front Co', bill_of_lading: 'MEDU0001' }]);
    const hostFile = declarationsCsv([{}, { line_no: '2', quantity_kg: '750' }]);
    const partner = await importDeclarations(db, world.partner, [partnerFile], screener);
    expect(partner).toMatchObject({ imported: 1, already_imported: 0 });
    const host = await importDeclarations(db, world.host, [hostFile], screener);
    // Before: the host's line 1 was "already imported" (the partner's), line 2 joined the partner's header.
    expect(host).toMatchObject({ imported: 2, already_imported: 0 });
    const headers = (user: Actor) =>
      db.asUser(
        user,
        async (tx) =>
          (
            await tx.query<{ owner_agency: string; importer_name: string; lines: number }>(
              `select d.owner_agency, d.importer_name,
               (select count(*)::int from declaration_lines l
                 where l.declaration_id = d.id and l.owner_agency = d.owner_agency) as lines
             from declarations d where d.id = '26160012000001' order by d.owner_agency`,
            )
          ).rows,
      );
    expect(await headers(world.host)).toEqual([
      { owner_agency: 'MX-ANAM', importer_name: 'Química del Pacífico, S.A. de C.V.', lines: 2 },
    ]);
    expect(await headers(world.partner)).toEqual([
      { owner_agency: 'US-DEA', importer_name: 'Partner Front Co', lines: 1 },
    ]);
    // Importing again answers from the importer's own records only: the host's line 2 exists, the
    // partner's does not, and the partner is told it imported it.
    const again = await importDeclarations(
      db,
      world.partner,
      [declarationsCsv([{}, { line_no: '2' }])],
      screener,
    );
    expect(again).toMatchObject({ imported: 1, already_imported: 1 });
  });

  it('event ids, permit numbers and location ids are the contributing agency’s', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const hidden = custodyEvent('2024-03-02T08:00:00-06:00', 'unloading', TERMINAL, 10_010);
    expect((await captureDocument(db, world.port, epcisDocument([hidden]))).storedCount).toBe(1);
    // The partner captures an event of the same eventID: stored (before: "0 stored" revealed the host's).
    const copy = { ...hidden, bizStep: 'receiving' };
    expect((await captureDocument(db, world.partner, epcisDocument([copy]))).storedCount).toBe(1);
    expect((await captureDocument(db, world.partner, epcisDocument([copy]))).storedCount).toBe(0);
    const owners = await db.asOwner(
      async (tx) =>
        (
          await tx.query<{ owner_agency: string; biz_step: string }>(
            'select owner_agency, biz_step from epcis_events where event_id = $1 order by owner_agency',
            [hidden.eventID],
          )
        ).rows,
    );
    expect(owners).toEqual([
      { owner_agency: 'MX-ASIPONA-ZLO', biz_step: 'unloading' },
      { owner_agency: 'US-DEA', biz_step: 'receiving' },
    ]);

    // A partner regulator registers the host's permit number and location id: its own records.
    const partnerRegulator = await db.asOwner(async (tx) =>
      makeUser(tx, await makeAgency(tx, 'USA', 'US-FDA'), ['regulator', 'analyst'], 'partner-regulator'),
    );
    const permits = await importPermits(
      db,
      partnerRegulator,
      'permit_id,holder_rfc,holder_name,substance_cas,max_kg_per_year,valid_from,valid_to,site_id\n' +
        'COF-2024-001,XAXX010101000,Front Co,79-03-8,1,2024-01-01,2024-12-31,\n',
    );
    expect(permits).toMatchObject({ imported: 1, errors: [] });
    const locations = await importLocations(
      db,
      partnerRegulator,
      `location_id,name,kind,lat,lon,operator_rfc\n${TERMINAL},Decoy,terminal,0,0,\n`,
    );
    expect(locations).toMatchObject({ imported: 1, errors: [] });
    const [hostPermit] = await db.asUser(world.regulator, (tx) => listPermits(tx, { limit: 10, offset: 0 }));
    expect(hostPermit).toMatchObject({ holderName: 'Química Industrial', maxKgPerYear: 50_000 });
    const hostPlaces = await db.asUser(world.host, (tx) => listLocations(tx, { limit: 10, offset: 0 }));
    expect(hostPlaces.find((p) => p.locationId === TERMINAL)).toMatchObject({
      name: 'Terminal Manzanillo',
      marking: { ownerAgency: 'MX-ANAM' },
    });
  });
});

describeEachEngine('typed evidence (issue 11, class 2)', (getDb) => {
  /** The host's line and the regulator's permit released to the partner; the quota exceeded. */
  async function quotaWorld(db: Database) {
    const world = await custodyWorld(db);
    const [permit] = await db.asUser(world.regulator, (tx) => listPermits(tx, { limit: 10, offset: 0 }));
    await editPermit(db, world.regulator, permit!.id, {
      holderName: permit!.holderName,
      maxKgPerYear: 5_000,
      validFrom: permit!.validFrom,
      validTo: permit!.validTo,
      siteId: permit!.siteId,
    });
    await release(db, world.regulator, 'permits', permit!.id, ['MEX', 'USA']);
    const lineId = await db.asOwner(
      async (tx) => (await tx.query<{ id: string }>('select id from declaration_lines')).rows[0]!.id,
    );
    await release(db, world.host, 'declaration_lines', lineId, ['MEX', 'USA']);
    return { ...world, permitId: permit!.id };
  }

  /** An event whose eventID is the permit's evidence id, released to both nations. */
  const spoof = {
    ...custodyEvent('2024-03-02T08:00:00-06:00', 'unloading', TERMINAL, 10_010),
    eventID: 'permit:COF-2024-001',
  };

  it('an event named like a permit does not widen a finding whose permit was narrowed', async () => {
    const db = getDb();
    const world = await quotaWorld(db);
    await analyseConsignments(db, world.host, 'all');
    const quota = async (user: Actor) =>
      (await findingsOf(db, user)).find((f) => f.kind === 'permit_quota_exceeded');
    expect((await quota(world.partner))?.evidence).toContain('permit:COF-2024-001');
    // The regulator takes its permit back to MEX: the partner loses the finding at once.
    await release(db, world.regulator, 'permits', world.permitId, ['MEX']);
    expect(await quota(world.partner)).toBeUndefined();
    // The spoofing event arrives (released to both) and the consignment is re-analysed.
    const captured = await captureDocument(db, world.port, epcisDocument([spoof]));
    const [row] = await db.asOwner(
      async (tx) =>
        (await tx.query<{ id: string }>("select id from epcis_events where event_id = 'permit:COF-2024-001'"))
          .rows,
    );
    await release(db, world.port, 'epcis_events', row!.id, ['MEX', 'USA']);
    await analyseConsignments(db, world.host, captured.touched);
    // Before: the analysis took the event's marking for the permit's, and the finding reached USA again.
    expect(await quota(world.partner)).toBeUndefined();
    expect((await quota(world.host))?.marking).toMatchObject({ ...SHARED, releasableTo: ['MEX'] });
  });

  it('narrowing the event named like a permit narrows nothing the permit gave', async () => {
    const db = getDb();
    const world = await quotaWorld(db);
    const captured = await captureDocument(db, world.port, epcisDocument([spoof]));
    const [row] = await db.asOwner(
      async (tx) =>
        (await tx.query<{ id: string }>("select id from epcis_events where event_id = 'permit:COF-2024-001'"))
          .rows,
    );
    await release(db, world.port, 'epcis_events', row!.id, ['MEX', 'USA']);
    await analyseConsignments(db, world.host, captured.touched);
    const before = (await findingsOf(db, world.partner)).find((f) => f.kind === 'permit_quota_exceeded');
    expect(before?.marking).toMatchObject(SHARED);
    // The port operator narrows its event to red: the permit finding, which does not cite it, keeps the
    // marking the permit and line gave it (before, the event narrowed it as if it were the permit).
    await db.asUser(world.port, (tx) =>
      changeMarking(tx, world.port, 'epcis_events', row!.id, {
        tlp: 'red',
        releasableTo: ['MEX'],
        recipients: [],
      }),
    );
    const marking = await db.asOwner(
      async (tx) =>
        (
          await tx.query<{ tlp: string; releasable_to: string[] }>(
            "select distinct tlp, releasable_to from findings where kind = 'permit_quota_exceeded'",
          )
        ).rows,
    );
    expect(marking).toEqual([{ tlp: 'amber', releasable_to: ['MEX', 'USA'] }]);
    // The partner's view no longer has the event: re-derived without it, the permit finding is still shared.
    await analyseConsignments(db, world.host, 'stale');
    const after = (await findingsOf(db, world.partner)).find((f) => f.kind === 'permit_quota_exceeded');
    expect(after?.marking).toMatchObject(SHARED);
  });
});

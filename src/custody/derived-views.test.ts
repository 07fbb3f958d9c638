/**
 * Issue 11, classes 1, 3 and 6: what custody derives (findings, stored tracks, analysed states, quota sums,
 * the work on findings) is derived per visibility class, from and for the agencies that see the same inputs.
 * - Takeover: a partner's line and event on a host's bill of lading neither re-own nor hide the host's
 *   findings and track, and the partner reads only what is derived from what it sees (and the reverse).
 * - Aggregates: a quota sum counts only the lines the reader may see; a dismissal's reason stays in its class.
 * - Widening: a derived record is never marked wider than its inputs; narrowing it needs a justification.
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
import { listConsignments } from './consignments.repository.ts';
import { listFindingActions } from './finding-actions.repository.ts';
import { actOnFinding } from './finding-service.ts';
import { listFindings } from './findings.repository.ts';
import { analyseConsignments } from './findings.service.ts';
import { portMap } from './port-map.service.ts';
import { listPermits } from './registry.repository.ts';
import { editPermit } from './registry.service.ts';
import { BOL, custodyEvent, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';

let screener: Screener;
beforeAll(async () => {
  screener = await Screener.create(loadControlList());
});

const HOST_DECLARATION = '24 16 3456 4000123';

async function findingsOf(db: Database, user: Actor, bol = BOL) {
  return (await db.asUser(user, (tx) => listFindings(tx, { bol, limit: 50, offset: 0 }))).findings;
}

async function stateOf(db: Database, user: Actor) {
  const rows = await db.asUser(user, (tx) => listConsignments(tx, { limit: 50, offset: 0 }));
  return rows.find((r) => r.billOfLading === BOL)?.state ?? null;
}

/** Everything a user reads of the consignment, as one text (to look for what must not be there). */
async function everythingRead(db: Database, user: Actor): Promise<string> {
  const findings = await findingsOf(db, user);
  const map = await portMap(db, user, 'MXZLO');
  const list = await db.asUser(user, (tx) => listConsignments(tx, { limit: 50, offset: 0 }));
  return JSON.stringify({ findings, map, list });
}

/** The partner's analyst adds one line of its own to the host's bill of lading, and one event naming it. */
async function partnerContributes(db: Database, partner: Actor, event: Record<string, unknown>) {
  await importDeclarations(
    db,
    partner,
    [
      declarationsCsv([
        {
          bill_of_lading: BOL,
          container_no: '',
          cas_number: '79-03-8',
          goods_description: 'propionyl chloride',
          hs_code: '2915.90',
          quantity_kg: '1',
          port_locode: 'MXZLO',
        },
      ]),
    ],
    screener,
  );
  return captureDocument(db, partner, epcisDocument([event]));
}

describeEachEngine('derived records per visibility class (issue 11, class 1: takeover)', (getDb) => {
  it("a partner's line and event on a host's bill of lading take over nothing and reveal nothing", async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const secondPartner = await db.asOwner(async (tx) =>
      makeUser(tx, await makeAgency(tx, 'USA', 'US-HSI'), ['analyst'], 'partner-analyst'),
    );
    const trip = shortTrip();
    await analyseConsignments(
      db,
      world.host,
      (await captureDocument(db, world.port, epcisDocument(trip))).touched,
    );
    const hostBefore = await findingsOf(db, world.host);
    expect(hostBefore.map((f) => [f.kind, f.marking.ownerAgency])).toEqual([['quantity_loss', 'MX-ANAM']]);

    // The takeover, exactly as found: one line and one event by the partner, then the analysis.
    const captured = await partnerContributes(
      db,
      world.partner,
      custodyEvent('2024-03-03T09:00:00-06:00', 'inspecting', 'geo:25.5,-100.9'),
    );
    await analyseConsignments(db, world.host, captured.touched);

    // The host still reads its own finding, owned by its agency, and its own state.
    const hostAfter = await findingsOf(db, world.host);
    expect(hostAfter.map((f) => [f.kind, f.marking.ownerAgency, f.marking.releasableTo])).toEqual([
      ['quantity_loss', 'MX-ANAM', ['MEX']],
    ]);
    expect(hostAfter[0]!.evidence).toEqual(hostBefore[0]!.evidence);
    expect(await stateOf(db, world.host)).toBe('received');
    // Its stored track is its own: the partner's point (25.5, -100.9) is not on it.
    const hostMap = await portMap(db, world.host, 'MXZLO');
    expect(hostMap.find((i) => i.billOfLading === BOL)).toMatchObject({ source: 'stored' });
    expect(JSON.stringify(hostMap)).not.toContain('-100.9');

    // Both partner agencies read only what is derived from the partner's own line and event.
    for (const partner of [world.partner, secondPartner]) {
      const read = await everythingRead(db, partner);
      expect(read).not.toContain(HOST_DECLARATION);
      for (const event of trip) expect(read).not.toContain(event.eventID);
      expect(read).not.toContain('-104.31'); // the terminal, placed by host events only
      expect(read).not.toContain('received');
      for (const f of await findingsOf(db, partner)) expect(f.marking.ownerAgency).toBe('US-DEA');
    }
    const partnerMap = await portMap(db, world.partner, 'MXZLO');
    expect(partnerMap.find((i) => i.billOfLading === BOL)).toMatchObject({
      source: 'stored',
      track: [[-100.9, 25.5]],
    });
  });

  it("the reverse: a partner's red event never reaches the host's track or findings", async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await captureDocument(db, world.port, epcisDocument(shortTrip()));
    const red = custodyEvent('2024-03-04T11:00:00-06:00', 'inspecting', 'geo:21.25,-102.75', 9_000);
    const captured = await captureDocument(db, world.partner, epcisDocument([red]));
    const [row] = (
      await db.asOwner((tx) =>
        tx.query<{ id: string }>('select id from epcis_events where event_id = $1', [red.eventID]),
      )
    ).rows;
    await db.asUser(world.partner, (tx) =>
      changeMarking(tx, world.partner, 'epcis_events', row!.id, {
        tlp: 'red',
        releasableTo: ['MEX', 'USA'],
        recipients: [],
      }),
    );
    await analyseConsignments(db, world.host, { bols: [BOL, ...captured.touched.bols], containers: [] });
    for (const host of [world.host, world.otherHost]) {
      const read = await everythingRead(db, host);
      expect(read).not.toContain('-102.75');
      expect(read).not.toContain(red.eventID);
      expect(read).not.toContain('9000');
    }
    // The partner's red event is the partner's: it reads a derivation of its own event only.
    const partnerFindings = await findingsOf(db, world.partner);
    for (const f of partnerFindings) expect(f.evidence).not.toContain(shortTrip()[0]!.eventID);
  });
});

describeEachEngine('aggregates and work per visibility class (issue 11, class 3)', (getDb) => {
  it('a quota sum counts only the lines the reader may see', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const [permit] = await db.asUser(world.regulator, (tx) => listPermits(tx, { limit: 10, offset: 0 }));
    await editPermit(db, world.regulator, permit!.id, {
      holderName: permit!.holderName,
      maxKgPerYear: 15_000,
      validFrom: permit!.validFrom,
      validTo: permit!.validTo,
      siteId: permit!.siteId,
    });
    const shared = { tlp: 'amber' as const, releasableTo: ['MEX', 'USA'], recipients: [] as string[] };
    await db.asUser(world.regulator, (tx) =>
      changeMarking(tx, world.regulator, 'permits', permit!.id, shared),
    );
    // An earlier consignment under the same permit, 8,000 kg, kept by the host (MEX only).
    await db.asUser(world.host, async (tx) => {
      await tx.query(
        `insert into declarations (id, owner_agency, declared_at, port_locode, origin_country, importer_name, importer_rfc)
         values ('24 16 3456 4000001', 'MX-ANAM', '2024-02-01T10:00:00-06:00', 'MXZLO', 'CN', 'Química Industrial',
           'QIN010101AB1')`,
      );
      await tx.query(
        `insert into declaration_lines (id, owner_agency, declaration_id, line_no, declared_at, port_locode,
           importer_name, importer_rfc, bill_of_lading, consignee_name, consignee_rfc, hs_code, goods_description,
           cas_number, quantity_kg, declared_value_usd, permit_id, verdict, substance_id, list_version)
         values (gen_random_uuid(), 'MX-ANAM', '24 16 3456 4000001', 1, '2024-02-01T10:00:00-06:00', 'MXZLO',
           'Química Industrial', 'QIN010101AB1', 'EARLIER-BOL', 'Química Industrial', 'QIN010101AB1', '2915.90',
           'cloruro de propionilo', '79-03-8', 8000, 20000, 'COF-2024-001', 'controlled', 'propionyl-chloride', 'test')`,
      );
      // This consignment's line is released to the partner; the earlier one is not.
      await tx.query(`update declaration_lines set releasable_to = '{MEX,USA}' where bill_of_lading = $1`, [
        BOL,
      ]);
    });
    await analyseConsignments(db, world.host, 'all');
    const quota = async (user: Actor) =>
      (await findingsOf(db, user)).filter((f) => f.kind === 'permit_quota_exceeded');
    // The host sees both lines: 8,000 + 10,000 kg past 15,000.
    expect((await quota(world.host)).map((f) => f.explanation.en)).toEqual([
      'Permit COF-2024-001 allows 15000 kg a year; with this line 18000 kg are imported.',
    ]);
    // The partner sees this line only: 10,000 kg, within the quota. Before: the host's sum, 18,000 kg.
    expect(await quota(world.partner)).toEqual([]);
    expect(JSON.stringify(await findingsOf(db, world.partner))).not.toContain('18000');
  });

  it("a dismissal's reason written for the host never reappears on a finding the partner reads", async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await analyseConsignments(
      db,
      world.host,
      (await captureDocument(db, world.port, epcisDocument(shortTrip()))).touched,
    );
    const [finding] = await findingsOf(db, world.host);
    await db.asUser(world.host, (tx) =>
      actOnFinding(tx, world.host, finding!.id, { action: 'dismiss', reason: 'fuente sensible: informante' }),
    );
    // The host releases the line and the port operator the events: the partner now sees every input.
    await db.asUser(world.host, (tx) =>
      tx.query(`update declaration_lines set releasable_to = '{MEX,USA}' where bill_of_lading = $1`, [BOL]),
    );
    await db.asUser(world.port, (tx) => tx.query(`update epcis_events set releasable_to = '{MEX,USA}'`));
    await db.asUser(world.host, (tx) => tx.query(`update locations set releasable_to = '{MEX,USA}'`));
    await db.asUser(world.regulator, (tx) => tx.query(`update permits set releasable_to = '{MEX,USA}'`));
    await analyseConsignments(db, world.host, 'stale');
    const shared = (await findingsOf(db, world.partner)).find((f) => f.kind === 'quantity_loss');
    // Before: the re-derived finding, released to USA, carried 'dismissed' and the host's reason.
    expect(shared).toMatchObject({ kind: 'quantity_loss', status: 'open', dismissReason: null });
    expect(await db.asUser(world.partner, (tx) => listFindingActions(tx, BOL, 'quantity_loss'))).toEqual([]);
    // The host keeps its history; the finding it now shares with the partner is a new proposal.
    expect(await db.asUser(world.host, (tx) => listFindingActions(tx, BOL, 'quantity_loss'))).toMatchObject([
      { action: 'dismiss', reason: 'fuente sensible: informante' },
    ]);
  });
});

describeEachEngine('no widening past the inputs (issue 11, class 6)', (getDb) => {
  async function analysed(db: Database) {
    const world = await custodyWorld(db);
    await analyseConsignments(
      db,
      world.host,
      (await captureDocument(db, world.port, epcisDocument(shortTrip()))).touched,
    );
    return world;
  }

  it('the owner of a finding built from MEX-only inputs cannot release it to the partner', async () => {
    const db = getDb();
    const world = await analysed(db);
    const [finding] = await findingsOf(db, world.host);
    const widen = { tlp: 'amber' as const, releasableTo: ['MEX', 'USA'], recipients: [] as string[] };
    await expect(
      db.asUser(world.host, (tx) =>
        changeMarking(tx, world.host, 'findings', finding!.id, widen, 'share it'),
      ),
    ).rejects.toMatchObject({ code: 'DERIVED_MARKING_WIDENING' });
    expect(await findingsOf(db, world.partner)).toEqual([]);
    // Narrowing is allowed, with a justification that the audit keeps.
    const narrow = { tlp: 'red' as const, releasableTo: ['MEX'], recipients: [] as string[] };
    await expect(
      db.asUser(world.host, (tx) => changeMarking(tx, world.host, 'findings', finding!.id, narrow)),
    ).rejects.toMatchObject({ code: 'DERIVED_MARKING_JUSTIFICATION_REQUIRED' });
    await db.asUser(world.host, (tx) =>
      changeMarking(tx, world.host, 'findings', finding!.id, narrow, 'operación en curso'),
    );
    const audit = await db.asOwner(
      async (tx) =>
        (
          await tx.query<{ detail: { justification?: string } }>(
            "select detail from audit_log where action = 'change_marking' and subject_table = 'findings' union all select detail from audit_staged where action = 'change_marking' and subject_table = 'findings'",
          )
        ).rows,
    );
    expect(audit.map((a) => a.detail.justification)).toEqual(['operación en curso']);
    // Red: the other host agency, a reader of the class, reads it no more; the owner does.
    expect(await findingsOf(db, world.otherHost)).toEqual([]);
    expect(await findingsOf(db, world.host)).toHaveLength(1);
  });

  it('the same holds for a stored track (another derived table)', async () => {
    const db = getDb();
    const world = await analysed(db);
    const { rows } = await db.asUser(world.host, (tx) =>
      tx.query<{ id: string }>('select id from consignment_tracks where bill_of_lading = $1', [BOL]),
    );
    const widen = { tlp: 'green' as const, releasableTo: ['MEX', 'USA'], recipients: [] as string[] };
    await expect(
      db.asUser(world.host, (tx) =>
        changeMarking(tx, world.host, 'consignment_tracks', rows[0]!.id, widen, 'x'),
      ),
    ).rejects.toMatchObject({ code: 'DERIVED_MARKING_WIDENING' });
    expect(await stateOf(db, world.otherHost)).toBe('received');
    await db.asUser(world.host, (tx) =>
      changeMarking(
        tx,
        world.host,
        'consignment_tracks',
        rows[0]!.id,
        { tlp: 'amber+strict', releasableTo: ['MEX'], recipients: [] },
        'solo aduanas',
      ),
    );
    expect(await stateOf(db, world.otherHost)).toBeNull();
    expect(await stateOf(db, world.host)).toBe('received');
  });
});

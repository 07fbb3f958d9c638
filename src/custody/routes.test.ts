import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { BOL, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';
import { sequenceAudit } from '../audit/sequencer.ts';
import { analyseConsignments } from './findings.service.ts';

describeEachEngine('custody API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  const get = async (who: typeof world.host, url: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
    });
  beforeEach(async () => {
    world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
    const headers = { authorization: `Bearer ${await makeSession(getDb(), world.port)}` };
    await app.inject({
      method: 'POST',
      url: '/api/epcis/capture',
      headers,
      payload: epcisDocument(shortTrip()),
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists permits, locations, consignments and findings, and shows one consignment', async () => {
    expect((await get(world.regulator, '/api/permits')).json().items).toMatchObject([
      { permitId: 'COF-2024-001', maxKgPerYear: 50_000 },
    ]);
    expect((await get(world.host, '/api/locations?kind=plant')).json().items).toHaveLength(1);
    expect((await get(world.host, '/api/consignments')).json().items).toEqual([
      {
        billOfLading: BOL,
        eventCount: 4,
        lastEventTime: '2024-03-04T19:00:00.000Z',
        state: 'received',
        findingKinds: ['quantity_loss'],
        portLocode: 'MXZLO',
      },
    ]);
    expect((await get(world.host, '/api/findings?kind=quantity_loss')).json().items).toHaveLength(1);
    // The registered places are green in this world; one amber place makes its read a matter of record.
    await getDb().asOwner((tx) => tx.query(`update locations set tlp = 'amber' where kind = 'terminal'`));
    const view = (await get(world.host, `/api/consignments/${BOL}`)).json();
    expect(view).toMatchObject({
      billOfLading: BOL,
      state: 'received',
      permits: [{ permitId: 'COF-2024-001' }],
    });
    expect(view.track[0]).toEqual([-104.31, 19.06]);
    // Reading the consignment is on the record: one entry for the page, naming each kind of amber row it showed.
    await sequenceAudit(getDb());
    const { rows: reads } = await getDb().asOwner((tx) =>
      tx.query<{ detail: { tables: Record<string, string[]> } }>(
        `select detail from audit_log where action = 'read' and actor_user = $1 and detail ? 'tables'`,
        [world.host.userId],
      ),
    );
    expect(reads).toHaveLength(1);
    expect(Object.keys(reads[0]!.detail.tables)).toEqual(
      expect.arrayContaining(['declaration_lines', 'permits', 'locations', 'epcis_events', 'findings']),
    );
    const placeReads = [{ n: reads[0]!.detail.tables.locations!.length }];
    expect(placeReads).toEqual([{ n: 1 }]); // the terminal of the timeline, once, though two events name it
    expect(view.lines).toMatchObject([
      {
        verdict: 'controlled',
        substance: 'propionyl-chloride',
        reasons: [],
        importerName: 'Química Industrial',
        consigneeName: 'Química Industrial',
      },
    ]);
  });

  it('tells a partner the analysed state only when it sees the inputs it was derived from', async () => {
    // The line is released to the partner; the custody events (and so the stored track) are not.
    await getDb().asOwner((tx) =>
      tx.query(`update declaration_lines set releasable_to = '{MEX,USA}' where bill_of_lading = $1`, [BOL]),
    );
    // The list pages over what each class stored (0620): the partner's consignment is listed once the analysis
    // has derived the partner's own class, from the line alone (PUT /api/markings runs it at once).
    expect((await get(world.partner, '/api/consignments')).json().items).toEqual([]);
    await analyseConsignments(getDb(), world.host, 'stale');
    const listed = (await get(world.partner, '/api/consignments')).json().items;
    expect(listed).toMatchObject([{ billOfLading: BOL, eventCount: 0, lastEventTime: null }]);
    expect(listed[0].state).not.toBe('received');
    expect((await get(world.partner, '/api/consignments?state=received')).json().items).toEqual([]);
    // A stored track is read by its visibility class (viewers, 0510), not by its marking: widening the track's
    // marking by hand gives the partner nothing derived from events it does not see.
    await getDb().asOwner((tx) =>
      tx.query(`update consignment_tracks set releasable_to = '{MEX,USA}' where bill_of_lading = $1`, [BOL]),
    );
    expect((await get(world.partner, '/api/consignments?state=received')).json().items).toEqual([]);
    expect((await get(world.host, '/api/consignments')).json().items[0].state).toBe('received');
  });

  it("filters by the declaration's port and hands each consignment its track and findings", async () => {
    // A second line of the same bill of lading: still one consignment.
    await getDb().asUser(world.host, (tx) =>
      tx.query(
        `insert into declaration_lines (id, owner_agency, declaration_id, line_no, declared_at, port_locode,
           importer_name, bill_of_lading, consignee_name, hs_code, goods_description, quantity_kg,
           declared_value_usd, verdict, list_version)
         values (gen_random_uuid(), 'MX-ANAM', '24 16 3456 4000123', 2, '2024-03-01T10:00:00-06:00', 'MXZLO',
           'Química Industrial', $1, 'Química Industrial', '8421.29', 'filtros', 10, 100, 'clear', 'test')`,
        [BOL],
      ),
    );
    const withTracks = (await get(world.host, '/api/consignments?port=MXZLO&include=track')).json().items;
    expect(withTracks).toHaveLength(1);
    expect(withTracks[0]).toMatchObject({ billOfLading: BOL, portLocode: 'MXZLO' });
    const view = (await get(world.host, `/api/consignments/${BOL}`)).json();
    expect(withTracks[0].track).toEqual(view.track); // the same positions, in the same order, as the detail
    expect(withTracks[0].findings).toEqual(
      view.findings.map((f: { id: string; kind: string; severity: string }) => ({
        id: f.id,
        kind: f.kind,
        severity: f.severity,
      })),
    );
    expect((await get(world.host, '/api/consignments?port=MXVER&include=track')).json().items).toEqual([]);
    expect((await get(world.host, '/api/consignments?port=MXZLO')).json().items[0]).not.toHaveProperty(
      'track',
    );
    expect((await get(world.partner, '/api/consignments?port=MXZLO&include=track')).json().items).toEqual([]);
  });

  it('keeps partner eyes off unreleased consignments and lets only the regulator edit permits', async () => {
    expect((await get(world.partner, '/api/consignments')).json().items).toEqual([]);
    expect((await get(world.partner, `/api/consignments/${BOL}`)).statusCode).toBe(404);
    const [permit] = (await get(world.regulator, '/api/permits')).json().items;
    const body = {
      holderName: 'QI',
      maxKgPerYear: 1000,
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
      siteId: null,
    };
    const put = async (who: typeof world.host) =>
      app.inject({
        method: 'PUT',
        url: `/api/permits/${permit.id}`,
        payload: body,
        headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      });
    expect((await put(world.host)).statusCode).toBe(403);
    const edited = await put(world.regulator);
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ maxKgPerYear: 1000, siteId: null });
  });
});

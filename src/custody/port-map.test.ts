import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { analyseConsignments } from './findings.service.ts';
import { BOL, custodyWorld, epcisDocument, PLANT, shortTrip } from '../testing/custody-world.ts';

const TERMINAL_POINT = [-104.31, 19.06];
const PLANT_POINT = [-103.344, 20.6736];

describeEachEngine("a port's map (GET /api/ports/:locode/tracks)", (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  const get = async (who: typeof world.host, url: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
    });
  /**
   * Releases the consignment's line and the registered places (customs owns them here) and its events (the
   * port operator owns them).
   */
  const release = async (eventsWhere = 'true') => {
    await getDb().asUser(world.host, async (tx) => {
      await tx.query(`update declaration_lines set releasable_to = '{MEX,USA}' where bill_of_lading = $1`, [
        BOL,
      ]);
      await tx.query(`update locations set releasable_to = '{MEX,USA}'`);
    });
    await getDb().asUser(world.port, (tx) =>
      tx.query(`update epcis_events set releasable_to = '{MEX,USA}' where ${eventsWhere}`),
    );
  };

  beforeEach(async () => {
    world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
    // Capturing analyses the consignment: its findings and its stored overview track.
    await app.inject({
      method: 'POST',
      url: '/api/epcis/capture',
      headers: { authorization: `Bearer ${await makeSession(getDb(), world.port)}` },
      payload: epcisDocument(shortTrip()),
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it("serves the host the stored track, marked from its inputs, with the consignment's findings", async () => {
    const response = await get(world.host, '/api/ports/MXZLO/tracks');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.port).toBe('MXZLO');
    expect(body.items).toHaveLength(1);
    const [item] = body.items;
    expect(item).toMatchObject({
      billOfLading: BOL,
      source: 'stored',
      marking: { ownerAgency: 'MX-ANAM', releasableTo: ['MEX'] },
      findings: [{ kind: 'quantity_loss', severity: expect.any(String) }],
    });
    // Unloading and departing at the terminal are one point; the trip ends at the plant.
    expect(item.track[0]).toEqual(TERMINAL_POINT);
    expect(item.track.at(-1)).toEqual(PLANT_POINT);
    expect(item.track.length).toBeLessThanOrEqual(3);
    expect((await get(world.host, '/api/ports/MXVER/tracks')).json().items).toEqual([]);
  });

  it('shows a partner nothing unreleased, draws live what they may see, and the stored track once derived from released inputs', async () => {
    expect((await get(world.partner, '/api/ports/MXZLO/tracks')).json().items).toEqual([]);

    // Only the events at the terminal released: the partner sees the consignment, not where it went.
    await release(`biz_location = 'urn:epc:id:sgln:7501234.00000.0'`);
    const partial = (await get(world.partner, '/api/ports/MXZLO/tracks')).json().items;
    expect(partial).toMatchObject([{ billOfLading: BOL, source: 'live', marking: null }]);
    expect(partial[0].track).toEqual([TERMINAL_POINT]);
    expect(partial[0].findings).toEqual([]); // the finding was derived from unreleased events

    // Everything released: still live until the analysis derives a track as wide as its inputs.
    await release();
    const live = (await get(world.partner, '/api/ports/MXZLO/tracks')).json().items;
    expect(live).toMatchObject([{ source: 'live' }]);
    expect(live[0].track.at(-1)).toEqual(PLANT_POINT);
    await analyseConsignments(getDb(), world.host, 'all');
    expect((await get(world.partner, '/api/ports/MXZLO/tracks')).json().items).toMatchObject([
      {
        billOfLading: BOL,
        source: 'stored',
        marking: { releasableTo: ['MEX', 'USA'] },
        track: live[0].track,
      },
    ]);

    // The plant is withdrawn from the partner: the stored track, drawn through it, goes with it.
    await getDb().asUser(world.host, (tx) =>
      tx.query(`update locations set releasable_to = '{MEX}' where location_id = $1`, [PLANT]),
    );
    const withdrawn = (await get(world.partner, '/api/ports/MXZLO/tracks')).json().items;
    expect(withdrawn).toMatchObject([{ billOfLading: BOL, source: 'live', marking: null }]);
    expect(withdrawn[0].track).not.toContainEqual(PLANT_POINT);
    expect((await get(world.host, '/api/ports/MXZLO/tracks')).json().items[0].source).toBe('stored');
  });

  it('draws a consignment never analysed from its events, and refuses a malformed port code', async () => {
    await getDb().asOwner((tx) => tx.query('delete from consignment_tracks'));
    const items = (await get(world.host, '/api/ports/MXZLO/tracks')).json().items;
    expect(items).toMatchObject([{ billOfLading: BOL, source: 'live', marking: null }]);
    expect(items[0].track.at(-1)).toEqual(PLANT_POINT);

    const bad = await get(world.host, '/api/ports/mxzlo/tracks');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { custodyEvent, custodyWorld, epcisDocument, shortTrip, TERMINAL } from '../testing/custody-world.ts';

describeEachEngine('EPCIS REST binding', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  const auth = async (who: typeof world.host) => ({
    authorization: `Bearer ${await makeSession(getDb(), who)}`,
  });
  beforeEach(async () => {
    world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('captures asynchronously (202 + Location), reports the job, and pages through the query', async () => {
    const headers = { ...(await auth(world.port)), 'content-type': 'application/ld+json' };
    const capture = await app.inject({
      method: 'POST',
      url: '/api/epcis/capture',
      headers,
      payload: JSON.stringify(epcisDocument(shortTrip())),
    });
    expect(capture.statusCode).toBe(202);
    const location = capture.headers.location as string;
    expect(location).toMatch(/^\/api\/epcis\/capture\/[0-9a-f-]{36}$/);
    const job = await app.inject({ method: 'GET', url: location, headers: await auth(world.port) });
    expect(job.json()).toMatchObject({ running: false, success: true, eventCount: 4, storedCount: 4 });

    const first = await app.inject({
      method: 'GET',
      url: '/api/epcis/events?perPage=3&EQ_bizTransaction_bol=MEDU9876543',
      headers: await auth(world.port),
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().type).toBe('EPCISQueryDocument');
    expect(first.json().epcisBody.queryResults.resultsBody.eventList).toHaveLength(3);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link as string)![1]!;
    const second = await app.inject({ method: 'GET', url: next, headers: await auth(world.port) });
    expect(
      second.json().epcisBody.queryResults.resultsBody.eventList.map((e: { bizStep: string }) => e.bizStep),
    ).toEqual(['receiving']);
    expect(second.headers.link).toBeUndefined();

    const filtered = await app.inject({
      method: 'GET',
      url: `/api/epcis/events?EQ_bizStep=unloading|departing&EQ_bizLocation=${encodeURIComponent(TERMINAL)}&GE_eventTime=2024-03-01T00:00:00Z`,
      headers: await auth(world.port),
    });
    expect(filtered.json().epcisBody.queryResults.resultsBody.eventList).toHaveLength(2);
    const byEpc = await app.inject({
      method: 'GET',
      url: '/api/epcis/events?MATCH_epc=urn:epc:id:bic:MSCU1234565&eventType=ObjectEvent',
      headers: await auth(world.port),
    });
    expect(byEpc.json().epcisBody.queryResults.resultsBody.eventList).toHaveLength(4);
  });

  it('shows the events only to whom they are released', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/epcis/capture',
      headers: await auth(world.port),
      payload: epcisDocument(shortTrip()),
    });
    const partner = await app.inject({
      method: 'GET',
      url: '/api/epcis/events',
      headers: await auth(world.partner),
    });
    expect(partner.json().epcisBody.queryResults.resultsBody.eventList).toEqual([]);
    const host = await app.inject({
      method: 'GET',
      url: '/api/epcis/events',
      headers: await auth(world.host),
    });
    expect(host.json().epcisBody.queryResults.resultsBody.eventList).toHaveLength(4);
  });

  it('rejects an invalid document with 400 naming event and field, storing nothing', async () => {
    const bad = epcisDocument([
      custodyEvent('2024-03-02T08:00:00-06:00', 'unloading', TERMINAL),
      { ...custodyEvent('2024-03-02T09:00:00-06:00', 'unloading', TERMINAL), action: 'MOVE' },
    ]);
    const response = await app.inject({
      method: 'POST',
      url: '/api/epcis/capture',
      headers: await auth(world.port),
      payload: bad,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'EPCIS_INVALID_DOCUMENT',
      field: 'eventList/1/action',
    });
    const events = await app.inject({
      method: 'GET',
      url: '/api/epcis/events',
      headers: await auth(world.port),
    });
    expect(events.json().epcisBody.queryResults.resultsBody.eventList).toEqual([]);
    const token = await app.inject({
      method: 'GET',
      url: '/api/epcis/events?nextPageToken=bogus',
      headers: await auth(world.port),
    });
    expect(token.json().error.code).toBe('EPCIS_INVALID_PAGE_TOKEN');
  });

  it('imports an uploaded document with its markings; a bad event is reported by position and field', async () => {
    const boundary = 'centinela-boundary';
    const multipartOf = (doc: unknown) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="events.json"\r\n` +
      `Content-Type: application/json\r\n\r\n${JSON.stringify(doc)}\r\n--${boundary}--\r\n`;
    const upload = async (doc: unknown) =>
      app.inject({
        method: 'POST',
        url: '/api/epcis/import?tlp=green&releasableTo=USA',
        headers: { ...(await auth(world.port)), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: multipartOf(doc),
      });
    const bad = epcisDocument([
      custodyEvent('2024-03-02T08:00:00-06:00', 'unloading', TERMINAL),
      { ...custodyEvent('2024-03-02T09:00:00-06:00', 'unloading', TERMINAL), action: 'MOVE' },
    ]);
    const refused = (await upload(bad)).json();
    expect(refused).toMatchObject({ events: 2, stored: 0, rejected: 1, analysis: null });
    expect(refused.errors[0]).toMatchObject({ line: 2 });
    expect(refused.errors[0].errors[0]).toMatchObject({ field: 'action' });
    const trip = epcisDocument(shortTrip());
    const first = (await upload(trip)).json();
    expect(first).toMatchObject({ events: 4, stored: 4, alreadyStored: 0, rejected: 0, errors: [] });
    expect(first.analysis.consignments).toBeGreaterThan(0);
    expect((await upload(trip)).json()).toMatchObject({ stored: 0, alreadyStored: 4 });
    const seen = await app.inject({
      method: 'GET',
      url: '/api/epcis/events',
      headers: await auth(world.partner),
    });
    expect(seen.json().epcisBody.queryResults.resultsBody.eventList).toHaveLength(4);
  });
});

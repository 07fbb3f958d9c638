/**
 * Issue 14's hostile inputs, on both engines: each is refused with a coded 4xx before the database, the
 * database errors that remain map to 4xx, and a failed COPY leaves the pool usable.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from './types.ts';
import { custodyEvent, custodyWorld, epcisDocument, TERMINAL } from '../testing/custody-world.ts';
import { sqlstateClassError, toAppError } from './error-handler.ts';

/** JSON text of a value nested `levels` deep (JSON.stringify itself overflows the stack on it). */
function nestedJson(levels: number): string {
  return '{"ex:level":'.repeat(levels) + '"bottom"' + '}'.repeat(levels);
}

describe('database errors that remain', () => {
  it('map SQLSTATE classes 22 and 54 to coded 4xx', () => {
    expect(sqlstateClassError('22021', 'invalid byte sequence')?.code).toBe('VALIDATION_FAILED');
    expect(sqlstateClassError('22008', 'date/time field value out of range')?.code).toBe('VALIDATION_FAILED');
    expect(sqlstateClassError('54000', 'index row size exceeds maximum')?.code).toBe('VALUE_TOO_LARGE');
    expect(sqlstateClassError('54001', 'stack depth limit exceeded')?.status).toBe(413);
    expect(toAppError(Object.assign(new Error('x'), { code: '22P05' }))?.status).toBe(400);
    expect(sqlstateClassError('42P01', 'no such table')).toBeNull();
  });
});

describeEachEngine('hostile input', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  let headers: Record<string, string>;
  beforeEach(async () => {
    world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
    headers = { authorization: `Bearer ${await makeSession(getDb(), world.port)}` };
  });
  afterEach(async () => {
    await app.close();
  });

  const capture = (doc: unknown) =>
    app.inject({
      method: 'POST',
      url: '/api/epcis/capture',
      headers: { ...headers, 'content-type': 'application/ld+json' },
      payload: typeof doc === 'string' ? doc : JSON.stringify(doc),
    });

  it('refuses NUL and control characters in query, path and body with a 400 naming the field', async () => {
    const query = await app.inject({ method: 'GET', url: '/api/entities?q=%00', headers });
    expect(query.statusCode).toBe(400);
    expect(query.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'querystring.q' });
    const path = await app.inject({ method: 'GET', url: '/api/entities/a%00b', headers });
    expect(path.statusCode).toBe(400);
    expect(path.json().error.field).toBe('params.id');
    const body = await app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({
        title: 'a\u0000b',
        body: 'b',
        marking: { tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
      }),
    });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.field).toBe('body.title');
  });

  it('refuses a megabyte parameter with a 400', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/entities?q=${'x'.repeat(1_000_001)}`,
      headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.detail).toMatch(/longer than 1000/);
  });

  it('refuses an EPCIS extension nested 5,000 levels, and the server still captures afterwards', async () => {
    const shallow = { ...custodyEvent('2024-03-05T08:00:00-06:00', 'arriving', TERMINAL), 'ex:deep': 'HERE' };
    const deep = JSON.stringify(epcisDocument([shallow])).replace('"HERE"', nestedJson(5_000));
    const refused = await Promise.all(Array.from({ length: 10 }, () => capture(deep)));
    for (const response of refused) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'EPCIS_INVALID_DOCUMENT' });
      expect(response.json().error.detail).toMatch(/event 0 .*deeper than 32/);
    }
    const good = await capture(
      epcisDocument([custodyEvent('2024-03-05T08:00:00-06:00', 'arriving', TERMINAL)]),
    );
    expect(good.statusCode).toBe(202);
  });

  it('refuses an event of 300,000 EPCs in linear time, and duplicate EPCs by the schema rule', async () => {
    const event = custodyEvent('2024-03-05T08:00:00-06:00', 'arriving', TERMINAL);
    const epcList = Array.from({ length: 300_000 }, (_, i) => `urn:epc:id:sgtin:0614141.107346.${i}`);
    const huge = await capture(epcisDocument([{ ...event, epcList }]));
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.detail).toMatch(/epcList: more than 10000 items/);
    const twice = await capture(epcisDocument([{ ...event, epcList: [epcList[0], epcList[1], epcList[0]] }]));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.detail).toMatch(/epcList\/2: repeats/);
  });

  it('refuses NUL inside an EPCIS document, year 0000, and normalises a leap second', async () => {
    const event = custodyEvent('2024-03-05T08:00:00-06:00', 'arriving', TERMINAL);
    const nul = await capture(epcisDocument([{ ...event, 'ex:note': 'a\u0000b' }]));
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.detail).toMatch(/ex:note: contains the control character U\+0000/);
    const yearZero = await capture(epcisDocument([{ ...event, eventTime: '0000-01-01T00:00:00Z' }]));
    expect(yearZero.statusCode).toBe(400);
    expect(yearZero.json().error.detail).toMatch(/eventTime/);
    const leap = await capture(
      epcisDocument([{ ...event, eventTime: '2016-12-31T23:59:60Z', eventTimeZoneOffset: '+00:00' }]),
    );
    expect(leap.statusCode).toBe(202);
    const stored = await getDb().asOwner((tx) =>
      tx.query<{ t: string }>(
        `select to_char(event_time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as t from epcis_events where event_id = $1`,
        [event.eventID],
      ),
    );
    expect(stored.rows[0]?.t).toBe('2017-01-01T00:00:00');
  });

  it('rolls back a COPY whose values cannot be serialised, and keeps the pool usable', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (let i = 0; i < 12; i++) {
      await expect(
        getDb().asOwner((tx) =>
          tx.copyRows('schema_migrations', ['version', 'name', 'checksum'], [['x', circular, 'c']]),
        ),
      ).rejects.toThrow();
    }
    const health = await app.inject({ method: 'GET', url: '/api/entities?q=acme', headers });
    expect(health.statusCode).toBe(200);
  });
});

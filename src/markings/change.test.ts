import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

describeEachEngine('changing a marking', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  let reportId: string;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
    reportId = await makeReport(getDb(), world.host, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] });
  });
  afterEach(async () => {
    await app.close();
  });

  const put = async (who: typeof world.host, body: Record<string, unknown>) =>
    app.inject({
      method: 'PUT',
      url: `/api/markings/reports/${reportId}`,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      payload: body,
    });

  it('the owner widens it; the partner then sees the record; the change is audited', async () => {
    const partnerToken = await makeSession(getDb(), world.partner);
    const before = await app.inject({
      method: 'GET',
      url: `/api/reports/${reportId}`,
      headers: { authorization: `Bearer ${partnerToken}` },
    });
    expect(before.statusCode).toBe(404);
    const response = await put(world.host, { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ownerAgency: 'MX-ANAM',
      tlp: 'green',
      releasableTo: ['MEX', 'USA'],
      recipients: [],
    });
    const after = await app.inject({
      method: 'GET',
      url: `/api/reports/${reportId}`,
      headers: { authorization: `Bearer ${partnerToken}` },
    });
    expect(after.statusCode).toBe(200);
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ detail: { widened: boolean } }>(
        "select detail from audit_log where action = 'change_marking'",
      ),
    );
    expect(rows[0]!.detail.widened).toBe(true);
  });

  it('another agency that can see the record may not widen it', async () => {
    const response = await put(world.otherHost, {
      tlp: 'clear',
      releasableTo: ['MEX', 'USA'],
      recipients: [],
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('MARKING_WIDENING_FORBIDDEN');
  });

  it('an agency that cannot see the record learns nothing about it', async () => {
    const response = await put(world.partner, { tlp: 'red', releasableTo: ['MEX'], recipients: [] });
    expect(response.statusCode).toBe(404);
  });

  it('a table that carries no marking is refused', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/markings/users/${world.host.userId}`,
      headers: { authorization: `Bearer ${await makeSession(getDb(), world.host)}` },
      payload: { tlp: 'red', releasableTo: ['MEX'], recipients: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('NOT_A_MARKED_TABLE');
  });

  it('names a record by its primary key, whatever the table calls it, and a malformed id names none', async () => {
    // A stored track's primary key is its row id (one track per visibility class, 0510), not its bill of lading.
    const trackId = await getDb().asOwner(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `insert into consignment_tracks (bill_of_lading, owner_agency, releasable_to, track, point_count,
           event_count, computed_at, viewers) values ('MEDU1234567', 'MX-ANAM', '{MEX}', '[]', 0, 0, now(), '{MX-ANAM}')
         returning id`,
      );
      return rows[0]!.id;
    });
    const headers = { authorization: `Bearer ${await makeSession(getDb(), world.host)}` };
    const narrowed = await app.inject({
      method: 'PUT',
      url: `/api/markings/consignment_tracks/${trackId}`,
      headers,
      payload: { tlp: 'red', releasableTo: ['MEX'], recipients: [], justification: 'source protection' },
    });
    expect(narrowed.statusCode).toBe(200);
    expect(narrowed.json()).toMatchObject({ ownerAgency: 'MX-ANAM', tlp: 'red' });
    const malformed = await app.inject({
      method: 'PUT',
      url: '/api/markings/reports/not-a-uuid',
      headers,
      payload: { tlp: 'red', releasableTo: ['MEX'], recipients: [] },
    });
    expect(malformed.statusCode).toBe(404);
    expect(malformed.json().error.code).toBe('NOT_FOUND');
  });
});

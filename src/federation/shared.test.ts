/**
 * Issue 18's federation pieces over HTTP: the administrator's peers (token answered once, never listed, revoked;
 * administrators only), how the last pull went, what was received from whom, and the receiving agency narrowing
 * its own copy — never widening it, and a newer version held no wider.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../app/http-app.ts';
import { sequenceAudit } from '../audit/sequencer.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeNation, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { callsAs } from '../testing/inject.ts';
import { importStix } from './import.ts';
import { syncPeer } from './sync.ts';
import { greenReportBundle } from './testing/stix-world.ts';

const REPORT_ID = 'report--1f3a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const bundle = (modified: string) => greenReportBundle(REPORT_ID, modified);

describeEachEngine('sharing: peers, received copies and sync status over HTTP', (getDb) => {
  let app: App;
  beforeEach(async () => {
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });
  const call = callsAs(() => app, getDb);

  it('an administrator adds a peer (its token once), lists it without a token, sees its pulls, revokes it', async () => {
    const world = await makeTwoNationWorld(getDb());
    const added = await call(world.admin, 'POST', '/api/peers', { agency: 'US-DEA', label: 'DEA TAXII' });
    expect(added.statusCode).toBe(200);
    const { name, token } = added.json();
    expect(name).toBe('us-dea');
    expect(token).toMatch(/^ct_/);
    expect((await call(world.host, 'POST', '/api/peers', { agency: 'US-DEA', name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await call(world.admin, 'POST', '/api/peers', { agency: 'MX-CNI', name: 'y' })).statusCode).toBe(
      400,
    );
    await call(world.admin, 'POST', '/api/peers', {
      name: 'usa',
      url: 'http://127.0.0.1:9/taxii2/',
      token: 'ct_pull_secret',
    });

    const listing = await call(world.admin, 'GET', '/api/peers');
    expect(listing.statusCode).toBe(200);
    expect(listing.body).not.toContain(token);
    expect(listing.body).not.toContain('ct_pull_secret');
    expect(listing.json().peers).toMatchObject([
      { name: 'us-dea', agency: 'US-DEA', label: 'DEA TAXII', username: 'peer-us-dea', pulls: false },
      { name: 'usa', agency: null, pulls: true, sync: { triedAt: null, error: null } },
    ]);
    expect((await call(world.host, 'GET', '/api/peers')).statusCode).toBe(403);

    // the peer's token reads the TAXII routes
    const taxii = (bearer: string) =>
      app.inject({
        method: 'GET',
        url: '/taxii2/',
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/taxii+json;version=2.1' },
      });
    expect((await taxii(token)).statusCode).toBe(200);

    // a failed pull is recorded by the pull; every user sees the peers' status, only an administrator where it
    // pulls from and why it failed (the error names the URL), never a token
    const failing: typeof fetch = () => Promise.reject(new Error('connection refused'));
    await expect(syncPeer(getDb(), world.host, 'usa', { fetchFn: failing })).rejects.toThrow();
    for (const user of [world.host, world.partner, world.auditor]) {
      const status = await call(user, 'GET', '/api/federation/sync');
      expect(status.statusCode).toBe(200);
      expect(status.json().peers).toMatchObject([
        { name: 'us-dea', pulls: false, triedAt: null, outcome: null, detail: null },
        { name: 'usa', pulls: true, syncedAt: null, outcome: 'failed', objects: 0, detail: null },
      ]);
      expect(status.body).not.toContain('127.0.0.1');
      expect(status.body).not.toContain('refused');
      expect(status.body).not.toContain('ct_pull_secret');
    }
    const seenByAdmin = await call(world.admin, 'GET', '/api/federation/sync');
    expect(seenByAdmin.json().peers).toMatchObject([
      { name: 'us-dea', detail: null },
      {
        name: 'usa',
        outcome: 'failed',
        detail: { url: 'http://127.0.0.1:9/taxii2/', error: expect.stringContaining('connection refused') },
      },
    ]);
    expect(seenByAdmin.body).not.toContain('ct_pull_secret');
    expect((await call(world.admin, 'GET', '/api/peers')).json().peers[1].sync).toMatchObject({
      error: expect.stringContaining('connection refused'),
    });
    // the application role reads neither the table nor, without an administrator's identity, the detail
    await expect(getDb().asUser(world.host, (tx) => tx.query('select * from sync_status'))).rejects.toThrow();
    const raw = await getDb().asUser(world.host, (tx) =>
      tx.query<{ url: string | null; error: string | null }>('select url, error from peer_sync_status'),
    );
    expect(raw.rows).toEqual([
      { url: null, error: null },
      { url: null, error: null },
    ]);

    const revoked = await call(world.admin, 'DELETE', '/api/peers/us-dea');
    expect(revoked.statusCode).toBe(200);
    expect((await taxii(token)).statusCode).toBe(401);
    expect((await call(world.admin, 'DELETE', '/api/peers/us-dea')).statusCode).toBe(404);
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ action: string }>(
        "select action from audit_log where subject_table = 'peers' order by at, action",
      ),
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'create', 'remove']);
  });

  it('the receiving agency narrows its own copy, never wider; a newer version is held no wider', async () => {
    const { dea, hsi } = await getDb().asOwner(async (tx) => {
      await makeNation(tx, 'USA');
      return {
        dea: await makeUser(tx, await makeAgency(tx, 'USA', 'US-DEA'), ['analyst'], 'us-analyst'),
        hsi: await makeUser(tx, await makeAgency(tx, 'USA', 'US-HSI'), ['analyst'], 'hsi-analyst'),
      };
    });
    await importStix(getDb(), dea, bundle('2026-03-01T00:00:00.000Z'));
    const groups = (await call(hsi, 'GET', '/api/federation/received')).json().groups;
    expect(groups).toMatchObject([
      { ownerAgency: 'MX-ANAM', ownerNation: 'MEX', source: null, peer: null, type: 'report', objects: 1 },
    ]);
    const { rows } = await getDb().asOwner((tx) => tx.query<{ id: string }>('select id from reports'));
    const recordId = rows[0]!.id;
    const seen = await call(dea, 'GET', `/api/federation/received/${recordId}`);
    expect(seen.json()).toMatchObject({
      stixId: REPORT_ID,
      receivedBy: 'US-DEA',
      mayNarrow: true,
      narrowed: null,
    });
    expect((await call(hsi, 'GET', `/api/federation/received/${REPORT_ID}`)).json().mayNarrow).toBe(false);

    const narrow = (who: Actor, marking: Record<string, unknown>) =>
      call(who, 'PUT', `/api/federation/received/${recordId}/marking`, marking);
    const red = {
      tlp: 'red',
      releasableTo: ['USA'],
      recipients: ['US-DEA'],
      justification: 'source protection',
    };
    expect((await narrow(hsi, red)).statusCode).toBe(403);
    expect(
      (await narrow(dea, { tlp: 'clear', releasableTo: ['MEX', 'USA'], recipients: [] })).json().error.code,
    ).toBe('MARKING_WIDENING_FORBIDDEN');
    expect((await narrow(dea, { tlp: 'red', releasableTo: ['USA'], recipients: [] })).statusCode).toBe(400);
    const done = await narrow(dea, red);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      marking: { ownerAgency: 'MX-ANAM', tlp: 'red', releasableTo: ['MEX', 'USA'], recipients: ['US-DEA'] },
      narrowed: { tlp: 'red' },
    });
    expect((await call(hsi, 'GET', `/api/reports/${recordId}`)).statusCode).toBe(404);
    expect((await call(dea, 'GET', `/api/reports/${recordId}`)).json().marking).toMatchObject({ tlp: 'red' });

    // a newer version sent green again is held no wider than the receiver narrowed it
    const summary = await importStix(getDb(), dea, bundle('2026-04-01T00:00:00.000Z'));
    expect(summary.updated).toBe(1);
    const after = await getDb().asOwner((tx) =>
      tx.query<{ tlp: string; recipients: string[] }>(
        'select r.tlp, r.recipients from reports r union all select s.tlp, s.recipients from stix_objects s',
      ),
    );
    expect(after.rows).toEqual([
      { tlp: 'red', recipients: ['US-DEA'] },
      { tlp: 'red', recipients: ['US-DEA'] },
    ]);
    await sequenceAudit(getDb());
    const audit = await getDb().asOwner((tx) =>
      tx.query<{ detail: { justification?: string } }>(
        "select detail from audit_log where action = 'narrow_received'",
      ),
    );
    expect(audit.rows).toMatchObject([{ detail: { justification: 'source protection' } }]);
  });
});

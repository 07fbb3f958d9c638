/**
 * The TAXII inbox (POST objects, GET status): conformance of media types, sizes and answers; a push received
 * exactly as a sync would pull it (owners created in their nation, markings kept, forged or foreign owners and
 * objects released to no one here refused as failures while the rest lands); idempotent; the status read back by
 * the pushing account only; every push audited. Both engines; the last test runs two instances.
 */
import { afterEach, expect, it } from 'vitest';
import { buildApp } from '../app/http-app.ts';
import { sequenceAudit } from '../audit/sequencer.ts';
import type { App } from '../http/types.ts';
import { canSee, TLP_LEVELS, type Marking } from '../shared/marking.ts';
import type { Database } from '../store/database.ts';
import { describeEachEngine, freshDatabase } from '../testing/db.ts';
import { twoNationInstance } from '../testing/two-nations.ts';
import { makeReport, makeSession } from '../testing/factories.ts';
import { agencyToIdentity } from './map-identity.ts';
import { reportToStix } from './map-report.ts';
import { markingRefs } from './markings.ts';
import { addPeer } from './peers.ts';
import { syncFrom } from './sync.ts';
import type { StixObject } from './stix.ts';
import { COLLECTION_ID, INBOX_ID, MAX_CONTENT_LENGTH, TAXII_MEDIA_TYPE, type Status } from './taxii.ts';

const ROOT = '/taxii2/api/';
const INBOX = `${ROOT}collections/${INBOX_ID}/objects/`;

const cleanup: (() => Promise<void>)[] = [];
/** A second USA agency is known (a second peer, `cbp`). */
const instance = (db: Database, nation: 'MEX' | 'USA') => twoNationInstance(db, nation, ['US-CBP']);
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function appOver(db: Database): Promise<App> {
  const app = await buildApp({ db, webRoot: '/nonexistent' });
  cleanup.push(() => app.close());
  return app;
}

const agency = (code: string, nation: string) => ({ code, nation, nameEn: code, nameEs: code });

/** A report as another instance exports it, with the marking definitions it names. */
function report(key: number, title: string, marking: Marking): StixObject[] {
  const id = `00000000-0000-4000-8000-${String(key).padStart(12, '0')}`;
  const createdAt = '2026-05-01T10:00:00.000Z';
  return [
    ...markingRefs(marking).definitions,
    reportToStix({ id, title, body: `${title} body`, marking, createdAt }),
  ];
}

const both = ['MEX', 'USA'];

describeEachEngine('TAXII 2.1 inbox: add objects and status', (getDb, engine) => {
  async function setUp() {
    const db = getDb();
    const host = await instance(db, 'MEX');
    const peer = await addPeer(db, host.admin, { name: 'usa', agency: 'US-DEA' });
    const other = await addPeer(db, host.admin, { name: 'cbp', agency: 'US-CBP' });
    const app = await appOver(db);
    const as = (token: string) => ({ authorization: `Bearer ${token}`, accept: TAXII_MEDIA_TYPE });
    const post = (body: unknown, headers: Record<string, string> = {}, url = INBOX, token = peer.token!) =>
      app.inject({
        method: 'POST',
        url,
        headers: { ...as(token), 'content-type': TAXII_MEDIA_TYPE, ...headers },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const get = (url: string, token = peer.token!) => app.inject({ method: 'GET', url, headers: as(token) });
    return { db, host, peer, other, app, post, get, as };
  }

  it('lists the inbox to peers only, advertises max_content_length, and answers 415, 413, 406, 403 and 404', async () => {
    const { db, host, other, post, get } = await setUp();
    const root = await get(ROOT);
    expect(root.json().max_content_length).toBe(MAX_CONTENT_LENGTH);
    const ids = (r: Awaited<ReturnType<typeof get>>) => r.json().collections.map((c: { id: string }) => c.id);
    expect(ids(await get(`${ROOT}collections/`))).toEqual([COLLECTION_ID, INBOX_ID]);
    const inbox = (await get(`${ROOT}collections/${INBOX_ID}/`)).json();
    expect(inbox).toMatchObject({ can_read: false, can_write: true });
    const user = await makeSession(db, host.analyst);
    expect(ids(await get(`${ROOT}collections/`, user))).toEqual([COLLECTION_ID]);
    expect((await get(`${ROOT}collections/${INBOX_ID}/`, user)).statusCode).toBe(404);

    const empty = { objects: [] };
    expect((await post(empty)).statusCode).toBe(202);
    for (const type of ['application/json', 'application/taxii+json;version=2.0', 'text/plain']) {
      const refused = await post(empty, { 'content-type': type });
      expect(refused.statusCode, type).toBe(415);
      expect(refused.json()).toMatchObject({ error_code: 'UNSUPPORTED_MEDIA_TYPE', http_status: '415' });
    }
    expect((await post(empty, { 'content-type': 'application/taxii+json' })).statusCode).toBe(202);
    expect((await post(empty, { accept: 'application/json' })).statusCode).toBe(406);
    expect((await post(empty, { authorization: '' })).statusCode).toBe(401);
    const huge = JSON.stringify({ objects: ['x'.repeat(MAX_CONTENT_LENGTH)] });
    const tooLarge = await post(huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ error_code: 'PAYLOAD_TOO_LARGE' });
    expect((await post('{"objects": [')).json()).toMatchObject({ http_status: '400' });
    expect((await post({ more: false })).json()).toMatchObject({ http_status: '400' });

    // the collection everyone reads is not writable; the inbox is not readable; no one else sees the inbox
    const readOnly = await post(empty, {}, `${ROOT}collections/${COLLECTION_ID}/objects/`);
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.headers['content-type']).toBe(TAXII_MEDIA_TYPE);
    expect(readOnly.json()).toMatchObject({ error_code: 'FORBIDDEN', http_status: '403' });
    expect((await get(INBOX)).statusCode).toBe(403);
    expect((await get(`${ROOT}collections/${INBOX_ID}/manifest/`)).statusCode).toBe(403);
    expect((await post(empty, {}, INBOX, user)).statusCode).toBe(404);
    expect((await post(empty, {}, `${ROOT}collections/nope/objects/`)).statusCode).toBe(404);
    expect((await post(empty, {}, INBOX, other.token!)).statusCode).toBe(202);
  });

  it('receives a push as a sync would: 202 and a complete status, failures named, idempotent, read back by its pusher only', async () => {
    const { db, host, other, post, get, app } = await setUp();
    const green = { tlp: 'green' as const, releasableTo: both, recipients: [] };
    const nameless = { ...report(6, 'no name', { ownerAgency: 'US-DEA', ...green }).at(-1)!, name: '' };
    const objects = [
      agencyToIdentity(agency('US-DEA', 'USA'), { nation: 'MEX' }),
      agencyToIdentity(agency('US-ICE', 'USA'), { nation: 'MEX' }), // unknown here: created, in the USA
      agencyToIdentity(agency('MX-ANAM', 'MEX'), { nation: 'USA' }),
      ...report(1, 'dea green', { ownerAgency: 'US-DEA', ...green }),
      ...report(2, 'ice amber', { ownerAgency: 'US-ICE', tlp: 'amber', releasableTo: both, recipients: [] }),
      ...report(3, 'claims anam', { ownerAgency: 'MX-ANAM', ...green }),
      ...report(4, 'usa only', {
        ownerAgency: 'US-DEA',
        tlp: 'green',
        releasableTo: ['USA'],
        recipients: [],
      }),
      ...report(5, 'red to cni', {
        ownerAgency: 'US-DEA',
        tlp: 'red',
        releasableTo: both,
        recipients: ['MX-CNI'],
      }),
      { type: 'report', id: 'report--not-a-uuid', name: 'bad id' },
      nameless,
    ];
    const response = await post({ objects });
    expect(response.statusCode, response.body).toBe(202);
    expect(response.headers['content-type']).toBe(TAXII_MEDIA_TYPE);
    const status = response.json<Status>();
    expect(Object.keys(status).sort()).toEqual(
      [
        'id',
        'status',
        'request_timestamp',
        'total_count',
        'success_count',
        'successes',
        'failure_count',
        'failures',
        'pending_count',
      ].sort(),
    );
    expect(status).toMatchObject({ status: 'complete', total_count: objects.length, pending_count: 0 });
    expect(status.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(status.request_timestamp).toISOString()).toBe(status.request_timestamp);
    expect(status.success_count + status.failure_count).toBe(objects.length);
    expect(status.successes).toHaveLength(status.success_count);
    const failures = new Map(status.failures!.map((f) => [f.id, f]));
    const idOf = (title: string) => objects.find((o) => o.name === title)!.id;
    expect(failures.get(idOf('claims anam'))!.message).toMatch(/^other_nation: .*USA/);
    expect(failures.get(idOf('usa only'))!.message).toMatch(/^not_released_to_you/);
    expect(failures.get(idOf('red to cni'))!.message).toMatch(/^not_released_to_you/); // no account of MX-CNI
    expect(failures.get('report--not-a-uuid')!.message).toMatch(/^id: /);
    expect(failures.get(nameless.id)!.message).toMatch(/^name: /);
    expect(failures.get(idOf('claims anam'))!.version).toBe('2026-05-01T10:00:00.000Z');
    expect(status.failure_count).toBe(5);
    expect(status.successes!.map((s) => s.id)).toContain(idOf('dea green'));

    // what landed: owners kept (US-ICE created in the USA), markings kept; the MEX analyst reads both
    const held = await db.asOwner(async (tx) => {
      const reports = await tx.query<{ title: string; owner_agency: string; tlp: string }>(
        'select title, owner_agency, tlp from reports order by title',
      );
      const ice = await tx.query<{ nation: string }>("select nation from agencies where code = 'US-ICE'");
      const received = await tx.query<{ n: number }>('select count(*)::int as n from stix_objects');
      return { reports: reports.rows, iceNation: ice.rows[0]?.nation, received: received.rows[0]!.n };
    });
    expect(held.reports).toEqual([
      { title: 'dea green', owner_agency: 'US-DEA', tlp: 'green' },
      { title: 'ice amber', owner_agency: 'US-ICE', tlp: 'amber' },
    ]);
    expect(held.iceNation).toBe('USA');
    const seen = await db.asUser(host.analyst, (tx) =>
      tx.query<{ title: string }>('select title from reports order by title'),
    );
    expect(seen.rows.map((r) => r.title)).toEqual(['dea green', 'ice amber']);
    // the received view says which peer pushed it, to every user; where from (the account) to administrators
    const received = async (user: typeof host.analyst) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/federation/received',
          headers: { authorization: `Bearer ${await makeSession(db, user)}` },
        })
      )
        .json<{ groups: { type: string; via: string; peer: string | null; source: string | null }[] }>()
        .groups.filter((g) => g.type === 'report');
    const analystSees = await received(host.analyst);
    expect(analystSees.length).toBeGreaterThan(0);
    expect(analystSees.every((g) => g.via === 'push' && g.peer === 'usa' && g.source === null)).toBe(true);
    const adminSees = await received(host.admin);
    expect(adminSees.every((g) => /^push:[0-9a-f-]{36}$/.test(g.source ?? ''))).toBe(true);

    // the same push again: the same answer per object, nothing changes
    const again = (await post({ objects })).json<Status>();
    expect(again.id).not.toBe(status.id);
    expect(again.successes).toEqual(status.successes);
    // (an object without a version of its own is versioned by its arrival)
    const unversioned = (f: NonNullable<Status['failures']>[number]) => ({ id: f.id, message: f.message });
    expect(again.failures!.map(unversioned)).toEqual(status.failures!.map(unversioned));
    const after = await db.asOwner(async (tx) => {
      const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from stix_objects');
      return rows[0]!.n;
    });
    expect(after).toBe(held.received);

    // the status, read back by the account that pushed it; 404 to another peer, a user, an unknown id
    const read = await get(`${ROOT}status/${status.id}/`);
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toBe(TAXII_MEDIA_TYPE);
    expect(read.json()).toEqual(status);
    expect((await get(`${ROOT}status/${status.id}/`, other.token!)).statusCode).toBe(404);
    const user = await makeSession(db, host.analyst);
    const foreign = await get(`${ROOT}status/${status.id}/`, user);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ error_code: 'NOT_FOUND', http_status: '404' });
    expect((await get(`${ROOT}status/00000000-0000-4000-8000-00000000dead/`)).statusCode).toBe(404);
    expect((await get(`${ROOT}status/nope/`)).statusCode).toBe(404);

    // each push audited: who, how many, the status id
    await sequenceAudit(db);
    const entries = await db.asOwner(async (tx) => {
      const { rows } = await tx.query<{ actor_user: string; detail: Record<string, unknown> }>(
        "select actor_user, detail from audit_log where action = 'import' and subject_table = 'taxii_statuses' order by seq",
      );
      return rows;
    });
    expect(entries.map((e) => e.detail.status)).toEqual([status.id, again.id]);
    expect(entries[0]).toMatchObject({
      detail: { objects: objects.length, successes: status.success_count, failures: 5, imported: 2 },
    });
    expect(entries[1]!.detail).toMatchObject({ imported: 0, updated: 0 });
    const peerUser = await db.asOwner(async (tx) => {
      const { rows } = await tx.query<{ id: string }>("select id from users where username = 'peer-usa'");
      return rows[0]!.id;
    });
    expect(entries.every((e) => e.actor_user === peerUser)).toBe(true);
    // the host's own auditors read the push entries: amber to the peer's nation and to MEX, whose accounts are here
    const marks = await db.asOwner(async (tx) => {
      const { rows } = await tx.query<{ tlp: string; releasable_to: string[] }>(
        "select tlp, releasable_to from audit_log where action = 'import' and subject_table = 'taxii_statuses'",
      );
      return rows;
    });
    expect(marks).toEqual([
      { tlp: 'amber', releasable_to: ['MEX', 'USA'] },
      { tlp: 'amber', releasable_to: ['MEX', 'USA'] },
    ]);
  });

  it('a push holds exactly what a sync from the same peer then finds held: nothing new, nothing narrowed', async () => {
    const mex = getDb();
    const usa = await freshDatabase(engine);
    cleanup.push(() => usa.close());
    const host = await instance(mex, 'MEX');
    const partner = await instance(usa, 'USA');
    // the partner's records, with every TLP and some releasable to the USA only
    const sent: { title: string; marking: Marking }[] = [];
    TLP_LEVELS.forEach((tlp, i) =>
      [both, ['USA']].forEach((releasableTo, j) => {
        const recipients = tlp === 'red' || tlp === 'amber+strict' ? ['MX-ANAM'] : [];
        sent.push({ title: `r${i}${j}`, marking: { ownerAgency: 'US-DEA', tlp, releasableTo, recipients } });
      }),
    );
    for (const s of sent) await makeReport(usa, partner.analyst, s.marking, s.title);
    const mexAtUsa = await addPeer(usa, partner.admin, { name: 'mex', agency: 'MX-ANAM' });
    const usaAtMex = await addPeer(mex, host.admin, { name: 'usa', agency: 'US-DEA' });
    const usaApp = await appOver(usa);
    const url = await usaApp.listen({ port: 0, host: '127.0.0.1' });

    // the partner pushes what it releases to MX-ANAM: its collection as MX-ANAM's account reads it
    const pulled = await usaApp.inject({
      method: 'GET',
      url: `${ROOT}collections/${COLLECTION_ID}/objects/`,
      headers: { authorization: `Bearer ${mexAtUsa.token}`, accept: TAXII_MEDIA_TYPE },
    });
    const objects = pulled.json<{ objects: StixObject[] }>().objects;
    const mexApp = await appOver(mex);
    const pushed = await mexApp.inject({
      method: 'POST',
      url: INBOX,
      headers: {
        authorization: `Bearer ${usaAtMex.token}`,
        accept: TAXII_MEDIA_TYPE,
        'content-type': TAXII_MEDIA_TYPE,
      },
      payload: JSON.stringify({ objects }),
    });
    expect(pushed.statusCode, pushed.body).toBe(202);
    expect(pushed.json<Status>()).toMatchObject({ failure_count: 0, success_count: objects.length });
    const anam = { agency: 'MX-ANAM', nation: 'MEX' };
    const titles = await mex.asOwner(async (tx) => {
      const { rows } = await tx.query<{ title: string }>('select title from reports order by title');
      return rows.map((r) => r.title);
    });
    expect(titles).toEqual(sent.filter((s) => canSee(anam, s.marking)).map((s) => s.title));

    // then the receiving analyst syncs from the same peer: everything is held already, as it would have stored it
    const synced = await syncFrom(mex, host.analyst, { url: `${url}/taxii2/`, token: mexAtUsa.token! });
    expect(synced[0]!.import).toMatchObject({ imported: 0, updated: 0, narrowed: 0, skipped: 0 });
  });
});

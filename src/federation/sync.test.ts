/**
 * Two instances on loopback, each with its own database (two PGlite instances, or two PostgreSQL databases made
 * and dropped for the test): the host (MEX) releases records with random markings, the partner (USA) syncs over
 * HTTP and holds exactly what is releasable to its agency, owners and markings intact; a record the host narrows
 * is gone at the partner after the next sync, and one narrowed but still visible to it is narrowed there by the
 * next incremental sync (a marking change the partner may not see moves nothing it reads); a partner record
 * released to MEX travels back.
 */
import { afterEach, expect, it } from 'vitest';
import { sequenceAudit } from '../audit/sequencer.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { canSee, TLP_LEVELS, type Marking, type Tlp } from '../shared/marking.ts';
import type { Database } from '../store/database.ts';
import { describeEachEngine, freshDatabase } from '../testing/db.ts';
import { twoNationInstance } from '../testing/two-nations.ts';
import { makeReport, makeUser } from '../testing/factories.ts';
import { callsAs } from '../testing/inject.ts';
import { importStix } from './import.ts';
import { exportBundle } from './export.ts';
import { addPeer } from './peers.ts';
import { syncFrom, syncPeer, syncPeers } from './sync.ts';
import { COLLECTION_ID, TAXII_MEDIA_TYPE } from './taxii.ts';

const cleanup: (() => Promise<void>)[] = [];

async function serve(db: Database): Promise<string> {
  const app: App = await buildApp({ db, webRoot: '/nonexistent' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  cleanup.push(() => app.close());
  return `${url}/taxii2/`;
}

type Row = {
  title: string;
  owner_agency: string;
  tlp: string;
  releasable_to: string[];
  recipients: string[];
};
const reportsOf = async (db: Database) =>
  db.asOwner(async (tx) => {
    const { rows } = await tx.query<Row>(
      'select title, owner_agency, tlp, releasable_to, recipients from reports order by title',
    );
    return rows.map((r) => ({
      ...r,
      releasable_to: [...r.releasable_to].sort(),
      recipients: [...r.recipients].sort(),
    }));
  });

/** How the pulls went, as the schema owner reads them (the whole row, URL and error included). */
const statusOf = async (db: Database) =>
  db.asOwner(async (tx) => {
    const { rows } = await tx.query<{
      target: string;
      peer: string | null;
      outcome: string;
      collections: number;
      objects: number;
      withdrawn: number;
      synced: boolean;
      error: string | null;
    }>(
      `select target, peer, outcome, collections, objects, withdrawn, synced_at is not null as synced, error
         from sync_status order by target`,
    );
    return rows;
  });

const green = { tlp: 'green' as const, releasableTo: ['MEX', 'USA'], recipients: [] as string[] };

/** The manifest of the host's collection as a peer reads it (ids, date_added, versions). */
async function manifestOf(url: string, token: string): Promise<unknown> {
  const response = await fetch(`${url}api/collections/${COLLECTION_ID}/manifest/`, {
    headers: { authorization: `Bearer ${token}`, accept: TAXII_MEDIA_TYPE },
  });
  expect(response.status).toBe(200);
  return response.json();
}

/** A small deterministic generator (the same markings on every run and engine). */
function* markings(seed: number): Generator<Omit<Marking, 'ownerAgency'>> {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  for (;;) {
    const tlp: Tlp = TLP_LEVELS[next(TLP_LEVELS.length)]!;
    const releasableTo = ['MEX', ...(next(3) > 0 ? ['USA'] : [])];
    const recipients = [['US-DEA'], ['MX-CNI'], [], []][next(4)]!;
    yield { tlp, releasableTo, recipients };
  }
}

describeEachEngine('federation over TAXII 2.1: two instances on loopback', (getDb, engine) => {
  // registered after the suite's own: runs first (servers stop before their databases close)
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('the partner holds exactly what the host releases to it; a narrowed record goes at the next sync; and back', async () => {
    const mex = getDb();
    const usa = await freshDatabase(engine);
    cleanup.push(() => usa.close());
    const host = await twoNationInstance(mex, 'MEX');
    const partner = await twoNationInstance(usa, 'USA');

    // the host releases records with random markings; the partner reads as US-DEA
    const sent: { title: string; marking: Marking }[] = [];
    const generator = markings(7);
    for (let i = 0; i < 12; i++) {
      const marking = { ownerAgency: 'MX-ANAM', ...generator.next().value! };
      const title = `report ${String(i).padStart(2, '0')}`;
      await makeReport(mex, host.analyst, marking, title);
      sent.push({ title, marking });
    }
    const usaPeer = await addPeer(mex, host.admin, { name: 'usa', agency: 'US-DEA' });
    const mexUrl = await serve(mex);

    const first = await syncFrom(usa, partner.analyst, { url: mexUrl, token: usaPeer.token!, pageSize: 5 });
    expect(first).toHaveLength(1);
    // the pull recorded how it went itself, with what it received (a source no peer names: peer null)
    expect(await statusOf(usa)).toEqual([
      {
        target: mexUrl,
        peer: null,
        outcome: 'ok',
        collections: 1,
        objects: first[0]!.pulled,
        withdrawn: 0,
        synced: true,
        error: null,
      },
    ]);
    expect(first[0]!.pulled).toBeGreaterThan(0);
    const dea = { agency: 'US-DEA', nation: 'USA' };
    const expected = (list: typeof sent) =>
      list
        .filter((s) => canSee(dea, s.marking))
        .map((s) => ({
          title: s.title,
          owner_agency: 'MX-ANAM',
          tlp: s.marking.tlp,
          releasable_to: [...s.marking.releasableTo].sort(),
          recipients: s.marking.recipients.filter((r) => r === 'US-DEA'), // MX-CNI is unknown there
        }));
    expect(expected(sent).length).toBeGreaterThan(2);
    expect(expected(sent).length).toBeLessThan(sent.length);
    expect(await reportsOf(usa)).toEqual(expected(sent));

    // nothing new: the next sync pulls nothing and changes nothing
    const again = await syncFrom(usa, partner.analyst, { url: mexUrl, token: usaPeer.token! });
    expect(again[0]!.import.imported).toBe(0);
    expect(await reportsOf(usa)).toEqual(expected(sent));

    // the host narrows one released record to MEX only: gone at the partner after the next sync
    const narrowed = expected(sent)[0]!.title;
    await mex.asUser(host.analyst, (tx) =>
      tx.query("update reports set releasable_to = '{MEX}', recipients = '{}' where title = $1", [narrowed]),
    );
    const third = await syncFrom(usa, partner.analyst, { url: mexUrl, token: usaPeer.token! });
    expect(third[0]!.withdrawn).toBe(1);
    expect(await statusOf(usa)).toMatchObject([{ outcome: 'ok', objects: third[0]!.pulled, withdrawn: 1 }]);
    const remaining = sent.map((s) =>
      s.title === narrowed ? { ...s, marking: { ...s.marking, releasableTo: ['MEX'], recipients: [] } } : s,
    );
    expect(await reportsOf(usa)).toEqual(expected(remaining));

    // a narrowing that still leaves it to US-DEA (green -> red, US-DEA named) is applied by an incremental sync
    await makeReport(mex, host.analyst, green, 'released green');
    await syncFrom(usa, partner.analyst, { url: mexUrl, token: usaPeer.token! });
    expect((await reportsOf(usa)).find((r) => r.title === 'released green')).toMatchObject({ tlp: 'green' });
    await mex.asUser(host.analyst, (tx) =>
      tx.query("update reports set tlp = 'red', recipients = '{US-DEA}' where title = 'released green'"),
    );
    const incremental = await syncFrom(usa, partner.analyst, { url: mexUrl, token: usaPeer.token! });
    expect(incremental[0]!.import.narrowed).toBe(1);
    expect((await reportsOf(usa)).find((r) => r.title === 'released green')).toEqual({
      title: 'released green',
      owner_agency: 'MX-ANAM',
      tlp: 'red',
      releasable_to: ['MEX', 'USA'],
      recipients: ['US-DEA'],
    });
    const current = [
      ...remaining,
      {
        title: 'released green',
        marking: { ...green, ownerAgency: 'MX-ANAM', tlp: 'red' as const, recipients: ['US-DEA'] },
      },
    ].sort((a, b) => (a.title < b.title ? -1 : 1));
    expect(await reportsOf(usa)).toEqual(expected(current));

    // a marking change of a record US-DEA may not see moves nothing in its collection (noninterference)
    const hidden = current.find((s) => !canSee(dea, s.marking))!;
    const manifestBefore = await manifestOf(mexUrl, usaPeer.token!);
    await mex.asUser(host.analyst, (tx) =>
      tx.query("update reports set tlp = 'red', recipients = '{MX-CNI}' where title = $1", [hidden.title]),
    );
    expect(await manifestOf(mexUrl, usaPeer.token!)).toEqual(manifestBefore);
    const quiet = await syncFrom(usa, partner.analyst, { url: mexUrl, token: usaPeer.token! });
    expect(quiet[0]).toMatchObject({ import: { imported: 0, updated: 0, narrowed: 0 }, withdrawn: 0 });
    expect(await reportsOf(usa)).toEqual(expected(current));

    // a partner record released to MEX travels back; what MEX sent does not (its original is at home)
    await makeReport(
      usa,
      partner.analyst,
      { tlp: 'green', releasableTo: ['MEX'], recipients: [] },
      'from usa',
    );
    const mexPeer = await addPeer(usa, partner.admin, { name: 'mex', agency: 'MX-ANAM' });
    const usaUrl = await serve(usa);
    await syncFrom(mex, host.analyst, { url: usaUrl, token: mexPeer.token! });
    const atMex = await reportsOf(mex);
    expect(atMex.filter((r) => r.owner_agency === 'US-DEA')).toEqual([
      {
        title: 'from usa',
        owner_agency: 'US-DEA',
        tlp: 'green',
        releasable_to: ['MEX', 'USA'],
        recipients: [],
      },
    ]);
    expect(atMex).toHaveLength(current.length + 1);
  });

  it('a pull records its own status, partial failures included; only an administrator reads where and why', async () => {
    const mex = getDb();
    const usa = await freshDatabase(engine);
    cleanup.push(() => usa.close());
    const host = await twoNationInstance(mex, 'MEX');
    const partner = await twoNationInstance(usa, 'USA');
    for (const title of ['one', 'two']) await makeReport(mex, host.analyst, green, title);
    const usaPeer = await addPeer(mex, host.admin, { name: 'usa', agency: 'US-DEA' });
    const mexUrl = await serve(mex);
    await addPeer(usa, partner.admin, { name: 'mex', url: mexUrl, token: usaPeer.token! });

    // the peer lists a second collection that fails: the first is recorded (objects, cursor), then the pull fails
    const broken: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/collections/broken/')) return new Response('down', { status: 502 });
      const response = await fetch(input, init);
      if (!url.endsWith('/collections/')) return response;
      const body = (await response.json()) as { collections: { id: string }[] };
      body.collections.push({ ...body.collections[0]!, id: 'broken' });
      return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
    };
    await expect(syncPeer(usa, partner.analyst, 'mex', { fetchFn: broken })).rejects.toThrow(/HTTP 502/);
    const [partial] = await statusOf(usa);
    expect(partial).toMatchObject({
      peer: 'mex',
      outcome: 'partial',
      collections: 1,
      withdrawn: 0,
      synced: false,
    });
    expect(partial!.objects).toBeGreaterThan(1);
    expect(partial!.error).toContain(`${mexUrl}api/collections/broken/`);
    expect((await reportsOf(usa)).map((r) => r.title)).toEqual(['one', 'two']);

    // over HTTP: the analyst reads the outcome and the counts, never the URL or the error; the admin reads both
    const app: App = await buildApp({ db: usa, webRoot: '/nonexistent' });
    cleanup.push(() => app.close());
    const call = callsAs(
      () => app,
      () => usa,
    );
    const asAnalyst = await call(partner.analyst, 'GET', '/api/federation/sync');
    expect(asAnalyst.json().peers).toEqual([
      {
        name: 'mex',
        agency: null,
        pulls: true,
        triedAt: expect.any(String),
        finishedAt: expect.any(String),
        syncedAt: null,
        outcome: 'partial',
        collections: 1,
        objects: partial!.objects,
        withdrawn: 0,
        detail: null,
      },
    ]);
    expect(asAnalyst.body).not.toContain('127.0.0.1');
    expect(asAnalyst.body).not.toContain('502');
    const asAdmin = await call(partner.admin, 'GET', '/api/federation/sync');
    expect(asAdmin.json().peers[0].detail).toEqual({ url: mexUrl, error: partial!.error });

    // what was received names the peer it came from for everyone, and where that peer listens to administrators
    const received = await call(partner.analyst, 'GET', '/api/federation/received');
    const reports = received.json().groups.find((g: { type: string }) => g.type === 'report');
    expect(reports).toMatchObject({
      ownerAgency: 'MX-ANAM',
      via: 'pull',
      peer: 'mex',
      source: null,
      objects: 2,
    });
    expect(received.body).not.toContain('127.0.0.1');
    const adminGroups = (await call(partner.admin, 'GET', '/api/federation/received')).json().groups;
    expect(adminGroups.every((g: { source: string | null }) => g.source?.startsWith(mexUrl))).toBe(true);
    const [one] = await usa
      .asOwner((tx) =>
        tx.query<{ stix_id: string }>("select stix_id from stix_objects where type = 'report' limit 1"),
      )
      .then((r) => r.rows);
    const copy = await call(partner.analyst, 'GET', `/api/federation/received/${one!.stix_id}`);
    expect(copy.json()).toMatchObject({ peer: 'mex', source: null });
    expect(copy.body).not.toContain('127.0.0.1');

    // every path records: `sync --all` / `serve --sync-every` (syncPeers) succeeds, and a failure before any
    // collection is `failed` with nothing counted
    expect(await syncPeers(usa, partner.analyst)).toMatchObject([{ peer: 'mex', collections: [{}] }]);
    expect(await statusOf(usa)).toMatchObject([{ peer: 'mex', outcome: 'ok', synced: true, error: null }]);
    const refused: typeof fetch = () => Promise.reject(new Error('connection refused'));
    expect(await syncPeers(usa, partner.analyst, { fetchFn: refused })).toMatchObject([
      { peer: 'mex', error: expect.stringContaining('connection refused') },
    ]);
    expect(await statusOf(usa)).toMatchObject([
      { peer: 'mex', outcome: 'failed', collections: 0, objects: 0, synced: true },
    ]);
    // both failures are on the audit record, with where from and why (auditors may read them)
    await sequenceAudit(usa);
    const failures = await usa.asOwner((tx) =>
      tx.query<{ detail: { source: string; collections: number; error: string } }>(
        "select detail from audit_log where action = 'sync_failed' order by seq",
      ),
    );
    expect(failures.rows.map((r) => r.detail)).toMatchObject([
      { source: mexUrl, collections: 1, error: expect.stringContaining('HTTP 502') },
      { source: mexUrl, collections: 0, error: expect.stringContaining('connection refused') },
    ]);
    expect((await call(partner.analyst, 'GET', '/api/federation/sync')).json().peers[0]).toMatchObject({
      outcome: 'failed',
      syncedAt: expect.any(String),
      detail: null,
    });
  });

  it('refuses forged owners: an object claiming an agency with accounts here is not imported', async () => {
    const db = getDb();
    const here = await twoNationInstance(db, 'USA');
    // MEX's own instance holds a report of MX-ANAM; this (USA) instance has a local account of MX-ANAM
    const other = await freshDatabase(engine);
    cleanup.push(() => other.close());
    const away = await twoNationInstance(other, 'MEX');
    await makeReport(other, away.analyst, { tlp: 'green', releasableTo: ['USA'], recipients: [] }, 'claimed');
    const bundle = await exportBundle(other, away.analyst);
    await db.asOwner((tx) => makeUser(tx, 'MX-ANAM', ['analyst'], 'liaison'));
    const summary = await importStix(db, here.analyst, JSON.stringify(bundle));
    expect(summary.imported).toBe(0);
    expect(summary.skipped.map((s) => s.reason)).toContain('local_agency');
  });
});

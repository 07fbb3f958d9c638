import { afterEach, expect, it } from 'vitest';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeTwoNationWorld } from '../testing/factories.ts';
import { exportBundle } from './export.ts';
import { addPeer } from './peers.ts';
import {
  COLLECTION_ID,
  DATE_ADDED_FIRST,
  DATE_ADDED_LAST,
  INBOX_ID,
  STIX_MEDIA_TYPE,
  TAXII_MEDIA_TYPE,
} from './taxii.ts';

const ROOT = '/taxii2/api/';
const OBJECTS = `${ROOT}collections/${COLLECTION_ID}/objects/`;
const MANIFEST = `${ROOT}collections/${COLLECTION_ID}/manifest/`;

interface Page {
  more: boolean;
  next?: string;
  objects?: { id: string; type: string; modified?: string }[];
}

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describeEachEngine('TAXII 2.1 server', (getDb) => {
  async function setUp() {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const shared = { tlp: 'amber' as const, releasableTo: ['MEX', 'USA'], recipients: [] };
    const released = [
      await makeReport(db, world.host, shared, 'released one'),
      await makeReport(db, world.host, shared, 'released two'),
      await makeReport(db, world.host, { ...shared, tlp: 'green' }, 'released three'),
    ];
    const kept = await makeReport(db, world.host, { ...shared, releasableTo: ['MEX'] }, 'kept at home');
    const peer = await addPeer(db, world.admin, { name: 'usa', agency: world.partnerAgency });
    app = await buildApp({ db, webRoot: '/nonexistent' });
    const headers = { authorization: `Bearer ${peer.token}`, accept: TAXII_MEDIA_TYPE };
    const get = (url: string, extra: Record<string, string> = {}) =>
      app!.inject({ method: 'GET', url, headers: { ...headers, ...extra } });
    return { db, world, released, kept, peer, get, headers };
  }

  /** Every page of a listing, following `next`. */
  type Get = (url: string) => Promise<Awaited<ReturnType<App['inject']>>>;
  async function pages(get: Get, url: string) {
    const all: Page[] = [];
    const responses = [];
    let next: string | undefined;
    do {
      const response = await get(`${url}${url.includes('?') ? '&' : '?'}${next ? `next=${next}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      responses.push(response);
      const page = response.json<Page>();
      all.push(page);
      next = page.more ? page.next : undefined;
      if (page.more) expect(page.next).toBeTruthy();
    } while (next);
    return { all, responses, objects: all.flatMap((p) => p.objects ?? []) };
  }

  it('discovery, API root and collections, in the TAXII media type; 406 for any other', async () => {
    const { get } = await setUp();
    const discovery = await get('/taxii2/');
    expect(discovery.statusCode).toBe(200);
    expect(discovery.headers['content-type']).toBe(TAXII_MEDIA_TYPE);
    expect(discovery.json().api_roots[0]).toMatch(/\/taxii2\/api\/$/);
    const root = await get(ROOT);
    expect(root.json()).toMatchObject({ versions: [TAXII_MEDIA_TYPE] });
    const collections = await get(`${ROOT}collections/`);
    // a peer's account is also shown the inbox it pushes to (inbox.test.ts)
    expect(collections.json().collections).toEqual([
      expect.objectContaining({
        id: COLLECTION_ID,
        can_read: true,
        can_write: false,
        media_types: [STIX_MEDIA_TYPE],
      }),
      expect.objectContaining({ id: INBOX_ID, can_read: false, can_write: true }),
    ]);
    expect((await get(`${ROOT}collections/${COLLECTION_ID}/`)).json().id).toBe(COLLECTION_ID);
    expect((await get(`${ROOT}collections/nope/`)).statusCode).toBe(404);
    for (const accept of ['application/json', 'application/taxii+json;version=2.0', '*/*'])
      expect((await get(ROOT, { accept })).statusCode, accept).toBe(406);
    expect((await get(ROOT, { accept: 'application/taxii+json' })).statusCode).toBe(200);
  });

  it('authenticates a peer by bearer token or HTTP Basic; the peer reads the TAXII routes only', async () => {
    const { get, peer, world, headers } = await setUp();
    expect((await get(ROOT, { authorization: '' })).statusCode).toBe(401);
    expect((await get(ROOT, { authorization: 'Bearer ct_wrong' })).statusCode).toBe(401);
    const basic = (user: string) => `Basic ${Buffer.from(`${user}:${peer.token}`).toString('base64')}`;
    expect((await get(ROOT, { authorization: basic(peer.username!) })).statusCode).toBe(200);
    expect((await get(ROOT, { authorization: basic('someone-else') })).statusCode).toBe(401);
    const api = await app!.inject({ method: 'GET', url: '/api/reports', headers });
    expect(api.statusCode).toBe(403);
    // a user reads the TAXII server too, and the peer receives exactly what its agency may see
    const db = getDb();
    const ids = (await pages(get, OBJECTS)).objects.map((o) => o.id).sort();
    const partnerBundle = await exportBundle(db, world.partner);
    expect(ids).toEqual(partnerBundle.objects.map((o) => o.id).sort());
  });

  it('pages ascending by date added with limit and next, with the date-added headers', async () => {
    const { get, released, kept } = await setUp();
    const { all, responses, objects } = await pages(get, `${OBJECTS}?limit=2`);
    expect(all.length).toBeGreaterThan(2);
    for (const page of all) expect((page.objects ?? []).length).toBeLessThanOrEqual(2);
    const ids = objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const reports = objects.filter((o) => o.type === 'report');
    expect(reports).toHaveLength(released.length);
    expect(JSON.stringify(objects)).not.toContain(kept);
    expect(JSON.stringify(objects)).not.toContain('kept at home');
    let previous = '';
    for (const response of responses) {
      const first = String(response.headers[DATE_ADDED_FIRST.toLowerCase()]);
      const last = String(response.headers[DATE_ADDED_LAST.toLowerCase()]);
      expect(first <= last).toBe(true);
      expect(previous <= first).toBe(true);
      previous = last;
    }
    // the manifest lists the same objects in the same order, with versions
    const manifest = await pages(get, `${MANIFEST}?limit=3`);
    expect(manifest.objects.map((o) => o.id)).toEqual(ids);
    const records = manifest.all.flatMap(
      (p) => (p.objects ?? []) as unknown as { date_added: string; version: string; media_type: string }[],
    );
    for (const r of records) {
      expect(r.media_type).toBe(STIX_MEDIA_TYPE);
      expect(Date.parse(r.date_added)).not.toBeNaN();
      expect(Date.parse(r.version)).not.toBeNaN();
    }
    // a bad next or limit is a 400, never a 500
    expect((await get(`${OBJECTS}?limit=0`)).statusCode).toBe(400);
    expect((await get(`${OBJECTS}?next=%%%`)).statusCode).toBe(400);
    expect((await get(`${OBJECTS}?added_after=yesterday`)).statusCode).toBe(400);
  });

  it('filters by added_after, match[type], match[id], match[version]; one object and its versions', async () => {
    const { db, world, get } = await setUp();
    const everything = await get(OBJECTS);
    const last = String(everything.headers[DATE_ADDED_LAST.toLowerCase()]);
    expect((await get(`${OBJECTS}?added_after=${last}`)).json<Page>().objects ?? []).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await makeReport(db, world.host, { tlp: 'green', releasableTo: ['USA'], recipients: [] }, 'newer');
    const newer = (await get(`${OBJECTS}?added_after=${last}`)).json<Page>().objects!;
    const newReports = newer.filter((o) => o.type === 'report');
    expect(newReports).toHaveLength(1);
    // the window holds what the new object names: its owner's identity and its marking definitions
    const types = new Set(newer.map((o) => o.type));
    expect(types).toContain('identity');
    expect(types).toContain('marking-definition');

    const reports = (await get(`${OBJECTS}?match[type]=report`)).json<Page>().objects!;
    expect(new Set(reports.map((o) => o.type))).toEqual(new Set(['report']));
    expect(reports).toHaveLength(4);
    const one = reports[0]!;
    const byId = (await get(`${OBJECTS}?match[id]=${one.id}`)).json<Page>().objects!;
    expect(byId.map((o) => o.id)).toEqual([one.id]);
    expect(
      (await get(`${OBJECTS}?match[id]=${one.id}&match[version]=${one.modified}`)).json<Page>().objects,
    ).toHaveLength(1);
    expect(
      (await get(`${OBJECTS}?match[id]=${one.id}&match[version]=2001-01-01T00:00:00.000Z`)).json<Page>()
        .objects ?? [],
    ).toEqual([]);
    expect(
      (await get(`${OBJECTS}?match[spec_version]=2.1&match[type]=report`)).json<Page>().objects,
    ).toHaveLength(4);
    const single = await get(`${OBJECTS}${one.id}/`);
    expect(single.json<Page>().objects!.map((o) => o.id)).toEqual([one.id]);
    const versions = await get(`${OBJECTS}${one.id}/versions/`);
    expect(versions.json()).toEqual({ more: false, versions: [one.modified] });
    expect((await get(`${OBJECTS}report--00000000-0000-5000-8000-000000000000/`)).statusCode).toBe(404);
  });

  it('answers every error under /taxii2/ with a TAXII error message in the TAXII media type', async () => {
    const { get } = await setUp();
    const cases: [string, Record<string, string>, number, string][] = [
      [ROOT, { authorization: '' }, 401, 'UNAUTHENTICATED'],
      [ROOT, { authorization: 'Bearer ct_wrong' }, 401, 'UNAUTHENTICATED'],
      [ROOT, { accept: 'application/json' }, 406, 'NOT_ACCEPTABLE'],
      [`${ROOT}collections/nope/`, {}, 404, 'NOT_FOUND'],
      [`${OBJECTS}report--00000000-0000-5000-8000-000000000000/`, {}, 404, 'NOT_FOUND'],
      ['/taxii2/api/nothing-here/', {}, 404, 'ROUTE_NOT_FOUND'],
      [`${OBJECTS}?limit=0`, {}, 400, 'VALIDATION_FAILED'],
      [`${OBJECTS}?next=bm90aGluZw`, {}, 400, 'VALIDATION_FAILED'],
    ];
    for (const [url, headers, status, code] of cases) {
      const response = await get(url, headers);
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type'], url).toBe(TAXII_MEDIA_TYPE);
      const body = response.json<Record<string, unknown>>();
      expect(body, url).toMatchObject({ http_status: String(status), error_code: code });
      expect(typeof body.title, url).toBe('string');
      expect(typeof body.description, url).toBe('string');
      expect(typeof body.error_id, url).toBe('string');
      expect(body, url).not.toHaveProperty('error');
    }
  });
});

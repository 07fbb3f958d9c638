import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeSession, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { recordAudit, recordReads } from './audit.ts';

describeEachEngine('audit API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  let partnerAuditor: Actor;
  let mexOnly: string;
  let released: string;
  beforeEach(async () => {
    const db = getDb();
    world = await makeTwoNationWorld(db);
    partnerAuditor = await db.asOwner((tx) =>
      makeUser(tx, world.partnerAgency, ['auditor'], 'partner-auditor'),
    );
    app = await buildApp({ db });
    mexOnly = await makeReport(db, world.host, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] });
    released = await makeReport(db, world.host, {
      tlp: 'amber',
      releasableTo: ['MEX', 'USA'],
      recipients: [],
    });
    await db.asUser(world.host, (tx) =>
      recordAudit(tx, world.host, {
        action: 'update',
        table: 'reports',
        ids: [mexOnly],
        detail: { reason: 'BL MSCU1234567 is a known shipper' },
      }),
    );
    await db.asUser(world.partner, (tx) =>
      recordReads(tx, world.partner, 'reports', [{ id: released, tlp: 'amber' }]),
    );
  });
  afterEach(async () => {
    await app.close();
  });

  const get = async (who: Actor, url: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
    });

  it('names who acted and filters by username, agency and day', async () => {
    const byName = await get(world.auditor, '/api/audit?user=host-analyst');
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items).toMatchObject([
      {
        action: 'update',
        actorUser: world.host.userId,
        actorUsername: 'host-analyst',
        actorName: 'host-analyst',
        actorAgency: 'MX-ANAM',
        detail: { reason: 'BL MSCU1234567 is a known shipper' },
        marking: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
      },
    ]);
    const byId = await get(world.auditor, `/api/audit?user=${world.partner.userId}`);
    expect(byId.json().items.map((e: { action: string }) => e.action)).toEqual(['read']);
    const byAgency = await get(world.auditor, '/api/audit?agency=US-DEA');
    expect(byAgency.json().items.map((e: { actorUsername: string }) => e.actorUsername)).toEqual([
      'partner-advisor',
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await get(world.auditor, `/api/audit?from=${today}&to=${today}&table=reports`)).json(),
    ).toMatchObject({ total: 2, items: [{}, {}] });
    expect((await get(world.auditor, '/api/audit?to=2000-01-01')).json()).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it('a partner auditor reads no host entry about a record not released to it: no reason, id or count', async () => {
    const page = (await get(partnerAuditor, '/api/audit')).json<{
      items: { chain: string; seq: number; subjectIds: string[]; detail: object }[];
      total: number;
    }>();
    // the count is of what it may read too
    expect(page.total).toBe(1);
    const seen = page.items;
    expect(seen.map((e) => e.subjectIds)).toEqual([[released]]);
    // Its position counts only the entries of its agency's chain (those it may read), not the host's.
    expect(seen.map((e) => [e.chain, e.seq])).toEqual([['agency:US-DEA', 1]]);
    expect(JSON.stringify(seen)).not.toContain(mexOnly);
    expect(JSON.stringify(seen)).not.toContain('MSCU1234567');
    expect((await get(partnerAuditor, `/api/audit?subjectId=${mexOnly}`)).json()).toMatchObject({
      items: [],
      total: 0,
    });
    const verify = (await get(partnerAuditor, '/api/audit/verify')).json();
    expect(verify).toEqual({ chains: 1, ok: true, broken: null, entries: 1 });
    const exported = await get(partnerAuditor, '/api/audit/export?format=jsonl');
    expect(exported.body.trim().split('\n')).toHaveLength(1);
    expect(exported.body).not.toContain(mexOnly);
  });

  it('exports what the auditor may read as CSV and JSON Lines, in chain order', async () => {
    const csv = await get(world.auditor, '/api/audit/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toContain('seq,at,actor_user');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('update');
    const jsonl = await get(world.auditor, '/api/audit/export?format=jsonl');
    expect(jsonl.headers['content-type']).toContain('application/x-ndjson');
    expect(
      jsonl.body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).action),
    ).toEqual(['update', 'read']);
  });

  it('refuses a malformed day and anyone who is not an auditor', async () => {
    const bad = await get(world.auditor, '/api/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toContain('from');
    expect((await get(world.host, '/api/audit')).statusCode).toBe(403);
    expect((await get(world.host, '/api/audit/export?format=csv')).statusCode).toBe(403);
    const verify = await get(world.auditor, '/api/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true, broken: null });
    expect(verify.json().entries).toBeGreaterThanOrEqual(2);
  });
});

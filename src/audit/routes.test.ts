import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../http/app.ts';
import type { App } from '../http/types.ts';
import { recordAudit } from './audit.ts';

describeEachEngine('audit API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
    await getDb().asUser(world.host, (tx) =>
      recordAudit(tx, world.host, {
        action: 'alert.dismiss',
        table: 'alerts',
        ids: ['a-1'],
        detail: { reason: 'ok' },
      }),
    );
    await getDb().asUser(world.partner, (tx) =>
      recordAudit(tx, world.partner, { action: 'read', table: 'alerts', ids: ['a-2'] }),
    );
  });
  afterEach(async () => {
    await app.close();
  });

  const get = async (who: typeof world.host, url: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
    });

  it('names who acted and filters by username, agency and day', async () => {
    const byName = await get(world.auditor, '/api/audit?user=host-analyst');
    expect(byName.statusCode).toBe(200);
    expect(byName.json()).toMatchObject([
      {
        action: 'alert.dismiss',
        actorUser: world.host.userId,
        actorUsername: 'host-analyst',
        actorName: 'host-analyst',
        actorAgency: 'MX-ANAM',
        detail: { reason: 'ok' },
      },
    ]);
    const byId = await get(world.auditor, `/api/audit?user=${world.partner.userId}`);
    expect(byId.json().map((e: { action: string }) => e.action)).toEqual(['read']);
    const byAgency = await get(world.auditor, '/api/audit?agency=US-DEA');
    expect(byAgency.json().map((e: { actorUsername: string }) => e.actorUsername)).toEqual([
      'partner-advisor',
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await get(world.auditor, `/api/audit?from=${today}&to=${today}&table=alerts`)).json(),
    ).toHaveLength(2);
    expect((await get(world.auditor, '/api/audit?to=2000-01-01')).json()).toEqual([]);
  });

  it('refuses a malformed day and anyone who is not an auditor', async () => {
    const bad = await get(world.auditor, '/api/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toContain('from');
    expect((await get(world.host, '/api/audit')).statusCode).toBe(403);
    const verify = await get(world.auditor, '/api/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true, broken: null });
    expect(verify.json().entries).toBeGreaterThanOrEqual(2);
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import {
  makeReport,
  makeSession,
  makeTwoNationWorld,
  makeUser,
  TEST_PASSWORD,
} from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

describeEachEngine('identity over HTTP', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({
      db: getDb(),
      loginThrottle: { perUsername: 3, perAddress: 30, windowMs: 60_000 },
    });
  });
  afterEach(async () => {
    await app.close();
  });

  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('logs in with a password, sets a session cookie, and logs out', async () => {
    const response = await login('host-analyst', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      username: 'host-analyst',
      agency: { code: 'MX-ANAM', nation: 'MEX' },
    });
    const cookie = response.cookies.find((c) => c.name === 'centinela_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { centinela_session: cookie!.value },
    });
    expect(me.json().roles).toEqual(['analyst']);
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { centinela_session: cookie!.value },
    });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { centinela_session: cookie!.value },
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a wrong password and audits the attempt', async () => {
    const response = await login('host-analyst', 'wrong password!!');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('BAD_CREDENTIALS');
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ action: string }>('select action from audit_log'),
    );
    expect(rows.map((r) => r.action)).toContain('login_failed');
  });

  it('rate-limits repeated login attempts', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login('host-analyst', `guess-${i}-xxxxxxx`)).statusCode);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
  });

  it('an admin manages users but sees no intelligence', async () => {
    const db = getDb();
    await makeReport(db, world.host, { tlp: 'clear', releasableTo: ['MEX', 'USA'], recipients: [] });
    const admin = { authorization: `Bearer ${await makeSession(db, world.admin)}` };
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: {
        username: 'new-analyst',
        displayName: 'New',
        agency: 'MX-ANAM',
        roles: ['analyst'],
        password: 'a long enough password',
      },
    });
    expect(created.statusCode).toBe(201);
    const reports = await app.inject({ method: 'GET', url: '/api/reports', headers: admin });
    expect(reports.json()).toMatchObject({ items: [], total: 0 });
    const newcomer = await login('new-analyst', 'a long enough password');
    expect(newcomer.statusCode).toBe(200);
  });

  it('only admins manage users', async () => {
    const analyst = { authorization: `Bearer ${await makeSession(getDb(), world.host)}` };
    const response = await app.inject({ method: 'GET', url: '/api/users', headers: analyst });
    expect(response.statusCode).toBe(403);
  });

  it('names the colleagues an analyst may assign work to: the analysts of its own agency', async () => {
    const colleagues = async (who: typeof world.host) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/me/colleagues',
          headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
        })
      ).json().items as { id: string }[];
    expect((await colleagues(world.host)).map((u) => u.id)).toEqual([world.host.userId]);
    // the auditor of the other agency is no colleague of its analyst, and works no alert
    expect((await colleagues(world.otherHost)).map((u) => u.id)).toEqual([world.otherHost.userId]);
    expect(await colleagues(world.partner)).toEqual([]);
  });

  it('refuses short passwords', async () => {
    const admin = { authorization: `Bearer ${await makeSession(getDb(), world.admin)}` };
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: {
        username: 'weak-user',
        displayName: 'W',
        agency: 'MX-ANAM',
        roles: ['analyst'],
        password: 'short',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
  });

  it('API tokens authenticate machines', async () => {
    const admin = { authorization: `Bearer ${await makeSession(getDb(), world.admin)}` };
    const machine = await getDb().asOwner((tx) =>
      makeUser(tx, world.admin.agency, ['advisor'], 'taxii-client', { machine: true }),
    );
    const issued = await app.inject({
      method: 'POST',
      url: `/api/users/${machine.userId}/tokens`,
      headers: admin,
      payload: { label: 'taxii client' },
    });
    expect(issued.statusCode).toBe(201);
    const me = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${issued.json().token}` },
    });
    expect(me.json().username).toBe('taxii-client');
  });
});

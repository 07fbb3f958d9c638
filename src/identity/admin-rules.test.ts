/**
 * Administrators without intelligence: each way an administrator could reach intelligence, refused over HTTP
 * and, where the application could be bypassed, by the database itself (raw SQL as the application role).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import {
  makeAgency,
  makeReport,
  makeSession,
  makeTwoNationWorld,
  makeUser,
  TEST_PASSWORD,
} from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

const NEW_PASSWORD = 'violet tangerine lighthouse 47';

describeEachEngine('administrators without intelligence', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  let secondAdmin: Actor;
  let partnerAdmin: Actor;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    [secondAdmin, partnerAdmin] = await getDb().asOwner(async (tx) => [
      await makeUser(tx, world.admin.agency, ['admin'], 'second-admin'),
      await makeUser(tx, await makeAgency(tx, 'USA', 'US-SYS'), ['admin'], 'partner-admin'),
    ]);
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const as = (actor: Actor) => ({ authorization: `Bearer ${actor.credential}` });
  const patch = (actor: Actor, id: string, payload: object) =>
    app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: as(actor), payload });
  // Entries are staged by requests and chained by the sequencer (0590): chain them before reading the trail.
  const actions = async () => {
    await sequenceAudit(getDb());
    return (
      await getDb().asOwner((tx) => tx.query<{ action: string }>('select action from audit_log order by seq'))
    ).rows.map((r) => r.action);
  };

  it('an administrator cannot grant themselves a role, over HTTP or in SQL', async () => {
    const response = await patch(world.admin, world.admin.userId, { roles: ['admin', 'analyst'] });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('SELF_ELEVATION_FORBIDDEN');
    await expect(
      getDb().asUser(world.admin, (tx) =>
        tx.query("update users set roles = '{admin,analyst}' where id = $1", [world.admin.userId]),
      ),
    ).rejects.toThrow(/own roles/);
    await expect(
      getDb().asUser(world.admin, (tx) =>
        tx.query("update users set pending_roles = '{admin,analyst}' where id = $1", [world.admin.userId]),
      ),
    ).rejects.toThrow(/own roles/);
  });

  it('a role that reads intelligence waits for a second administrator', async () => {
    const requested = await patch(world.admin, world.host.userId, { roles: ['analyst', 'commander'] });
    expect(requested.statusCode).toBe(200);
    expect(requested.json()).toMatchObject({ roles: ['analyst'], pendingRoles: ['analyst', 'commander'] });
    const own = await app.inject({
      method: 'POST',
      url: `/api/users/${world.host.userId}/roles/approve`,
      headers: as(world.admin),
    });
    expect(own.json().error.code).toBe('OWN_REQUEST');
    // Nor can the requester write the roles directly.
    await expect(
      getDb().asUser(world.admin, (tx) =>
        tx.query("update users set roles = '{analyst,commander}' where id = $1", [world.host.userId]),
      ),
    ).rejects.toThrow(/second administrator/);
    const approved = await app.inject({
      method: 'POST',
      url: `/api/users/${world.host.userId}/roles/approve`,
      headers: as(secondAdmin),
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ roles: ['analyst', 'commander'], pendingRoles: null });
    expect(await actions()).toEqual(expect.arrayContaining(['request_roles', 'approve_roles']));
  });

  it('a second administrator rejects a role request, or its requester withdraws it; both audited', async () => {
    const reject = (actor: Actor) =>
      app.inject({
        method: 'POST',
        url: `/api/users/${world.host.userId}/roles/reject`,
        headers: as(actor),
      });
    expect((await reject(world.admin)).json().error.code).toBe('NOT_FOUND');
    await patch(world.admin, world.host.userId, { roles: ['analyst', 'commander'] });
    const rejected = await reject(secondAdmin);
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({
      roles: ['analyst'],
      pendingRoles: null,
      pendingRequestedBy: null,
    });
    await patch(world.admin, world.host.userId, { roles: ['analyst', 'auditor'] });
    const withdrawn = await reject(world.admin);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ roles: ['analyst'], pendingRoles: null });
    // A partner administrator cannot turn down (or see to) a host account's intelligence roles.
    await patch(world.admin, world.host.userId, { roles: ['analyst', 'commander'] });
    expect((await reject(partnerAdmin)).json().error.code).toBe('OUTSIDE_ADMIN_SCOPE');
    expect(await actions()).toEqual(expect.arrayContaining(['request_roles', 'reject_roles']));
  });

  it('a new account gets its intelligence roles only on approval', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(world.admin),
      payload: {
        username: 'sock-puppet',
        displayName: 'S',
        agency: world.hostAgency,
        roles: ['analyst'],
        password: NEW_PASSWORD,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ roles: [], pendingRoles: ['analyst'] });
    await makeReport(getDb(), world.host, { tlp: 'clear', releasableTo: ['MEX'], recipients: [] });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sock-puppet', password: NEW_PASSWORD },
    });
    const reports = await app.inject({
      method: 'GET',
      url: '/api/reports',
      headers: { authorization: `Bearer ${login.json().token}` },
    });
    expect(reports.json()).toMatchObject({ items: [], total: 0 });
    await expect(
      getDb().asUser(world.admin, (tx) =>
        tx.query(
          "insert into users (id, username, display_name, agency, roles, password_hash) values (gen_random_uuid(), 'raw-analyst', 'R', $1, '{analyst}', 'x')",
          [world.hostAgency],
        ),
      ),
    ).rejects.toThrow(/second administrator/);
  });

  it('an API token only for one’s own account or a machine account of one’s agency', async () => {
    const forOther = await app.inject({
      method: 'POST',
      url: `/api/users/${world.host.userId}/tokens`,
      headers: as(world.admin),
      payload: { label: 'read as the analyst' },
    });
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().error.code).toBe('OUTSIDE_ADMIN_SCOPE');
    await expect(
      getDb().asUser(world.admin, (tx) =>
        tx.query("select centinela_issue_token($1, 'h', 'l')", [world.host.userId]),
      ),
    ).rejects.toThrow(/own account or a machine account/);
    const own = await app.inject({
      method: 'POST',
      url: `/api/users/${world.host.userId}/tokens`,
      headers: as(world.host),
      payload: { label: 'my scripts' },
    });
    expect(own.statusCode).toBe(201);
    expect(await actions()).toContain('create_token');
  });

  it('an API token is revoked by its listed id, only within the same scope, and audited', async () => {
    const machine = await getDb().asOwner((tx) =>
      makeUser(tx, world.admin.agency, ['admin'], 'sys-machine', { machine: true }),
    );
    const issued = await app.inject({
      method: 'POST',
      url: `/api/users/${machine.userId}/tokens`,
      headers: as(world.admin),
      payload: { label: 'nightly import' },
    });
    expect(issued.statusCode).toBe(201);
    const secret: string = issued.json().token;
    const listed = await app.inject({
      method: 'GET',
      url: `/api/users/${machine.userId}/tokens`,
      headers: as(world.admin),
    });
    const [token] = listed.json<{ items: { id: string; label: string }[] }>().items;
    expect(token).toMatchObject({ label: 'nightly import' });
    expect(JSON.stringify(listed.json())).not.toContain(secret);
    const url = `/api/users/${machine.userId}/tokens/${token!.id}`;
    const outsider = await app.inject({ method: 'DELETE', url, headers: as(partnerAdmin) });
    expect(outsider.json().error.code).toBe('OUTSIDE_ADMIN_SCOPE');
    await expect(
      getDb().asUser(partnerAdmin, (tx) =>
        tx.query('select centinela_revoke_token($1, $2)', [machine.userId, token!.id]),
      ),
    ).rejects.toThrow(/own account or an account of one/);
    const works = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(works.statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url, headers: as(world.admin) })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url, headers: as(world.admin) })).json().error.code).toBe(
      'NOT_FOUND',
    );
    const revoked = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(revoked.statusCode).toBe(401);
    expect(await actions()).toEqual(expect.arrayContaining(['create_token', 'revoke_token']));
  });

  it('a reset password must be changed at the next login and ends every session', async () => {
    const before = await makeSession(getDb(), world.host);
    const reset = await patch(world.admin, world.host.userId, { password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().mustChangePassword).toBe(true);
    for (const token of [before, world.host.credential]) {
      const me = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(401);
    }
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: world.host.username, password: NEW_PASSWORD },
    });
    const headers = { authorization: `Bearer ${login.json().token}` };
    const blocked = await app.inject({ method: 'GET', url: '/api/reports', headers });
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers,
      payload: { currentPassword: NEW_PASSWORD, newPassword: 'mango quartz harbour 1982' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/reports', headers })).statusCode).toBe(200);
  });

  it('in another nation an administrator creates and manages administrators only', async () => {
    const analyst = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(world.admin),
      payload: {
        username: 'us-mole',
        displayName: 'M',
        agency: world.partnerAgency,
        roles: ['analyst'],
        password: NEW_PASSWORD,
      },
    });
    expect(analyst.json().error.code).toBe('OUTSIDE_ADMIN_SCOPE');
    const admin = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(world.admin),
      payload: {
        username: 'us-admin-2',
        displayName: 'A',
        agency: world.partnerAgency,
        roles: ['admin'],
        password: NEW_PASSWORD,
      },
    });
    expect(admin.statusCode).toBe(201);
    const resetPartner = await patch(world.admin, world.partner.userId, { password: NEW_PASSWORD });
    expect(resetPartner.json().error.code).toBe('OUTSIDE_ADMIN_SCOPE');
    await expect(
      getDb().asUser(world.admin, (tx) =>
        tx.query('update users set disabled = true where id = $1', [world.partner.userId]),
      ),
    ).rejects.toThrow(/administrators of another/);
    // The partner's own administrator manages the partner's users.
    const own = await patch(partnerAdmin, world.partner.userId, { displayName: 'Partner advisor' });
    expect(own.statusCode).toBe(200);
  });

  it('admin routes never return intelligence', async () => {
    await makeReport(getDb(), world.host, { tlp: 'clear', releasableTo: ['MEX', 'USA'], recipients: [] });
    for (const url of ['/api/reports', '/api/alerts', '/api/findings', '/api/entities']) {
      const response = await app.inject({ method: 'GET', url, headers: as(world.admin) });
      expect(response.json(), url).toMatchObject({ items: [], total: 0 });
    }
    expect(TEST_PASSWORD).toBeTruthy();
  });
});

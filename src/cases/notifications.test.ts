/**
 * In-app notifications on both engines: each act (assignment, proposal, decision, comment) tells the right people
 * in its own transaction; a partner is never told of a case, an operation or a comment it may not see; a user
 * reads and marks only their own (through the API and in raw SQL as the application role).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor, Role } from '../shared/actor.ts';

const SHARED = { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] };
const HOST_ONLY = { tlp: 'amber', releasableTo: ['MEX'], recipients: [] };

interface Item {
  id: string;
  kind: string;
  caseId: string;
  operationId: string | null;
  readAt: string | null;
}

describeEachEngine('notifications', (getDb) => {
  let app: App;
  let people: Record<string, Actor>;
  const sessions = new Map<Actor, string>();
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, body?: unknown) => {
    if (!sessions.has(who)) sessions.set(who, await makeSession(getDb(), who));
    return app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: { authorization: `Bearer ${sessions.get(who)}` },
    });
  };
  const inbox = async (who: Actor, query = '') => {
    const answer = await call(who, 'GET', `/api/notifications${query}`);
    expect(answer.statusCode).toBe(200);
    return answer.json().items as Item[];
  };
  const kindsOf = async (who: Actor) =>
    (await inbox(who)).map((n) => `${n.kind} ${n.operationId === null ? 'case' : 'operation'}`).sort();
  const openCase = async (marking: object) => {
    const opened = await call(people.hostAnalyst!, 'POST', '/api/cases', { title: 'Culiacán', marking });
    expect(opened.statusCode).toBe(201);
    return opened.json().id as string;
  };
  const assign = async (caseId: string, who: Actor) =>
    call(people.hostAnalyst!, 'POST', `/api/cases/${caseId}/assignees`, { userId: who.userId });
  const draft = async (caseId: string, marking: object) => {
    const made = await call(people.hostAnalyst!, 'POST', `/api/cases/${caseId}/operations`, {
      objective: 'Verificar la bodega señalada',
      state: 'Sinaloa',
      marking,
    });
    expect(made.statusCode).toBe(201);
    return made.json().id as string;
  };
  const move = async (who: Actor, id: string, action: string) =>
    expect(
      (
        await call(who, 'POST', `/api/operations/${id}/${action}`, {
          reason: `${action} por ${who.username}`,
        })
      ).statusCode,
    ).toBe(200);

  beforeEach(async () => {
    sessions.clear();
    const world = await makeTwoNationWorld(getDb());
    const made = (agency: string, roles: Role[], name: string) =>
      getDb().asOwner((tx) => makeUser(tx, agency, roles, name));
    people = {
      hostAnalyst: world.host,
      hostCommander: await made(world.hostAgency, ['commander'], 'mx-commander'),
      otherHostCommander: await made(world.otherHostAgency, ['commander'], 'mx-cni-commander'),
      hostAdvisor: await made(world.hostAgency, ['advisor'], 'mx-advisor'),
      partnerAdvisor: world.partner,
      partnerCommander: await made(world.partnerAgency, ['commander'], 'us-commander'),
      partnerAnalyst: await made(world.partnerAgency, ['analyst'], 'us-analyst'),
    };
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('each act tells the right people, and only them', async () => {
    const caseId = await openCase(SHARED);
    expect((await assign(caseId, people.partnerAnalyst!)).statusCode).toBe(201);
    expect((await assign(caseId, people.hostAdvisor!)).statusCode).toBe(201);
    // a repeated assignment tells no one again
    expect((await assign(caseId, people.hostAdvisor!)).statusCode).toBe(201);
    const operation = await draft(caseId, SHARED);
    await move(people.hostAnalyst!, operation, 'propose');
    await move(people.hostCommander!, operation, 'approve');
    const commented = await call(people.partnerAdvisor!, 'POST', `/api/operations/${operation}/comments`, {
      kind: 'recommendation',
      body: 'Coordinar con aduana',
    });
    expect(commented.statusCode).toBe(201);

    expect(await kindsOf(people.partnerAnalyst!)).toEqual([
      'assigned case',
      'commented operation',
      'decided operation',
    ]);
    expect(await kindsOf(people.hostAdvisor!)).toEqual([
      'assigned case',
      'commented operation',
      'decided operation',
    ]);
    // the proposer is told of the decision; the commanders of the territory's nation of the proposal
    expect(await kindsOf(people.hostAnalyst!)).toEqual(['decided operation']);
    expect(await kindsOf(people.hostCommander!)).toEqual(['awaiting_decision operation']);
    expect(await kindsOf(people.otherHostCommander!)).toEqual(['awaiting_decision operation']);
    expect(await kindsOf(people.partnerCommander!)).toEqual([]);
    expect(await kindsOf(people.partnerAdvisor!)).toEqual([]);
    const items = await inbox(people.partnerAnalyst!);
    expect(items.every((n) => n.caseId === caseId)).toBe(true);
    expect(items[0]!.kind).toBe('commented');
  });

  it('a partner is never told of a case, an operation or a comment it may not see', async () => {
    const hostCase = await openCase(HOST_ONLY);
    expect((await assign(hostCase, people.partnerAnalyst!)).statusCode).toBe(400);
    const shared = await openCase(SHARED);
    expect((await assign(shared, people.partnerAnalyst!)).statusCode).toBe(201);
    expect((await assign(shared, people.hostAdvisor!)).statusCode).toBe(201);
    // an operation the partner may not see, on a case it sees
    const hidden = await draft(shared, HOST_ONLY);
    await move(people.hostAnalyst!, hidden, 'propose');
    await move(people.hostCommander!, hidden, 'approve');
    // a comment the partner may not see, on an operation it sees
    const visible = await draft(shared, SHARED);
    const commented = await call(people.hostCommander!, 'POST', `/api/operations/${visible}/comments`, {
      body: 'Solo para México',
      marking: HOST_ONLY,
    });
    expect(commented.statusCode).toBe(201);
    expect(await kindsOf(people.partnerAnalyst!)).toEqual(['assigned case']);
    expect(await kindsOf(people.hostAdvisor!)).toEqual([
      'assigned case',
      'commented operation',
      'decided operation',
    ]);
    // the database refuses one written by hand for a recipient who may not see the case
    const refused = getDb().asUser(people.hostAnalyst!, (tx) =>
      tx.query(
        `insert into notifications (id, owner_agency, tlp, releasable_to, recipients, recipient_user, kind, case_id,
                                    created_by)
         values (gen_random_uuid(), $1, 'amber', '{MEX,USA}', '{}', $2, 'assigned', $3, $4)`,
        [people.hostAnalyst!.agency, people.partnerAnalyst!.userId, hostCase, people.hostAnalyst!.userId],
      ),
    );
    await expect(refused).rejects.toThrow(/row-level security/);
  });

  it('a user reads and marks only their own; the unread count follows', async () => {
    const caseId = await openCase(SHARED);
    await assign(caseId, people.partnerAnalyst!);
    await assign(caseId, people.hostAdvisor!);
    const operation = await draft(caseId, SHARED);
    await move(people.hostAnalyst!, operation, 'propose');
    await move(people.hostCommander!, operation, 'approve');
    const count = async (who: Actor) =>
      (await call(who, 'GET', '/api/notifications/count')).json().unread as number;
    expect(await count(people.hostAdvisor!)).toBe(2);
    const [theirs] = await inbox(people.hostAdvisor!);
    // another user's notification: not found, neither read nor marked
    const foreign = await call(people.partnerAnalyst!, 'POST', `/api/notifications/${theirs!.id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOTIFICATION_NOT_FOUND');
    const raw = await getDb().asUser(people.partnerAnalyst!, async (tx) => ({
      seen: (await tx.query('select id from notifications where id = $1', [theirs!.id])).rows,
      marked: (await tx.query('update notifications set read_at = now() where id = $1', [theirs!.id]))
        .affectedRows,
    }));
    expect(raw).toEqual({ seen: [], marked: 0 });
    // a colleague of the same agency neither
    const colleague = await getDb().asOwner((tx) =>
      makeUser(tx, people.hostAdvisor!.agency, ['analyst'], 'mx-colleague'),
    );
    expect((await call(colleague, 'POST', `/api/notifications/${theirs!.id}/read`)).statusCode).toBe(404);
    expect(await count(people.hostAdvisor!)).toBe(2);

    const read = await call(people.hostAdvisor!, 'POST', `/api/notifications/${theirs!.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect(await count(people.hostAdvisor!)).toBe(1);
    expect((await inbox(people.hostAdvisor!, '?unread=true')).map((n) => n.id)).not.toContain(theirs!.id);
    expect(await inbox(people.hostAdvisor!, '?limit=1&offset=1')).toHaveLength(1);
    // a recipient changes only `read_at`
    const forged = getDb().asUser(people.hostAdvisor!, (tx) =>
      tx.query(`update notifications set kind = 'commented' where id = $1`, [theirs!.id]),
    );
    await expect(forged).rejects.toThrow(/only when it is read/);
    const all = await call(people.hostAdvisor!, 'POST', '/api/notifications/read-all');
    expect(all.json()).toEqual({ read: 1 });
    expect(await count(people.hostAdvisor!)).toBe(0);
    expect(await count(people.partnerAnalyst!)).toBe(2);
  });
});

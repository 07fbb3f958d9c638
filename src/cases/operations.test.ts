/**
 * Host-led operations through the API on both engines: the authorization table (role × nation × move → allowed or
 * denied), the property that no sequence of partner acts changes an operation's state (nor raw SQL as a partner),
 * the database's own rule (a move without its recorded decision, or by a non-commander, is refused), and outcomes
 * flowing into incidents and the leads.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor, Role } from '../shared/actor.ts';
import { OPERATION_ACTIONS, OPERATION_MOVES, type OperationAction } from '../shared/cases.ts';

const SHARED = { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] };
/** The moves that bring a new draft to the state each action leaves from (taken by the host's commander). */
const PATH_TO: Record<OperationAction, OperationAction[]> = {
  propose: [],
  approve: ['propose'],
  reject: ['propose'],
  start: ['propose', 'approve'],
  conclude: ['propose', 'approve', 'start'],
  withdraw: ['propose'],
};
const REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2026-05-02T10:00:00Z,24.8091,-107.394,,ground,B,2,chemical_odour;drums,Bodega\n' +
  'FR-2,2026-05-10T10:00:00Z,24.8095,-107.3945,,aerial,A,1,ventilation_modified,Techo\n';

describeEachEngine('operations', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  let people: Record<string, Actor>;
  const sessions = new Map<Actor, string>();
  let caseId: string;
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, body?: unknown, csv?: string) => {
    if (!sessions.has(who)) sessions.set(who, await makeSession(getDb(), who));
    return app.inject({
      method,
      url,
      ...(csv !== undefined ? { payload: csv } : body === undefined ? {} : { payload: body as object }),
      headers: {
        authorization: `Bearer ${sessions.get(who)}`,
        ...(csv === undefined ? {} : { 'content-type': 'text/csv' }),
      },
    });
  };
  const draft = async (extra: Record<string, unknown> = {}) => {
    const made = await call(people.hostAnalyst!, 'POST', `/api/cases/${caseId}/operations`, {
      objective: 'Verificar la bodega señalada',
      state: 'Sinaloa',
      municipality: 'Culiacán',
      hostUnits: ['MX-ANAM', 'MX-CNI'],
      advisors: [people.partnerAdvisor!.userId],
      marking: SHARED,
      ...extra,
    });
    expect(made.statusCode).toBe(201);
    return made.json().id as string;
  };
  const move = (who: Actor, id: string, action: OperationAction) =>
    call(who, 'POST', `/api/operations/${id}/${action}`, { reason: `${action} por ${who.username}` });
  const statusOf = async (id: string) =>
    (await call(people.hostCommander!, 'GET', `/api/operations/${id}`)).json().status as string;

  beforeEach(async () => {
    sessions.clear();
    world = await makeTwoNationWorld(getDb());
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
    const opened = await call(people.hostAnalyst!, 'POST', '/api/cases', {
      title: 'Culiacán',
      marking: SHARED,
    });
    caseId = opened.json().id as string;
  });
  afterEach(async () => {
    await app.close();
  });

  it('only a commander of the territory’s nation approves, rejects, starts and concludes; the host’s analysts and commanders propose and withdraw', async () => {
    const table: string[] = [];
    for (const action of OPERATION_ACTIONS)
      for (const [name, who] of Object.entries(people)) {
        const id = await draft();
        for (const step of PATH_TO[action])
          expect((await move(people.hostCommander!, id, step)).statusCode).toBe(200);
        const before = await statusOf(id);
        const answer = await move(who, id, action);
        const allowed =
          who.nation === 'MEX' &&
          (OPERATION_MOVES[action].commander
            ? who.roles.includes('commander')
            : who.roles.some((r) => r === 'analyst' || r === 'commander'));
        table.push(`${name} ${action} ${answer.statusCode}`);
        if (allowed) {
          expect(answer.statusCode, `${name} ${action}`).toBe(200);
          expect(await statusOf(id)).toBe(OPERATION_MOVES[action].to);
          expect(answer.json().transition).toMatchObject({
            reason: `${action} por ${who.username}`,
            decidedBy: who.userId,
          });
        } else {
          expect(answer.statusCode, `${name} ${action}`).toBe(403);
          expect(await statusOf(id)).toBe(before);
        }
      }
    expect(table).toHaveLength(OPERATION_ACTIONS.length * Object.keys(people).length);
    // a move from a state it does not leave from
    const id = await draft();
    expect((await move(people.hostCommander!, id, 'start')).json().error.code).toBe('OPERATION_TRANSITION');
  }, 600_000);

  it('no sequence of partner acts changes an operation’s state', async () => {
    const partners = [people.partnerAdvisor!, people.partnerCommander!, people.partnerAnalyst!];
    const act = fc.record({
      who: fc.nat({ max: partners.length - 1 }),
      kind: fc.constantFrom(
        ...OPERATION_ACTIONS,
        'comment' as const,
        'recommendation' as const,
        'outcome' as const,
        'raw' as const,
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 3 }),
        fc.array(act, { minLength: 1, maxLength: 6 }),
        async (depth, acts) => {
          const id = await draft();
          for (const step of (['propose', 'approve', 'start'] as const).slice(0, depth))
            await move(people.hostCommander!, id, step);
          const before = await statusOf(id);
          for (const a of acts) {
            const who = partners[a.who]!;
            if (a.kind === 'comment' || a.kind === 'recommendation')
              await call(who, 'POST', `/api/operations/${id}/comments`, {
                kind: a.kind,
                body: 'Sugerimos esperar',
              });
            else if (a.kind === 'outcome')
              await call(who, 'POST', `/api/operations/${id}/outcomes`, {
                kind: 'site_not_found',
                lat: 24.8,
                lon: -107.39,
              });
            else if (a.kind === 'raw') {
              // the database holds the rule too: raw SQL as the partner changes no state
              await getDb()
                .asUser(who, (tx) =>
                  tx.query(`update operations set status = 'approved' where id = $1`, [id]),
                )
                .catch(() => undefined);
            } else await move(who, id, a.kind);
          }
          expect(await statusOf(id)).toBe(before);
        },
      ),
      { numRuns: 8 },
    );
  }, 600_000);

  it('the database refuses a move without its recorded decision, and a decision by a non-commander', async () => {
    const id = await draft();
    await move(people.hostAnalyst!, id, 'propose');
    const bare = getDb().asUser(people.hostCommander!, (tx) =>
      tx.query(`update operations set status = 'approved' where id = $1`, [id]),
    );
    await expect(bare).rejects.toThrow(/person and reason/);
    const byAnalyst = getDb().asUser(people.hostAnalyst!, async (tx) => {
      await tx.query(
        `insert into operation_transitions (id, owner_agency, tlp, releasable_to, recipients, operation_id, action,
           from_status, to_status, reason, decided_by)
         values (gen_random_uuid(), $1, 'amber', '{MEX,USA}', '{}', $2, 'approve', 'proposed', 'approved', 'yo', $3)`,
        [people.hostAnalyst!.agency, id, people.hostAnalyst!.userId],
      );
      await tx.query(`update operations set status = 'approved' where id = $1`, [id]);
    });
    await expect(byAnalyst).rejects.toThrow(/commander/);
    expect(await statusOf(id)).toBe('proposed');
  });

  it('an advisor comments; a seizure becomes an incident and a found outcome of the operation’s lead', async () => {
    await call(people.hostAnalyst!, 'POST', '/api/field-reports/import', undefined, REPORTS);
    const [lead] = (await call(people.hostAnalyst!, 'GET', '/api/leads?limit=1')).json().items;
    const id = await draft({ leadIds: [lead.leadId] });
    await move(people.hostAnalyst!, id, 'propose');
    const comment = await call(people.partnerAdvisor!, 'POST', `/api/operations/${id}/comments`, {
      kind: 'recommendation',
      body: 'Coordinar con la fiscalía estatal',
    });
    expect(comment.statusCode).toBe(201);
    expect(
      (
        await call(people.hostAnalyst!, 'POST', `/api/operations/${id}/outcomes`, {
          kind: 'arrest',
          arrests: 1,
        })
      ).json().error.code,
    ).toBe('OPERATION_NOT_UNDER_WAY');
    await move(people.hostCommander!, id, 'approve');
    await move(people.otherHostCommander!, id, 'start');
    const seized = await call(people.hostAnalyst!, 'POST', `/api/operations/${id}/outcomes`, {
      kind: 'seizure',
      substance: 'cloruro de propionilo',
      quantityKg: 250,
      place: 'Bodega norte',
      lat: lead.lat,
      lon: lead.lon,
    });
    expect(seized.statusCode).toBe(201);
    const outcome = seized.json();
    expect(outcome.incidentId).toEqual(expect.any(String));
    expect(outcome.leadOutcomeIds).toHaveLength(1);
    const incident = (await call(people.hostAnalyst!, 'GET', `/api/incidents/${outcome.incidentId}`)).json();
    expect(incident).toMatchObject({ kind: 'seizure', quantityKg: 250 });
    const after = (await call(people.hostAnalyst!, 'GET', `/api/leads/${lead.leadId}`)).json();
    expect(after.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['found']);

    const shown = (await call(people.partnerAdvisor!, 'GET', `/api/operations/${id}`)).json();
    expect(shown.transitions.map((t: { to: string }) => t.to)).toEqual(['proposed', 'approved', 'under_way']);
    expect(shown.comments[0].kind).toBe('recommendation');
    expect(Object.values(shown.mayMove).every((may) => may === false)).toBe(true);
    const theCase = (await call(people.hostAnalyst!, 'GET', `/api/cases/${caseId}`)).json();
    expect(
      theCase.timeline.filter((t: { kind: string }) => t.kind === 'operation').length,
    ).toBeGreaterThanOrEqual(3);
    const queue = (
      await call(people.hostCommander!, 'GET', '/api/operations?status=under_way&territory=MEX')
    ).json();
    expect(queue.items.map((o: { id: string }) => o.id)).toContain(id);
  });
});

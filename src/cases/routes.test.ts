import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { callsAs } from '../testing/inject.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

const INCIDENTS =
  'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
  'INC-1,seizure,2026-05-05T00:00:00Z,24.8093,-107.3942,,79-03-8,,100,MEDU0001,,,,\n';

describeEachEngine('cases API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  let commander: Actor;
  const call = callsAs(() => app, getDb);
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    commander = await getDb().asOwner((tx) =>
      makeUser(tx, world.hostAgency, ['commander'], 'host-commander'),
    );
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('escalating an alert opens a case linking it; a second escalation adds to a named case', async () => {
    await call(
      world.host,
      'POST',
      '/api/declarations/import',
      undefined,
      declarationsCsv([
        {},
        {
          line_no: '2',
          port_locode: 'MXLZC',
          goods_description: 'Acetona',
          cas_number: '67-64-1',
          hs_code: '2914.11',
        },
      ]),
    );
    const alerts = (await call(world.host, 'GET', '/api/alerts')).json().items as { id: string }[];
    expect(alerts).toHaveLength(2);
    const escalated = await call(world.host, 'POST', `/api/alerts/${alerts[0]!.id}/escalate`, {
      reason: 'NPP sin permiso',
    });
    expect(escalated.statusCode).toBe(200);
    const opened = (
      await call(world.host, 'GET', `/api/cases?linkedKind=alert&linkedId=${alerts[0]!.id}`)
    ).json();
    expect(opened.total).toBe(1);
    const caseId = opened.items[0].id as string;
    expect(opened.items[0].marking.ownerAgency).toBe(world.hostAgency);
    // the answer names the case, for the web to lead there
    expect(escalated.json()).toMatchObject({ id: alerts[0]!.id, status: 'escalated', caseId });

    const again = await call(world.host, 'POST', `/api/alerts/${alerts[1]!.id}/escalate`, { caseId });
    expect(again.statusCode).toBe(200);
    expect(again.json().caseId).toBe(caseId);
    const detail = (await call(world.host, 'GET', `/api/cases/${caseId}`)).json();
    expect(detail.links.map((l: { kind: string; targetId: string }) => [l.kind, l.targetId]).sort()).toEqual(
      alerts.map((a) => ['alert', a.id]).sort(),
    );
    expect(detail.timeline.map((t: { kind: string }) => t.kind)).toEqual(['opened', 'linked', 'linked']);
    expect((await call(world.host, 'GET', '/api/cases')).json().total).toBe(1);
  });

  it('a released case shows the partner only the links whose records it may see', async () => {
    await call(world.host, 'POST', '/api/incidents/import', undefined, INCIDENTS);
    const incident = (await call(world.host, 'GET', '/api/incidents')).json().items[0];
    const opened = await call(commander, 'POST', '/api/cases', {
      title: 'Red de Culiacán',
      marking: { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] },
    });
    expect(opened.statusCode).toBe(201);
    const caseId = opened.json().id as string;
    const linked = await call(world.host, 'POST', `/api/cases/${caseId}/links`, {
      kind: 'incident',
      targetId: incident.id,
    });
    expect(linked.statusCode).toBe(201);
    // marked no wider than the incident (host only): the partner cannot see the link, nor the incident
    expect(linked.json().marking.releasableTo).toEqual(['MEX']);
    // a consignment no one declared nor tracked is no record to link
    const noSuchConsignment = await call(world.host, 'POST', `/api/cases/${caseId}/links`, {
      kind: 'consignment',
      targetId: 'MEDU0001',
    });
    expect(noSuchConsignment.json().error.code).toBe('CASE_LINK_TARGET_NOT_FOUND');
    await call(world.host, 'POST', `/api/cases/${caseId}/notes`, {
      body: 'Seguimiento',
      marking: { releasableTo: ['MEX', 'USA'] },
    });

    const asPartner = (await call(world.partner, 'GET', `/api/cases/${caseId}`)).json();
    expect(asPartner.title).toBe('Red de Culiacán');
    expect(asPartner.links).toEqual([]);
    expect(asPartner.notes.map((n: { body: string }) => n.body)).toEqual(['Seguimiento']);
    const asHost = (await call(world.host, 'GET', `/api/cases/${caseId}`)).json();
    expect(asHost.links.map((l: { kind: string }) => l.kind).sort()).toEqual(['incident']);

    // the partner links nothing it cannot see, and may be assigned (its agency sees the case)
    const hidden = await call(world.partner, 'POST', `/api/cases/${caseId}/links`, {
      kind: 'incident',
      targetId: incident.id,
    });
    expect(hidden.json().error.code).toBe('CASE_LINK_TARGET_NOT_FOUND');
    const assigned = await call(commander, 'POST', `/api/cases/${caseId}/assignees`, {
      userId: world.partner.userId,
    });
    expect(assigned.statusCode).toBe(201);
    const mine = (await call(world.partner, 'GET', `/api/cases?assignedTo=${world.partner.userId}`)).json();
    expect(mine.total).toBe(1);
    // only the lead agency assigns and closes
    const foreign = await call(world.otherHost, 'POST', `/api/cases/${caseId}/close`, { reason: 'no' });
    expect(foreign.statusCode).toBe(403);
    const closed = await call(world.host, 'POST', `/api/cases/${caseId}/close`, { reason: 'Concluido' });
    expect(closed.json().status).toBe('closed');

    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ action: string }>(`select action from audit_log where action like 'case.%' order by seq`),
    );
    expect(rows.map((r) => r.action)).toEqual([
      'case.open',
      'case.link',
      'case.note',
      'case.assign',
      'case.close',
    ]);
  });

  it('a host-only case is not found by the partner, who cannot assign or open one', async () => {
    const opened = await call(world.host, 'POST', '/api/cases', { title: 'Solo México' });
    const caseId = opened.json().id as string;
    expect((await call(world.partner, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await call(world.partner, 'GET', '/api/cases')).json().total).toBe(0);
    expect((await call(world.partner, 'POST', '/api/cases', { title: 'x' })).statusCode).toBe(403);
    const cannotSee = await call(world.host, 'POST', `/api/cases/${caseId}/assignees`, {
      userId: world.partner.userId,
    });
    expect(cannotSee.json().error.code).toBe('CASE_ASSIGNEE_CANNOT_SEE');
  });

  it('offers as assignees the working users of every agency the case admits, to those who run cases', async () => {
    const names = async (who: Actor, caseId: string) => {
      const answer = await call(who, 'GET', `/api/cases/${caseId}/assignable`);
      expect(answer.statusCode).toBe(200);
      return (answer.json().items as { username: string; roles: string[] }[]).map(
        (u) => `${u.username}:${u.roles.join('+')}`,
      );
    };
    const shared = (
      await call(world.host, 'POST', '/api/cases', {
        title: 'Compartido',
        marking: { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] },
      })
    ).json().id as string;
    const hostOnly = (await call(world.host, 'POST', '/api/cases', { title: 'Solo México' })).json()
      .id as string;
    // other agencies than the caller's; the auditor and the administrator work no case
    expect((await names(world.host, shared)).sort()).toEqual(
      [
        'host-analyst:analyst',
        'host-commander:commander',
        'host-intel:analyst',
        'partner-advisor:advisor',
      ].sort(),
    );
    expect(await names(commander, hostOnly)).not.toContain('partner-advisor:advisor');
    expect((await names(commander, hostOnly)).length).toBe(3);
    // every one offered is one the server assigns
    const offered = (await call(world.host, 'GET', `/api/cases/${shared}/assignable`)).json().items as {
      id: string;
    }[];
    for (const user of offered)
      expect(
        (await call(world.host, 'POST', `/api/cases/${shared}/assignees`, { userId: user.id })).statusCode,
      ).toBe(201);
    // a partner's advisor does not run cases; a case the caller may not see is not found
    expect((await call(world.partner, 'GET', `/api/cases/${shared}/assignable`)).statusCode).toBe(403);
    const partnerAnalyst = await getDb().asOwner((tx) =>
      makeUser(tx, world.partnerAgency, ['analyst'], 'partner-analyst'),
    );
    expect((await call(partnerAnalyst, 'GET', `/api/cases/${hostOnly}/assignable`)).statusCode).toBe(404);
    expect((await call(partnerAnalyst, 'GET', `/api/cases/${shared}/assignable`)).json().total).toBe(5);
  });
});

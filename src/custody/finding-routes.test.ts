import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeUser } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { PLANT, custodyEvent, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

describeEachEngine('working diversion findings over the API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  let partnerAnalyst: Actor;
  const call = async (who: Actor, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const capture = (events: unknown[]) =>
    call(world.port, 'POST', '/api/epcis/capture', epcisDocument(events));
  const onlyFinding = async (who: Actor = world.host) => {
    const page = (await call(who, 'GET', '/api/findings')).json();
    expect(page.total).toBe(1);
    return page.items[0];
  };

  beforeEach(async () => {
    world = await custodyWorld(getDb());
    partnerAnalyst = await getDb().asOwner((tx) => makeUser(tx, 'US-DEA', ['analyst'], 'partner-analyst'));
    app = await buildApp({ db: getDb() });
    await capture(shortTrip()); // received 7 % short: one medium quantity_loss
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists findings with a total, filtered by status, port and declared date; a bad filter names its field', async () => {
    const page = (await call(world.host, 'GET', '/api/findings')).json();
    expect(page).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(page.items[0]).toMatchObject({
      kind: 'quantity_loss',
      severity: 'medium',
      status: 'open',
      assignee: null,
      portLocode: 'MXZLO',
      declaredAt: '2024-03-01T16:00:00.000Z',
    });
    const total = async (query: string) =>
      (await call(world.host, 'GET', `/api/findings?${query}`)).json().total;
    expect(await total('status=open&port=MXZLO&from=2024-03-01&to=2024-03-01')).toBe(1);
    expect(await total('status=dismissed')).toBe(0);
    expect(await total('port=MXVER')).toBe(0);
    expect(await total('to=2024-02-29')).toBe(0);
    expect(await total('from=2024-03-02')).toBe(0);
    for (const [query, field] of [
      ['status=closed', 'status'],
      ['port=zlo', 'port'],
      ['from=2024-13-01', 'from'],
      ['colour=red', 'colour'],
    ]) {
      const refused = await call(world.host, 'GET', `/api/findings?${query}`);
      expect(refused.statusCode, query).toBe(400);
      expect(refused.json().error.field, query).toContain(field);
    }
  });

  it('works a finding through its statuses, on the record, for the owner agency only', async () => {
    const { id } = await onlyFinding();
    // Another host agency sees the amber finding (released to MEX) but only the owner may act on it.
    expect((await call(world.otherHost, 'GET', `/api/findings/${id}`)).statusCode).toBe(200);
    const foreign = await call(world.otherHost, 'POST', `/api/findings/${id}/acknowledge`, {});
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('FORBIDDEN');
    // A partner who may not see it learns nothing: not found, whatever they try.
    expect((await call(partnerAnalyst, 'GET', '/api/findings')).json().total).toBe(0);
    expect((await call(partnerAnalyst, 'GET', `/api/findings/${id}`)).statusCode).toBe(404);
    const hidden = await call(partnerAnalyst, 'POST', `/api/findings/${id}/escalate`, {});
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('FINDING_NOT_FOUND');

    const acknowledged = await call(world.host, 'POST', `/api/findings/${id}/acknowledge`, {});
    expect(acknowledged.json()).toMatchObject({ id, status: 'acknowledged' });
    expect((await call(world.host, 'POST', `/api/findings/${id}/acknowledge`, {})).statusCode).toBe(409);
    const elsewhere = await call(world.host, 'POST', `/api/findings/${id}/assign`, {
      assignee: world.otherHost.userId,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.field).toBe('assignee');
    const assigned = await call(world.host, 'POST', `/api/findings/${id}/assign`, {
      assignee: world.host.userId,
    });
    expect(assigned.json()).toMatchObject({ status: 'assigned', assignee: world.host.userId });
    for (const body of [{}, { reason: '   ' }]) {
      const noReason = await call(world.host, 'POST', `/api/findings/${id}/dismiss`, body);
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error).toMatchObject({
        code: 'FINDING_DISMISS_REASON_REQUIRED',
        field: 'reason',
      });
    }
    const dismissed = await call(world.host, 'POST', `/api/findings/${id}/dismiss`, {
      reason: 'Merma de secado documentada',
    });
    expect(dismissed.json()).toMatchObject({
      status: 'dismissed',
      dismissReason: 'Merma de secado documentada',
    });
    expect((await call(world.host, 'POST', `/api/findings/${id}/escalate`, {})).statusCode).toBe(409);

    const detail = (await call(world.host, 'GET', `/api/findings/${id}`)).json();
    expect(detail.actions).toMatchObject([
      { action: 'acknowledge', fromStatus: 'open', toStatus: 'acknowledged', actorUser: world.host.userId },
      { action: 'assign', assignee: world.host.userId },
      { action: 'dismiss', toStatus: 'dismissed', reason: 'Merma de secado documentada', findingId: id },
    ]);
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ action: string; subject_ids: string[] }>(
        "select action, subject_ids from audit_log where action like 'finding.%' order by seq",
      ),
    );
    expect(rows).toEqual([
      { action: 'finding.acknowledge', subject_ids: [id] },
      { action: 'finding.assign', subject_ids: [id] },
      { action: 'finding.dismiss', subject_ids: [id] },
    ]);
  });

  it('keeps the work across re-analysis, and reopens a dismissed finding whose severity rose', async () => {
    const first = await onlyFinding();
    await call(world.host, 'POST', `/api/findings/${first.id}/dismiss`, { reason: 'Merma de secado' });

    // New events re-analyse the consignment: the finding is derived again (its id keyed on what it cites, so a
    // storing event it does not cite leaves the id as it was), and its work carries over.
    await capture([custodyEvent('2024-03-05T09:00:00-06:00', 'storing', PLANT)]);
    const again = await onlyFinding();
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({
      severity: 'medium',
      status: 'dismissed',
      dismissReason: 'Merma de secado',
    });
    const kept = (await call(world.host, 'GET', `/api/findings/${again.id}`)).json().actions;
    expect(kept).toMatchObject([{ action: 'dismiss', findingId: first.id }]);

    // Weighed again at the plant, 15 % short: the loss is now high, so the dismissal no longer holds.
    await capture([custodyEvent('2024-03-06T09:00:00-06:00', 'receiving', PLANT, 8_500)]);
    const reopened = await onlyFinding();
    expect(reopened).toMatchObject({ severity: 'high', status: 'open', dismissReason: null });
    const history = (await call(world.host, 'GET', `/api/findings/${reopened.id}`)).json().actions;
    expect(history).toMatchObject([
      { action: 'dismiss', findingId: first.id },
      {
        action: 'reopen',
        fromStatus: 'dismissed',
        toStatus: 'open',
        actorUser: null,
        reason: 'severity medium → high',
      },
    ]);
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ detail: { reopened?: unknown } }>(
        "select detail from audit_log where action = 'analyse' order by seq desc limit 1",
      ),
    );
    // The pair is reopened for its visibility class (the agencies that read it), named with it.
    expect(rows[0]!.detail.reopened).toEqual([
      expect.objectContaining({
        billOfLading: 'MEDU9876543',
        kind: 'quantity_loss',
        from: 'medium',
        to: 'high',
        viewers: expect.arrayContaining([world.host.agency, world.otherHost.agency]),
      }),
    ]);
    // Open again, it can be worked again; escalating names the case it went into.
    const escalated = (await call(world.host, 'POST', `/api/findings/${reopened.id}/escalate`, {})).json();
    expect(escalated.status).toBe('escalated');
    const cases = (
      await call(world.host, 'GET', `/api/cases?linkedKind=finding&linkedId=${reopened.id}`)
    ).json();
    expect(cases.items.map((c: { id: string }) => c.id)).toEqual([escalated.caseId]);
  });

  it('narrows the history with its finding', async () => {
    const { id } = await onlyFinding();
    await call(world.host, 'POST', `/api/findings/${id}/acknowledge`, {});
    const historyFor = async (who: Actor) => (await call(who, 'GET', `/api/findings/${id}`)).json().actions;
    expect(await historyFor(world.otherHost)).toHaveLength(1);
    const changed = await call(world.host, 'PUT', `/api/markings/findings/${id}`, {
      tlp: 'red',
      releasableTo: ['MEX'],
      recipients: [],
      justification: 'source protection',
    });
    expect(changed.statusCode).toBe(200);
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ tlp: string }>('select tlp from finding_actions where bill_of_lading = $1', ['MEDU9876543']),
    );
    expect(rows).toEqual([{ tlp: 'red' }]);
    expect(await historyFor(world.host)).toHaveLength(1);
    expect((await call(world.otherHost, 'GET', `/api/findings/${id}`)).statusCode).toBe(404);
    await sequenceAudit(getDb());
    const audit = await getDb().asOwner((tx) =>
      tx.query<{ detail: { narrowedDerived?: Record<string, number> } }>(
        "select detail from audit_log where action = 'change_marking'",
      ),
    );
    expect(audit.rows[0]!.detail.narrowedDerived).toEqual({ finding_actions: 1 });
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';

// Two reports and a seizure in Culiacán's north, a report in Guadalajara; FR-2 only is released to the USA.
const REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2026-05-02T10:00:00Z,24.8091,-107.394,,ground,B,2,chemical_odour;drums,Bodega\n' +
  'FR-3,2026-05-20T10:00:00Z,20.6597,-103.3496,,informant,C,3,,Taller\n';
const RELEASED =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-2,2026-05-10T10:00:00Z,24.8095,-107.3945,,aerial,A,1,ventilation_modified,Techo\n';
const INCIDENTS =
  'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
  'INC-1,chemical_dumpsite,2026-05-05T00:00:00Z,24.8093,-107.3942,,,,,,,,,\n';

describeEachEngine('leads API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, body?: unknown, csv?: string) =>
    app.inject({
      method,
      url,
      ...(csv !== undefined ? { payload: csv } : body === undefined ? {} : { payload: body as object }),
      headers: {
        authorization: `Bearer ${await makeSession(getDb(), who)}`,
        ...(csv === undefined ? {} : { 'content-type': 'text/csv' }),
      },
    });
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
    await call(world.host, 'POST', '/api/field-reports/import', undefined, REPORTS);
    await call(world.host, 'POST', '/api/field-reports/import?releasableTo=USA', undefined, RELEASED);
    await call(world.host, 'POST', '/api/incidents/import', undefined, INCIDENTS);
  });
  afterEach(async () => {
    await app.close();
  });

  it('ranks the host’s leads from all it sees, each citing its evidence; the partner’s from what was released only', async () => {
    const host = (await call(world.host, 'GET', '/api/leads?limit=5')).json();
    expect(host.asOf).toBe('2026-05-20T10:00:00.000Z');
    expect(host.resolution).toBe(7);
    const top = host.items[0];
    expect(top).toMatchObject({ rank: 1, leadId: `lead-${top.cell}` });
    expect(top.evidence.map((e: { id: string }) => e.id).sort()).toEqual(['FR-1', 'FR-2', 'INC-1']);

    const partner = (await call(world.partner, 'GET', '/api/leads?limit=5')).json();
    expect(partner.asOf).toBe('2026-05-10T10:00:00.000Z');
    expect(partner.items[0].evidence).toEqual([
      { kind: 'field_report', id: 'FR-2', weight: expect.any(Number) },
    ]);
    // nothing of the unreleased evidence shows through the score either: the partner's own computation
    expect(partner.items[0].score).toBe(partner.items[0].evidence[0].weight);
  });

  it('shows one lead with its evidence detail, and answers LEAD_NOT_FOUND for a cell the caller has no lead in', async () => {
    const [top] = (await call(world.host, 'GET', '/api/leads?limit=1')).json().items;
    const one = await call(world.host, 'GET', `/api/leads/${top.leadId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().lead.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'incident',
        id: 'INC-1',
        what: 'chemical_dumpsite',
        at: '2026-05-05T00:00:00.000Z',
      }),
    );
    const guadalajara = (await call(world.host, 'GET', '/api/leads?limit=100'))
      .json()
      .items.find((l: { evidence: { id: string }[] }) => l.evidence.some((e) => e.id === 'FR-3'));
    const hidden = await call(world.partner, 'GET', `/api/leads/${guadalajara.leadId}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toMatchObject({ error: { code: 'LEAD_NOT_FOUND' } });
    expect((await call(world.host, 'GET', '/api/leads/lead-8748a0000ffffff')).statusCode).toBe(404);
  });

  it('computes the leads as they stood at asOf', async () => {
    const before = (await call(world.host, 'GET', '/api/leads?asOf=2026-05-03T00:00:00Z&limit=100')).json();
    expect(before.asOf).toBe('2026-05-03T00:00:00.000Z');
    const cited = new Set(
      before.items.flatMap((l: { evidence: { id: string }[] }) => l.evidence.map((e) => e.id)),
    );
    expect([...cited]).toEqual(['FR-1']);
  });

  it('records decisions with a reason on the record, newest shown on the lead; advisors may not decide', async () => {
    const [top, second] = (await call(world.host, 'GET', '/api/leads?limit=2')).json().items;
    const accepted = await call(world.host, 'POST', `/api/leads/${top.leadId}/decisions`, {
      action: 'accept',
      reason: 'Olor y tambos, dos fuentes',
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({
      action: 'accept',
      decidedByName: 'host-analyst',
      mergedInto: null,
    });
    const merge = await call(world.host, 'POST', `/api/leads/${second.leadId}/decisions`, {
      action: 'merge',
      reason: 'Mismo sitio',
      mergedInto: top.leadId,
    });
    expect(merge.statusCode).toBe(201);
    const noTarget = await call(world.host, 'POST', `/api/leads/${top.leadId}/decisions`, {
      action: 'merge',
      reason: 'x',
    });
    expect(noTarget.json()).toMatchObject({
      error: { code: 'LEAD_MERGE_TARGET_REQUIRED', field: 'mergedInto' },
    });
    const blank = await call(world.host, 'POST', `/api/leads/${top.leadId}/decisions`, {
      action: 'reject',
      reason: ' ',
    });
    expect(blank.statusCode).toBe(400);
    const advisor = await call(world.partner, 'POST', `/api/leads/${top.leadId}/decisions`, {
      action: 'reject',
      reason: 'no',
    });
    expect(advisor.statusCode).toBe(403);

    const list = (await call(world.host, 'GET', '/api/leads?limit=2')).json().items;
    expect(list[0].decision).toMatchObject({ action: 'accept', reason: 'Olor y tambos, dos fuentes' });
    const detail = (await call(world.host, 'GET', `/api/leads/${second.leadId}`)).json();
    expect(detail.decisions).toEqual([expect.objectContaining({ action: 'merge', mergedInto: top.leadId })]);
    // the partner sees none of the host's decisions (amber, MEX)
    const partnerTop = (await call(world.partner, 'GET', '/api/leads?limit=1')).json().items[0];
    expect(partnerTop.decision).toBeUndefined();
    // append-only, even for the owner
    await expect(
      getDb().asUser(world.host, (tx) => tx.query(`update lead_decisions set reason = 'otra'`)),
    ).rejects.toThrow(/append-only/);
  });

  it('feeds an outcome back: a search that found nothing lowers the lead and is cited with a negative weight', async () => {
    const [top] = (await call(world.host, 'GET', '/api/leads?limit=1')).json().items;
    const outcome = await call(world.host, 'POST', `/api/leads/${top.leadId}/outcomes`, {
      outcome: 'nothing_found',
      note: 'Bodega vacía',
      observedAt: '2026-05-21T00:00:00Z',
    });
    expect(outcome.statusCode).toBe(201);
    const after = (await call(world.host, 'GET', `/api/leads/${top.leadId}`)).json();
    expect(after.asOf).toBe('2026-05-21T00:00:00.000Z');
    expect(after.lead.score).toBeLessThan(top.score * 0.5);
    expect(after.lead.evidence).toContainEqual(
      expect.objectContaining({ kind: 'outcome', id: outcome.json().id, what: 'nothing_found' }),
    );
    expect(after.lead.evidence.find((e: { kind: string }) => e.kind === 'outcome').weight).toBeLessThan(0);
    expect(after.outcomes).toEqual([
      expect.objectContaining({ note: 'Bodega vacía', outcome: 'nothing_found' }),
    ]);
  });
});

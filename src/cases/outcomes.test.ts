/**
 * Outcomes flowing out of an operation on both engines: a seizure into an incident and the operation's leads; an
 * entity confirmed into the entity's risk in the network (for whom the outcome is released, in each reader's own
 * entity, found by RFC); a site searched where nothing was found lowering it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeUser } from '../testing/factories.ts';
import { callsAs } from '../testing/inject.ts';
import { seedResolvedWorld } from '../testing/resolution-fixtures.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';

const HOST_ONLY = { tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
const SHARED = { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] };
const REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2026-05-02T10:00:00Z,24.8091,-107.394,,ground,B,2,chemical_odour;drums,Bodega\n';

interface NetworkNode {
  id: string;
  kind: string;
  label: string;
  risk: number;
  riskPaths: { source: string; contribution: number }[];
}

describeEachEngine('operation outcomes', (getDb) => {
  let app: App;
  let seeded: Awaited<ReturnType<typeof seedResolvedWorld>>;
  let commander: Actor;
  const call = callsAs(() => app, getDb);
  /** An operation under way on a shared case, with these leads. */
  const underWay = async (leadIds: string[] = []) => {
    const { host } = seeded.world;
    const caseId = (await call(host, 'POST', '/api/cases', { title: 'QIP', marking: SHARED })).json().id;
    const drafted = await call(host, 'POST', `/api/cases/${caseId}/operations`, {
      objective: 'Verificar la bodega',
      state: 'Sinaloa',
      leadIds,
      marking: SHARED,
    });
    expect(drafted.statusCode).toBe(201);
    const id = drafted.json().id as string;
    for (const [who, action] of [
      [host, 'propose'],
      [commander, 'approve'],
      [commander, 'start'],
    ] as const)
      expect(
        (await call(who, 'POST', `/api/operations/${id}/${action}`, { reason: action })).statusCode,
      ).toBe(200);
    return id;
  };
  const outcome = (id: string, body: Record<string, unknown>) =>
    call(seeded.world.host, 'POST', `/api/operations/${id}/outcomes`, body);
  const entityNode = async (who: Actor, entityId: string, depth = 2) => {
    const network = (await call(who, 'GET', `/api/entities/${entityId}/network?depth=${depth}`)).json();
    const nodes = network.nodes as NetworkNode[];
    return {
      entity: nodes.find((n) => n.id === `entity:${entityId}`)!,
      outcomes: nodes.filter((n) => n.kind === 'outcome'),
    };
  };

  beforeEach(async () => {
    seeded = await seedResolvedWorld(getDb());
    commander = await getDb().asOwner((tx) => makeUser(tx, seeded.world.hostAgency, ['commander'], 'mx-cmd'));
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('a seizure becomes an incident and a found outcome of the operation’s lead', async () => {
    const { host } = seeded.world;
    await call(host, 'POST', '/api/field-reports/import', undefined, REPORTS);
    const [lead] = (await call(host, 'GET', '/api/leads?limit=1')).json().items;
    const id = await underWay([lead.leadId]);
    const seized = await outcome(id, {
      kind: 'seizure',
      substance: 'anhídrido acético',
      quantityKg: 120,
      lat: lead.lat,
      lon: lead.lon,
    });
    expect(seized.statusCode).toBe(201);
    const incident = (await call(host, 'GET', `/api/incidents/${seized.json().incidentId}`)).json();
    expect(incident).toMatchObject({ kind: 'seizure', quantityKg: 120 });
    const after = (await call(host, 'GET', `/api/leads/${lead.leadId}`)).json();
    expect(after.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['found']);
  }, 240_000); // the leads are computed from the evidence: slow on a loaded two-core machine

  it('an entity confirmed raises its risk for whom the outcome is released; nothing found lowers it', async () => {
    const { host, partner } = seeded.world;
    const id = await underWay();
    const before = await entityNode(host, seeded.qip);
    const partnerBefore = await entityNode(partner, seeded.partnerQip);
    expect(before.outcomes).toEqual([]);

    expect((await outcome(id, { kind: 'entity_confirmed' })).json().error.field).toBe('entityId');
    const confirmed = await outcome(id, {
      kind: 'entity_confirmed',
      entityId: seeded.qip,
      marking: HOST_ONLY,
    });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().entityRfcs).toHaveLength(1);

    for (const depth of [1, 2, 3]) {
      const seen = await entityNode(host, seeded.qip, depth);
      expect(seen.outcomes.map((n) => n.label)).toEqual([
        `OP-${id.slice(0, 8)}-${confirmed.json().id.slice(0, 8)}`,
      ]);
      expect(seen.entity.riskPaths[0]).toMatchObject({
        source: `outcome:${confirmed.json().id}`,
        contribution: 0.5,
      });
    }
    const raised = (await entityNode(host, seeded.qip)).entity.risk;
    expect(raised).toBeGreaterThan(before.entity.risk);
    // host-only: the partner's network does not change
    expect(await entityNode(partner, seeded.partnerQip)).toEqual(partnerBefore);

    // released to the partner: it raises the partner's own entity of the same company (found by its RFC)
    await outcome(id, { kind: 'entity_confirmed', entityId: seeded.qip, marking: SHARED });
    const partnerAfter = await entityNode(partner, seeded.partnerQip);
    expect(partnerAfter.outcomes).toHaveLength(1);
    expect(partnerAfter.entity.risk).toBeGreaterThan(partnerBefore.entity.risk);

    const searched = await outcome(id, {
      kind: 'site_not_found',
      entityId: seeded.qip,
      lat: 19.05,
      lon: -104.3,
      marking: HOST_ONLY,
    });
    expect(searched.json().incidentId).toEqual(expect.any(String));
    const lowered = await entityNode(host, seeded.qip);
    expect(lowered.outcomes).toHaveLength(3);
    const unlowered = (await entityNode(partner, seeded.partnerQip)).entity.risk;
    expect(unlowered).toBe(partnerAfter.entity.risk);
    // two confirmations and one search that found nothing: the search keeps 0.7 of the risk
    expect(lowered.entity.risk).toBeLessThan(1);
    expect(lowered.entity.risk).toBeCloseTo(
      Math.round(0.7 * (1 - (1 - raised) * (1 - 0.5)) * 1000) / 1000,
      2,
    );
  }, 240_000);
});

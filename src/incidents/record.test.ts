/**
 * One incident or field report recorded by the web form (`POST /api/incidents`, `/api/field-reports`): the CSV
 * row's checks and upsert, errors named by field; the lists' day range; an incident's parties linked to the
 * entities the caller may open; a seizure naming an entity raising its risk in the network, for whom it is released.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { QIP, seedResolvedWorld } from '../testing/resolution-fixtures.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';

const SEIZURE = {
  incident_id: 'INC-F1',
  kind: 'seizure',
  occurred_at: '2026-05-01T10:00:00-06:00',
  lat: 19.05,
  lon: -104.3,
  substance_cas: '79-03-8',
  quantity_kg: 250,
  bill_of_lading: 'BOL9',
  party_rfcs: [QIP, 'XAXX010101000'],
  party_names: ['Química Industrial del Pacífico SA de CV', 'Nadie Conocido'],
  narrative: 'Bodega en Manzanillo',
};

describeEachEngine('recording one incident or field report', (getDb) => {
  let app: App;
  let seeded: Awaited<ReturnType<typeof seedResolvedWorld>>;
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      ...(payload ? { payload } : {}),
    });
  beforeEach(async () => {
    seeded = await seedResolvedWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('stores a valid record once, and refuses a bad one naming each field in error', async () => {
    const { host } = seeded.world;
    const first = await call(host, 'POST', '/api/incidents?tlp=green', SEIZURE);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ outcome: 'imported' });
    const again = await call(host, 'POST', '/api/incidents?tlp=green', SEIZURE);
    expect(again.json()).toEqual({ id: first.json().id, outcome: 'unchanged' });
    const bad = await call(host, 'POST', '/api/field-reports', {
      report_id: 'FR-F1',
      observed_at: '2026-13-01',
      place: 'Manzanillo',
      source_type: 'satellite',
      reliability: 'B',
      credibility: 9,
    });
    expect(bad.statusCode).toBe(400);
    const error = bad.json().error;
    expect(error).toMatchObject({ code: 'EVIDENCE_RECORD_INVALID', row: 1 });
    expect(error.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual([
      'credibility',
      'observed_at',
      'source_type',
    ]);
    expect(error.fieldErrors.find((e: { field: string }) => e.field === 'source_type')).toMatchObject({
      code: 'ONE_OF',
    });
    const unknown = await call(host, 'POST', '/api/field-reports', { report_id: 'FR-F2', extra: 'x' });
    expect(unknown.statusCode).toBe(400);
    const good = await call(host, 'POST', '/api/field-reports', {
      report_id: 'FR-F1',
      observed_at: '2026-05-02',
      lat: '19.1',
      lon: '-104.3',
      source_type: 'ground',
      reliability: 'B',
      credibility: 2,
      indicators: ['drums', 'generator'],
    });
    expect(good.statusCode).toBe(201);
    const report = (await call(host, 'GET', `/api/field-reports/${good.json().id}`)).json();
    expect(report).toMatchObject({ reportId: 'FR-F1', indicators: ['drums', 'generator'], credibility: 2 });
    expect((await call(seeded.world.partner, 'POST', '/api/incidents', SEIZURE)).statusCode).toBe(403);
  });

  it('lists by day range, and links the parties to the entities the caller may open', async () => {
    const { host, partner } = seeded.world;
    const { id } = (await call(host, 'POST', '/api/incidents?releasableTo=USA', SEIZURE)).json();
    const inRange = await call(host, 'GET', '/api/incidents?from=2026-05-01&to=2026-05-01');
    expect(inRange.json()).toMatchObject({ total: 1 });
    // 10:00 in Mexico City is 16:00 UTC on the first of May: not on the second
    expect((await call(host, 'GET', '/api/incidents?from=2026-05-02')).json()).toMatchObject({ total: 0 });
    const hostView = (await call(host, 'GET', `/api/incidents/${id}`)).json();
    expect(hostView.parties).toEqual([
      { by: 'rfc', value: QIP, entityId: seeded.qip },
      { by: 'rfc', value: 'XAXX010101000', entityId: null },
      { by: 'name', value: 'Química Industrial del Pacífico SA de CV', entityId: seeded.qip },
      { by: 'name', value: 'Nadie Conocido', entityId: null },
    ]);
    // the partner's own entity of the same company (its class's), never the host's
    const partnerView = (await call(partner, 'GET', `/api/incidents/${id}`)).json();
    expect(partnerView.parties[0]).toEqual({ by: 'rfc', value: QIP, entityId: seeded.partnerQip });
  });

  it('raises the risk of the entity a seizure names, for those who may see the seizure only', async () => {
    const { host, partner } = seeded.world;
    const riskOf = async (who: Actor, entity: string, depth: number) => {
      const network = (await call(who, 'GET', `/api/entities/${entity}/network?depth=${depth}`)).json();
      const incident = network.nodes.find((n: { kind: string }) => n.kind === 'incident');
      return { incident, consignee: network.nodes.filter((n: { risk: number }) => n.risk > 0).length };
    };
    const before = await riskOf(partner, seeded.partnerQip, 2);
    // released to the host's nation only: the partner's network does not change
    await call(host, 'POST', '/api/incidents', { ...SEIZURE, bill_of_lading: '' });
    for (const depth of [1, 2, 3]) {
      const seen = await riskOf(host, seeded.qip, depth);
      expect(seen.incident).toMatchObject({ label: 'INC-F1', kind: 'incident' });
    }
    const network = (await call(host, 'GET', `/api/entities/${seeded.qip}/network?depth=2`)).json();
    const entity = network.nodes.find((n: { id: string }) => n.id === `entity:${seeded.qip}`);
    expect(entity.riskPaths[0]).toMatchObject({ contribution: 0.4 });
    expect(entity.riskPaths[0].source).toMatch(/^incident:/);
    expect(await riskOf(partner, seeded.partnerQip, 2)).toEqual(before);
    expect(before.incident).toBeUndefined();
  });
});

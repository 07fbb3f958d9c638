import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

const INCIDENTS =
  'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
  'INC-1,seizure,2026-05-01T10:00:00-06:00,24.8,-107.4,,79-03-8,,250,MEDU0001,,,,\n' +
  'INC-2,dumping,2026-05-01T10:00:00-06:00,24.8,-107.4,,,,,,,,,\n';
const REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2026-05-02,24.8,-107.4,,aerial,B,2,drums;generator,Bodega\n';

describeEachEngine('incidents and field reports API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, csv?: string) =>
    app.inject({
      method,
      url,
      ...(csv === undefined ? {} : { payload: csv }),
      headers: {
        authorization: `Bearer ${await makeSession(getDb(), who)}`,
        ...(csv === undefined ? {} : { 'content-type': 'text/csv' }),
      },
    });
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports with the markings asked for and lists what the caller may see, in the list envelope', async () => {
    const imported = await call(
      world.host,
      'POST',
      '/api/incidents/import?tlp=amber&releasableTo=USA',
      INCIDENTS,
    );
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ rows: 2, imported: 1, rejected: 1, errors: [{ line: 3 }] });
    const list = await call(world.partner, 'GET', '/api/incidents?limit=10');
    expect(list.statusCode).toBe(200);
    const page = list.json();
    expect(page).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(page.items[0]).toMatchObject({
      incidentId: 'INC-1',
      kind: 'seizure',
      marking: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX', 'USA'] },
    });
    const one = await call(world.partner, 'GET', `/api/incidents/${page.items[0].id}`);
    expect(one.json()).toMatchObject({ incidentId: 'INC-1', quantityKg: 250 });
    // the reads are in the trail
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query(
        `select count(*)::int as n from audit_log where action = 'read' and subject_table = 'incidents'`,
      ),
    );
    expect(rows[0]).toEqual({ n: 2 });
  });

  it('hides an amber host-only field report from the partner: not listed, not found by id', async () => {
    await call(world.host, 'POST', '/api/field-reports/import', REPORTS);
    const own = (await call(world.host, 'GET', '/api/field-reports')).json();
    expect(own.items).toEqual([
      expect.objectContaining({
        reportId: 'FR-1',
        reliability: 'B',
        credibility: 2,
        indicators: ['drums', 'generator'],
      }),
    ]);
    expect((await call(world.partner, 'GET', '/api/field-reports')).json()).toMatchObject({
      items: [],
      total: 0,
    });
    const byId = await call(world.partner, 'GET', `/api/field-reports/${own.items[0].id}`);
    expect(byId.statusCode).toBe(404);
    expect(byId.json()).toMatchObject({ error: { code: 'FIELD_REPORT_NOT_FOUND' } });
    expect((await call(world.partner, 'POST', '/api/field-reports/import', REPORTS)).statusCode).toBe(403);
  });
});

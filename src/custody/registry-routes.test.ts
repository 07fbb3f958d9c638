import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { custodyWorld } from '../testing/custody-world.ts';

const PERMITS_HEADER =
  'permit_id,holder_rfc,holder_name,substance_cas,max_kg_per_year,valid_from,valid_to,site_id\n';

describeEachEngine('registry API (intake and permit history)', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  const call = async (who: Actor, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      ...(typeof payload === 'string'
        ? { payload, headers: { 'content-type': 'text/csv' } }
        : payload === undefined
          ? {}
          : { payload: payload as object }),
      headers: {
        authorization: `Bearer ${await makeSession(getDb(), who)}`,
        ...(typeof payload === 'string' ? { 'content-type': 'text/csv' } : {}),
      },
    });
  beforeEach(async () => {
    world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports permits with the markings asked for, reports bad rows by line and field, then analyses', async () => {
    const csv =
      PERMITS_HEADER +
      'COF-2026-010,ABC010101AB1,Acme Química,79-03-8,1200,2026-01-01,2026-12-31,\n' +
      'COF-2026-011,ABC010101AB1,Acme Química,not-a-cas,1200,2026-01-01,2026-12-31,\n';
    const response = await call(
      world.regulator,
      'POST',
      '/api/permits/import?tlp=green&releasableTo=usa&recipients=US-DEA',
      csv,
    );
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    expect(summary).toMatchObject({
      rows: 2,
      imported: 1,
      rejected: 1,
      analysis: { consignments: expect.any(Number) },
    });
    expect(summary.errors).toEqual([
      {
        line: 3,
        errors: [
          {
            field: 'substance_cas',
            code: 'CAS_FORMAT',
            params: {},
            message: 'expected a CAS number NNNNNNN-NN-N',
          },
        ],
      },
    ]);
    const listed = (await call(world.regulator, 'GET', '/api/permits?q=acme')).json();
    expect(listed.total).toBe(1);
    expect(listed.items[0].marking).toEqual({
      ownerAgency: 'MX-COFEPRIS',
      tlp: 'green',
      releasableTo: ['MEX', 'USA'],
      recipients: ['US-DEA'],
    });
    // Released to the partner's nation at green: the partner reads it.
    expect((await call(world.partner, 'GET', '/api/permits?q=acme')).json().total).toBe(1);
    expect((await call(world.host, 'POST', '/api/permits/import', csv)).statusCode).toBe(403);
  });

  it('filters by site and by validity', async () => {
    const all = (await call(world.regulator, 'GET', '/api/permits')).json();
    expect(all.total).toBe(1);
    expect((await call(world.regulator, 'GET', '/api/permits?status=expired')).json().total).toBe(1);
    expect((await call(world.regulator, 'GET', '/api/permits?status=valid')).json().total).toBe(0);
    expect((await call(world.regulator, 'GET', '/api/permits?siteId=nowhere')).json().total).toBe(0);
  });

  it('keeps every edit of a permit in its history, marked as the permit', async () => {
    const [permit] = (await call(world.regulator, 'GET', '/api/permits')).json().items;
    const edit = {
      holderName: 'Química Industrial SA',
      maxKgPerYear: 60_000,
      validFrom: '2024-01-01',
      validTo: '2025-12-31',
      siteId: permit.siteId,
    };
    expect((await call(world.regulator, 'PUT', `/api/permits/${permit.id}`, edit)).statusCode).toBe(200);
    const detail = (await call(world.regulator, 'GET', `/api/permits/${permit.id}`)).json();
    expect(detail).toMatchObject({ holderName: 'Química Industrial SA', maxKgPerYear: 60_000 });
    const history = (await call(world.regulator, 'GET', `/api/permits/${permit.id}/history`)).json().items;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ changedByName: expect.any(String), changedByNation: 'MEX' });
    expect(history[0].fields).toEqual([
      { field: 'holderName', before: 'Química Industrial', after: 'Química Industrial SA' },
      { field: 'maxKgPerYear', before: 50_000, after: 60_000 },
      { field: 'validTo', before: '2024-12-31', after: '2025-12-31' },
    ]);
    // The permit is the regulator's nation's only: the partner sees neither it nor its history.
    expect((await call(world.partner, 'GET', `/api/permits/${permit.id}/history`)).statusCode).toBe(404);
    // Released to the partner, its history follows, without the changer's name.
    expect(
      (
        await call(world.regulator, 'PUT', `/api/markings/permits/${permit.id}`, {
          tlp: 'green',
          releasableTo: ['MEX', 'USA'],
          recipients: [],
        })
      ).statusCode,
    ).toBe(200);
    const seen = (await call(world.partner, 'GET', `/api/permits/${permit.id}/history`)).json().items;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ changedBy: null, changedByName: null });
  });

  it('imports locations with per-row errors', async () => {
    const csv =
      'location_id,name,kind,lat,lon,operator_rfc\nurn:x:1,Bodega,warehouse,19.1,-99.1,\nurn:x:2,Mal,warehouse,abc,-99.1,\n';
    const summary = (await call(world.host, 'POST', '/api/locations/import', csv)).json();
    expect(summary).toMatchObject({ rows: 2, imported: 1, rejected: 1 });
    expect(summary.errors[0]).toMatchObject({ line: 3, errors: [{ field: 'lat' }] });
  });
});

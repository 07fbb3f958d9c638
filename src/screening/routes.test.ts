import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

const FILE = declarationsCsv([
  {},
  { hs_code: '8479.89', goods_description: 'Máquina mezcladora', cas_number: '' },
  { quantity_kg: 'abc' },
  { port_locode: 'MXLZC', goods_description: 'Acetona', cas_number: '67-64-1', hs_code: '2914.11' },
]);

describeEachEngine('screening API', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const call = async (who: typeof world.host, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  it('imports a CSV upload, lists and filters alerts, and works one through its statuses', async () => {
    const upload = await app.inject({
      method: 'POST',
      url: '/api/declarations/import',
      headers: {
        authorization: `Bearer ${await makeSession(getDb(), world.host)}`,
        'content-type': 'text/csv',
      },
      payload: FILE,
    });
    expect(upload.statusCode).toBe(200);
    expect(upload.json()).toMatchObject({
      rows: 4,
      imported: 3,
      rejected: 1,
      alerts: { controlled: 1, watch: 1 },
    });
    expect(upload.json().errors[0]).toMatchObject({ line: 4, errors: [{ field: 'quantity_kg' }] });

    const all = await call(world.host, 'GET', '/api/alerts');
    expect(all.json()).toMatchObject({
      total: 2,
      items: [
        { verdict: 'controlled', substanceId: 'npp', billOfLading: 'MEDU0001' },
        { verdict: 'watch', billOfLading: 'MEDU0001' },
      ],
    });
    const byDay = await call(world.host, 'GET', '/api/alerts?from=2026-06-01&to=2026-06-01');
    expect(byDay.json().total).toBe(2);
    expect((await call(world.host, 'GET', '/api/alerts?to=2026-05-31')).json().total).toBe(0);
    const filtered = await call(world.host, 'GET', '/api/alerts?port=MXLZC&verdict=watch');
    expect(filtered.json().items.map((a: { substanceId: string }) => a.substanceId)).toEqual(['acetone']);
    const id = all.json().items[0].id as string;
    expect(all.json().items[0].substanceName).toEqual({
      en: 'N-phenethyl-4-piperidone (NPP)',
      es: 'N-fenetil-4-piperidona (NPP)',
    });
    // The substance filter takes what an analyst types: a name in either language, a CAS number or the id.
    for (const typed of ['N-fenetil-4-piperidona', 'npp', '39742-60-4', 'acetona']) {
      const found = await call(world.host, 'GET', `/api/alerts?substance=${encodeURIComponent(typed)}`);
      expect(found.json().items.map((a: { substanceId: string }) => a.substanceId)).toEqual([
        typed === 'acetona' ? 'acetone' : 'npp',
      ]);
    }
    expect((await call(world.host, 'GET', '/api/alerts?substance=ibuprofeno')).json().total).toBe(0);

    // Severity bands are score ranges; a score stored exactly on a band's floor belongs to that band.
    await getDb().asOwner((tx) => tx.query('update alerts set score = 0.65 where id = $1', [id]));
    const high = await call(world.host, 'GET', '/api/alerts?severity=high');
    expect(high.json().items).toMatchObject([{ id, severity: 'high', score: 0.65 }]);
    const bands = await Promise.all(
      ['critical', 'medium', 'low'].map(async (s) =>
        (await call(world.host, 'GET', `/api/alerts?severity=${s}`)).json(),
      ),
    );
    expect(bands.reduce((sum, b) => sum + b.total, high.json().total)).toBe(2);
    expect((await call(world.host, 'GET', '/api/alerts?severity=urgent')).statusCode).toBe(400);

    expect((await call(world.partner, 'GET', '/api/alerts')).json().total).toBe(0);
    expect((await call(world.partner, 'GET', `/api/alerts/${id}`)).statusCode).toBe(404);
    // Another host agency sees the amber alert (released to MEX) but only the owner may act on it.
    expect((await call(world.otherHost, 'GET', `/api/alerts/${id}`)).statusCode).toBe(200);
    expect((await call(world.otherHost, 'POST', `/api/alerts/${id}/acknowledge`, {})).statusCode).toBe(403);

    expect((await call(world.host, 'POST', `/api/alerts/${id}/acknowledge`, {})).json().status).toBe(
      'acknowledged',
    );
    const assigned = await call(world.host, 'POST', `/api/alerts/${id}/assign`, {
      assignee: world.host.userId,
    });
    expect(assigned.json()).toMatchObject({
      status: 'assigned',
      assignee: world.host.userId,
      assigneeName: 'host-analyst',
    });
    // Released to the partner, the alert shows that it is assigned, not to whom.
    await getDb().asOwner((tx) =>
      tx.query(`update alerts set releasable_to = '{MEX,USA}' where id = $1`, [id]),
    );
    expect((await call(world.partner, 'GET', `/api/alerts/${id}`)).json()).toMatchObject({
      status: 'assigned',
      assigneeName: null,
    });
    const noReason = await call(world.host, 'POST', `/api/alerts/${id}/dismiss`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('DISMISS_REASON_REQUIRED');
    const dismissed = await call(world.host, 'POST', `/api/alerts/${id}/dismiss`, {
      reason: 'Permiso COFEPRIS verificado',
    });
    expect(dismissed.json()).toMatchObject({
      status: 'dismissed',
      dismissReason: 'Permiso COFEPRIS verificado',
    });
    // A page of one is not the whole list: the total comes from the counts stored per marking and status (0627),
    // kept through the status changes and the release above, or, with other filters, from counting.
    const totals = async (who: typeof world.host, query = '') =>
      (await call(who, 'GET', `/api/alerts?limit=1${query}`)).json().total;
    expect(await totals(world.host)).toBe(2);
    expect(await totals(world.host, '&status=dismissed')).toBe(1);
    expect(await totals(world.host, '&status=open')).toBe(1);
    expect(await totals(world.host, '&status=acknowledged')).toBe(0);
    expect(await totals(world.host, '&verdict=watch')).toBe(1);
    expect(await totals(world.partner)).toBe(1);
    expect(await totals(world.partner, '&status=open')).toBe(0);
    const again = await call(world.host, 'POST', `/api/alerts/${id}/escalate`, {});
    expect(again.statusCode).toBe(409);

    const detail = await call(world.host, 'GET', `/api/alerts/${id}`);
    expect(detail.json().billOfLading).toBe('MEDU0001');
    expect(detail.json().actions.map((a: { action: string }) => a.action)).toEqual([
      'acknowledge',
      'assign',
      'dismiss',
    ]);
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ action: string }>(`select action from audit_log where action like 'alert.%' order by seq`),
    );
    expect(rows.map((r) => r.action)).toEqual(['alert.acknowledge', 'alert.assign', 'alert.dismiss']);
    // a deleted alert leaves the counts too
    await getDb().asOwner((tx) => tx.query(`delete from alert_actions where alert_id = $1`, [id]));
    await getDb().asOwner((tx) => tx.query(`delete from alerts where id = $1`, [id]));
    expect([await totals(world.host), await totals(world.partner)]).toEqual([1, 0]);
  });

  it('accepts the file as a multipart upload', async () => {
    const boundary = '----centinela-test';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="pedimentos.csv"',
      'Content-Type: text/csv',
      '',
      FILE,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const response = await app.inject({
      method: 'POST',
      url: '/api/declarations/import',
      headers: {
        authorization: `Bearer ${await makeSession(getDb(), world.host)}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rows: 4, imported: 3, rejected: 1 });
  });

  it('refuses an upload without a file and an unknown alert', async () => {
    const empty = await call(world.host, 'POST', '/api/declarations/import', { not: 'a file' });
    expect(empty.statusCode).toBe(400);
    const unknown = await call(world.host, 'GET', '/api/alerts/00000000-0000-4000-8000-000000000000');
    expect(unknown.json().error.code).toBe('ALERT_NOT_FOUND');
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import { sequenceAudit } from './sequencer.ts';

describeEachEngine('reads on the record', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const trail = async () => {
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ action: string; subject_table: string | null; subject_ids: string[]; tlp: string | null }>(
        'select action, subject_table, subject_ids, tlp from audit_log order by seq',
      ),
    );
    return rows;
  };

  it('a list read is recorded once per request, naming the restricted rows it returned', async () => {
    const db = getDb();
    const amber = await makeReport(db, world.host, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] });
    const red = await makeReport(db, world.host, { tlp: 'red', releasableTo: ['MEX'], recipients: [] });
    await makeReport(db, world.host, { tlp: 'green', releasableTo: ['MEX'], recipients: [] });
    const token = await makeSession(db, world.host);
    const list = await app.inject({
      method: 'GET',
      url: '/api/reports',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(list.json().items).toHaveLength(3);
    const entries = await trail();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'read', subject_table: 'reports', tlp: 'red' });
    expect([...entries[0]!.subject_ids].sort()).toEqual([amber, red].sort());
  });

  it('switching the language is not an audit event', async () => {
    const token = await makeSession(getDb(), world.host);
    const changed = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
      payload: { locale: 'es' },
    });
    expect(changed.statusCode).toBe(200);
    expect(await trail()).toEqual([]);
  });
});

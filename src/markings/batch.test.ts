/**
 * Releasing many records in one act (issue 18): the preview says, record by record, whether it would be refused
 * and who reads it now and would after; the release is all or nothing (a refused record names itself and nothing
 * changes), audited per record with the justification, written to the agency's register of releases, and what was
 * derived from the records is re-analysed at once, as for a single change.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeSession } from '../testing/factories.ts';
import { BOL, custodyWorld } from '../testing/custody-world.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { sequenceAudit } from '../audit/sequencer.ts';
import { analyseConsignments } from '../custody/index.ts';

describeEachEngine('releasing records in a batch', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof custodyWorld>>;
  beforeEach(async () => {
    world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const call = async (who: Actor, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const reportsOf = async (owner: Actor, n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push(
        await makeReport(getDb(), owner, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] }, `r${i}`),
      );
    return ids;
  };
  const markings = async (ids: string[]) =>
    (
      await getDb().asOwner((tx) =>
        tx.query<{ id: string; tlp: string; releasable_to: string[]; recipients: string[] }>(
          'select id, tlp, releasable_to, recipients from reports where id = any ($1::uuid[]) order by title',
          [ids],
        ),
      )
    ).rows.map(({ tlp, releasable_to, recipients }) => ({ tlp, releasable_to, recipients }));

  it('previews record by record who reads each now and after, changing nothing', async () => {
    const [a, b] = await reportsOf(world.host, 2);
    const foreign = await makeReport(getDb(), world.otherHost, {
      tlp: 'green',
      releasableTo: ['MEX'],
      recipients: [],
    });
    const response = await call(world.host, 'POST', '/api/markings/batch/preview', {
      records: [
        { table: 'reports', id: a },
        { table: 'reports', id: b },
        { table: 'reports', id: foreign },
        { table: 'reports', id: randomUUID() },
        { table: 'users', id: world.host.userId },
      ],
      releaseTo: ['USA'],
      recipients: ['US-DEA'],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.accepted).toBe(false);
    expect(body.agencies.map((x: { agency: string }) => x.agency)).toContain('US-DEA');
    expect(body.records.map((r: { refusal: string | null }) => r.refusal)).toEqual([
      null,
      null,
      'MARKING_WIDENING_FORBIDDEN',
      'NOT_FOUND',
      'NOT_A_MARKED_TABLE',
    ]);
    expect(body.records[0]).toMatchObject({
      after: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: ['US-DEA'] },
      widening: true,
      unchanged: false,
      derived: false,
    });
    expect(body.records[0].readersBefore).not.toContain('US-DEA');
    expect(body.records[0].readersAfter).toContain('US-DEA');
    expect(body.records[0].readersAfter).toContain('MX-CNI');
    expect(body.records[3]).toMatchObject({ before: null, after: null, readersBefore: [], readersAfter: [] });
    expect(await markings([a!, b!])).toEqual([
      { tlp: 'amber', releasable_to: ['MEX'], recipients: [] },
      { tlp: 'amber', releasable_to: ['MEX'], recipients: [] },
    ]);
  });

  it('releases every record or none, audited per record with the justification', async () => {
    const ids = await reportsOf(world.host, 3);
    const foreign = await makeReport(getDb(), world.otherHost, {
      tlp: 'amber',
      releasableTo: ['MEX'],
      recipients: [],
    });
    const records = [...ids, foreign].map((id) => ({ table: 'reports', id }));
    const refused = await call(world.host, 'POST', '/api/markings/batch', {
      records,
      tlp: 'green',
      releaseTo: ['USA'],
      justification: 'joint operation',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'MARKING_WIDENING_FORBIDDEN', field: 'records.3' });
    expect(refused.json().error.detail).toContain(`reports/${foreign}`);
    expect(await markings(ids)).toEqual(
      ids.map(() => ({ tlp: 'amber', releasable_to: ['MEX'], recipients: [] })),
    );

    const noReason = await call(world.host, 'POST', '/api/markings/batch', {
      records: records.slice(0, 3),
      releaseTo: ['USA'],
      justification: '  ',
    });
    expect(noReason.statusCode).toBe(400);

    const done = await call(world.host, 'POST', '/api/markings/batch', {
      records: [...records.slice(0, 3), records[0]],
      tlp: 'green',
      releaseTo: ['USA'],
      justification: 'joint operation',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ changed: 3, unchanged: 0 });
    expect(await markings(ids)).toEqual(
      ids.map(() => ({ tlp: 'green', releasable_to: ['MEX', 'USA'], recipients: [] })),
    );
    expect((await call(world.partner, 'GET', `/api/reports/${ids[0]}`)).statusCode).toBe(200);

    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ subject_ids: string[]; detail: { justification: string; batch: string; widened: boolean } }>(
        "select subject_ids, detail from audit_log where action = 'change_marking' order by subject_ids",
      ),
    );
    expect(rows.map((r) => r.subject_ids[0]).sort()).toEqual([...ids].sort());
    expect(new Set(rows.map((r) => r.detail.batch))).toEqual(new Set([done.json().batchId]));
    expect(rows.every((r) => r.detail.justification === 'joint operation' && r.detail.widened)).toBe(true);

    // the register of releases: the releasing agency reads it, no one else does
    const releases = (await call(world.host, 'GET', '/api/markings/releases')).json();
    expect(releases.total).toBe(3);
    expect(releases.items[0]).toMatchObject({
      table: 'reports',
      batchId: done.json().batchId,
      releasedBy: 'host-analyst',
      before: { tlp: 'amber', releasableTo: ['MEX'] },
      after: { tlp: 'green', releasableTo: ['MEX', 'USA'] },
      justification: 'joint operation',
    });
    expect((await call(world.otherHost, 'GET', '/api/markings/releases')).json().total).toBe(0);
    expect((await call(world.partner, 'GET', '/api/markings/releases')).json().total).toBe(0);

    // a record already released as asked is left as it is
    const again = await call(world.host, 'POST', '/api/markings/batch', {
      records: records.slice(0, 1),
      releaseTo: ['USA'],
      justification: 'again',
    });
    expect(again.json()).toMatchObject({ changed: 0, unchanged: 1 });
  });

  it('re-analyses what was derived from the records released, as the single change does', async () => {
    await analyseConsignments(getDb(), world.host, 'stale');
    expect((await call(world.partner, 'GET', '/api/consignments')).json().items).toEqual([]);
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ id: string }>('select id from declaration_lines where bill_of_lading = $1', [BOL]),
    );
    const released = await call(world.host, 'POST', '/api/markings/batch', {
      records: rows.map((r) => ({ table: 'declaration_lines', id: r.id })),
      releaseTo: ['USA'],
      justification: 'shared with the DEA',
    });
    expect(released.statusCode).toBe(200);
    expect((await call(world.partner, 'GET', '/api/consignments')).json().items).toMatchObject([
      { billOfLading: BOL },
    ]);
  });

  it('refuses more than 500 records', async () => {
    const response = await call(world.host, 'POST', '/api/markings/batch/preview', {
      records: Array.from({ length: 501 }, () => ({ table: 'reports', id: randomUUID() })),
      releaseTo: ['USA'],
    });
    expect(response.statusCode).toBe(400);
  });
});

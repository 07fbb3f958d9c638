/**
 * The preview of a marking change (issue 11, "No widening past the inputs"): who may read the record now and
 * would after, by the database's rule, whether the change would be refused and whether it needs a
 * justification — changing nothing, and audited as a read.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

describeEachEngine('previewing a marking change', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  const preview = async (who: Actor, table: string, id: string, body: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: `/api/markings/${table}/${id}/preview`,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
      payload: body,
    });
  const readers = (body: { agencies: { agency: string; before: boolean; after: boolean }[] }) =>
    Object.fromEntries(body.agencies.map((a) => [a.agency, [a.before, a.after]]));

  it('shows the owner who would read a contributed record after a release, and changes nothing', async () => {
    const id = await makeReport(getDb(), world.host, { tlp: 'amber', releasableTo: ['MEX'], recipients: [] });
    const response = await preview(world.host, 'reports', id, {
      tlp: 'green',
      releasableTo: ['USA'],
      recipients: [],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      after: { ownerAgency: 'MX-ANAM', tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
      derived: false,
      widening: true,
      refusal: null,
      justificationRequired: false,
    });
    expect(readers(body)).toEqual({
      'MX-ANAM': [true, true],
      'MX-CNI': [true, true],
      'MX-SYS': [true, true],
      'US-DEA': [false, true],
    });
    const partner = await app.inject({
      method: 'GET',
      url: `/api/reports/${id}`,
      headers: { authorization: `Bearer ${await makeSession(getDb(), world.partner)}` },
    });
    expect(partner.statusCode).toBe(404);
    await sequenceAudit(getDb());
    const { rows } = await getDb().asOwner((tx) =>
      tx.query<{ action: string; subject_ids: string[] }>(
        "select action, subject_ids from audit_log where action in ('read', 'change_marking')",
      ),
    );
    expect(rows).toEqual([{ action: 'read', subject_ids: [id] }]);
  });

  it('says a derived record would be refused wider and needs a justification to narrow', async () => {
    const id = randomUUID();
    await getDb().asOwner((tx) =>
      tx.query(
        `insert into findings (id, owner_agency, tlp, releasable_to, recipients, bill_of_lading, kind, severity,
           evidence, explanation_en, explanation_es, computed_at, viewers)
         values ($1, 'MX-ANAM', 'amber', '{MEX}', '{}', 'BOL-1', 'dwell', 'medium', '{e-1}', 'x', 'x', now(),
           '{MX-ANAM,MX-CNI}')`,
        [id],
      ),
    );
    const release = (
      await preview(world.host, 'findings', id, {
        tlp: 'amber',
        releasableTo: ['MEX', 'USA'],
        recipients: [],
      })
    ).json();
    expect(release).toMatchObject({
      derived: true,
      widening: true,
      refusal: 'DERIVED_MARKING_WIDENING',
      justificationRequired: true,
    });
    expect(readers(release)['US-DEA']).toEqual([false, true]);
    const narrow = (
      await preview(world.host, 'findings', id, {
        tlp: 'amber+strict',
        releasableTo: ['MEX'],
        recipients: [],
      })
    ).json();
    expect(narrow).toMatchObject({ widening: false, refusal: null, justificationRequired: true });
    expect(readers(narrow)['MX-CNI']).toEqual([true, false]);
    // Another agency that reads it may not change it; one that cannot see it learns nothing.
    expect(
      (
        await preview(world.otherHost, 'findings', id, { tlp: 'red', releasableTo: ['MEX'], recipients: [] })
      ).json(),
    ).toMatchObject({ refusal: 'FORBIDDEN' });
    const hidden = await preview(world.partner, 'findings', id, {
      tlp: 'red',
      releasableTo: ['MEX'],
      recipients: [],
    });
    expect(hidden.statusCode).toBe(404);
    expect(
      (await preview(world.host, 'findings', 'not-an-id', { tlp: 'red', releasableTo: [], recipients: [] }))
        .statusCode,
    ).toBe(404);
  });
});

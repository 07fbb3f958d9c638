import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { recordAudit } from './audit.ts';
import { sequenceAudit } from './sequencer.ts';
import { verifyAuditChain } from './verify.ts';

/**
 * A finding derived for one agency's class, marked for its whole nation (amber to MEX): its marking would let
 * every MEX agency read it, its viewers do not. As the analysis stores it: findings are read by their viewers.
 */
async function makeFinding(db: Database, bol: string, viewers: readonly string[]): Promise<string> {
  const id = randomUUID();
  await db.asOwner((tx) =>
    tx.query(
      `insert into findings (id, owner_agency, tlp, releasable_to, recipients, bill_of_lading, kind, severity,
         evidence, explanation_en, explanation_es, computed_at, viewers)
       values ($1, 'MX-ANAM', 'amber', '{MEX}', '{}', $2, 'dwell', 'medium', '{e-1}', 'x', 'x', now(), $3)`,
      [id, bol, viewers],
    ),
  );
  return id;
}

interface Entry {
  chain: string;
  seq: number;
  action: string;
  subjectIds: string[];
  detail: Record<string, unknown>;
}

describeEachEngine('audit entries naming derived records', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  let hostAuditor: Actor;
  let privateFinding: string;
  let sharedFinding: string;
  beforeEach(async () => {
    const db = getDb();
    world = await makeTwoNationWorld(db);
    hostAuditor = await db.asOwner((tx) => makeUser(tx, world.hostAgency, ['auditor'], 'anam-auditor'));
    app = await buildApp({ db });
    // MX-ANAM's class alone derived this one (it sees an input MX-CNI does not); both derived the other.
    privateFinding = await makeFinding(db, 'BOL-ANAM', ['MX-ANAM']);
    sharedFinding = await makeFinding(db, 'BOL-BOTH', ['MX-ANAM', 'MX-CNI']);
  });
  afterEach(async () => {
    await app.close();
  });

  const get = async (who: Actor, url: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
    });
  const findings = async (who: Actor, bol: string) => {
    const listed = await get(who, `/api/findings?bol=${bol}`);
    expect(listed.statusCode).toBe(200);
    return listed.json<{ items: { id: string }[] }>().items.map((f) => f.id);
  };

  it('an auditor of another agency of the nation reads no entry naming a finding its agency cannot see: no id, reason, count or position', async () => {
    expect(await findings(world.otherHost, 'BOL-ANAM')).toEqual([]); // MX-CNI does not read the finding
    expect(await findings(world.otherHost, 'BOL-BOTH')).toEqual([sharedFinding]);
    expect(await findings(world.host, 'BOL-ANAM')).toEqual([privateFinding]);
    // A workflow action's text is in the entry naming the finding: it follows the same rule.
    await getDb().asUser(world.host, (tx) =>
      recordAudit(tx, world.host, {
        action: 'finding.dismiss',
        table: 'findings',
        ids: [privateFinding],
        detail: { reason: 'the consignee is the informant' },
      }),
    );
    expect(await findings(world.host, 'BOL-BOTH')).toEqual([sharedFinding]);

    // MX-CNI's auditor (world.auditor): the two reads of the finding its agency reads, as positions 1 and 2 of
    // its agency's chain — nothing says the host read or dismissed a finding in between.
    const seen = (await get(world.auditor, '/api/audit')).json<{ items: Entry[] }>().items;
    expect(seen.map((e) => [e.chain, e.seq, e.subjectIds])).toEqual([
      ['agency:MX-CNI', 2, [sharedFinding]],
      ['agency:MX-CNI', 1, [sharedFinding]],
    ]);
    const text = JSON.stringify(seen);
    expect(text).not.toContain(privateFinding);
    expect(text).not.toContain('informant');
    expect((await get(world.auditor, `/api/audit?subjectId=${privateFinding}`)).json()).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await get(world.auditor, '/api/audit/verify')).json()).toEqual({
      chains: 1,
      ok: true,
      broken: null,
      entries: 2,
    });
    const exported = (await get(world.auditor, '/api/audit/export?format=jsonl')).body.trim().split('\n');
    expect(exported.map((line) => (JSON.parse(line) as Entry).seq)).toEqual([1, 2]);

    // MX-ANAM's auditor reads all four in its agency's chain: its agency reads both findings.
    const own = (await get(hostAuditor, '/api/audit')).json<{ items: Entry[] }>().items;
    const byPlace = (a: Entry, b: Entry) => a.chain.localeCompare(b.chain) || a.seq - b.seq;
    const inOrder = [...own].sort(byPlace);
    expect(inOrder.map((e) => [e.chain, e.seq])).toEqual([1, 2, 3, 4].map((seq) => ['agency:MX-ANAM', seq]));
    expect(inOrder.map((e) => [e.action, e.subjectIds]).sort()).toEqual(
      [
        ['read', [privateFinding]],
        ['finding.dismiss', [privateFinding]],
        ['read', [sharedFinding]],
        ['read', [sharedFinding]],
      ].sort(),
    );
    expect(own.find((e) => e.action === 'finding.dismiss')?.detail).toEqual({
      reason: 'the consignee is the informant',
    });
    expect((await get(hostAuditor, '/api/audit/verify')).json()).toMatchObject({ ok: true, entries: 4 });

    // The operator verifies every chain.
    await sequenceAudit(getDb());
    const whole = await verifyAuditChain((work) => getDb().asOwner(work));
    expect(whole.broken).toBeNull();
  });

  it('an entry naming a derived record the actor does not read fails closed: its own agency alone', async () => {
    // The marking passed (amber to MEX) would let every MEX agency read the entry; the finding's viewers are
    // not found as MX-CNI reads, so they narrow it to MX-CNI.
    await getDb().asUser(world.otherHost, (tx) =>
      recordAudit(tx, world.otherHost, {
        action: 'read',
        table: 'findings',
        ids: [privateFinding],
        markings: [{ ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] }],
      }),
    );
    await sequenceAudit(getDb());
    const chains = await getDb().asOwner((tx) =>
      tx.query<{ viewers: string[]; links: string[] }>(
        `select a.viewers, array(select l.agency from audit_links l where l.entry = a.entry) as links
         from audit_log a where a.action = 'read'`,
      ),
    );
    expect(chains.rows).toEqual([{ viewers: ['MX-CNI'], links: ['MX-CNI'] }]);
  });
});

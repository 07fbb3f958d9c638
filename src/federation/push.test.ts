/**
 * `centinela push` (push.ts): one instance sends another's inbox what it releases to it — exactly what the peer's
 * account reads here, less what this instance received — in envelopes below the peer's size limit, each one
 * importable alone; a repeat changes nothing; who may push, an unknown peer and an unreachable one; audited on
 * the pushing side. Two instances, both engines.
 */
import { Command } from 'commander';
import { afterEach, expect, it, vi } from 'vitest';
import { registerCapabilityCommands } from '../app/capability-commands.ts';
import { buildApp } from '../app/http-app.ts';
import { sequenceAudit } from '../audit/sequencer.ts';
import { AppError } from '../errors/app-error.ts';
import { TLP_LEVELS, canSee, type Marking } from '../shared/marking.ts';
import type { Database } from '../store/database.ts';
import { cliContextOver } from '../testing/cli-context.ts';
import { describeEachEngine, freshDatabase } from '../testing/db.ts';
import { makeReport, makeUser } from '../testing/factories.ts';
import { twoNationInstance } from '../testing/two-nations.ts';
import { exportBundle } from './export.ts';
import { importStix } from './import.ts';
import { addPeer } from './peers.ts';
import { pushPeer, type PushResult } from './push.ts';

const titles = (db: Database) =>
  db.asOwner(async (tx) => {
    const { rows } = await tx.query<{ title: string }>('select title from reports order by title');
    return rows.map((r) => r.title);
  });

describeEachEngine('centinela push: to a peer inbox', (getDb, engine) => {
  // inside the suite, so the app stops before the suite's database closes (after hooks run in reverse)
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** MEX (the receiver, serving TAXII) and the USA (the pusher), each registered with the other. */
  async function setUp() {
    const mex = getDb();
    const usa = await freshDatabase(engine);
    cleanup.push(() => usa.close());
    const host = await twoNationInstance(mex, 'MEX');
    const partner = await twoNationInstance(usa, 'USA');
    const app = await buildApp({ db: mex, webRoot: '/nonexistent' });
    cleanup.push(() => app.close());
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const usaAtMex = await addPeer(mex, host.admin, { name: 'usa', agency: 'US-DEA' });
    await addPeer(usa, partner.admin, {
      name: 'mex',
      agency: 'MX-ANAM',
      url: `${url}/taxii2/`,
      token: usaAtMex.token!,
    });
    return { mex, usa, host, partner, url };
  }

  /** The partner's reports: every TLP, releasable to both nations or to the USA only, red to MX-ANAM by name. */
  async function partnerReports(usa: Database, analyst: Parameters<typeof makeReport>[1]) {
    const sent: { title: string; marking: Marking }[] = [];
    TLP_LEVELS.forEach((tlp, i) =>
      [['MEX', 'USA'], ['USA']].forEach((releasableTo, j) => {
        const recipients = tlp === 'red' || tlp === 'amber+strict' ? ['MX-ANAM'] : [];
        sent.push({ title: `r${i}${j}`, marking: { ownerAgency: 'US-DEA', tlp, releasableTo, recipients } });
      }),
    );
    for (const s of sent) await makeReport(usa, analyst, s.marking, s.title);
    return sent.filter((s) => canSee({ agency: 'MX-ANAM', nation: 'MEX' }, s.marking)).map((s) => s.title);
  }

  it('sends what the peer may read here, less what we received; a repeat changes nothing; audited', async () => {
    const { mex, usa, host, partner } = await setUp();
    const released = await partnerReports(usa, partner.analyst);
    // a MEX report the USA received earlier: it belongs to MEX, and it is not sent back
    await makeReport(
      mex,
      host.analyst,
      { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
      'mex own',
    );
    const file = JSON.stringify(await exportBundle(mex, host.analyst));
    expect((await importStix(usa, partner.analyst, file)).imported).toBe(1);

    const first = await pushPeer(usa, partner.analyst, 'mex');
    expect(first.failures).toEqual([]);
    expect(first.objects).toBe(released.length);
    expect(first.envelopes).toBe(1);
    expect(first.statuses).toHaveLength(1);
    expect(await titles(mex)).toEqual(['mex own', ...released].sort());

    const again = await pushPeer(usa, partner.analyst, 'mex');
    expect(again).toMatchObject({ objects: first.objects, successes: first.successes, failures: [] });
    expect(await titles(mex)).toEqual(['mex own', ...released].sort());

    await sequenceAudit(usa);
    const audited = await usa.asOwner(async (tx) => {
      const { rows } = await tx.query<{ detail: Record<string, unknown> }>(
        "select detail from audit_log where action = 'push' order by seq",
      );
      return rows.map((r) => r.detail);
    });
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ objects: released.length, failures: 0, source: first.inbox });
  });

  it('splits what it sends below the size limit, each envelope carrying the definitions its objects name', async () => {
    const { mex, usa, partner } = await setUp();
    const released = await partnerReports(usa, partner.analyst);
    const pushed = await pushPeer(usa, partner.analyst, 'mex', { maxBytes: 4_000 });
    expect(pushed.envelopes).toBeGreaterThan(2);
    expect(pushed.failures).toEqual([]);
    expect(pushed.objects).toBe(released.length);
    expect(await titles(mex)).toEqual(released.sort());

    // the command line: the same push, one envelope at the peer's own limit, printed as JSON
    const program = new Command().exitOverride();
    registerCapabilityCommands(program, cliContextOver(usa, partner.analyst));
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      await program.parseAsync(['push', '--peer', 'mex', '--format', 'json'], { from: 'user' });
    } finally {
      log.mockRestore();
    }
    const printed = JSON.parse(lines.join('\n')) as PushResult;
    expect(printed).toMatchObject({ peer: 'mex', objects: released.length, envelopes: 1, failures: [] });
  });

  it('refuses an advisor, an unknown peer and reports an unreachable one, audited', async () => {
    const { usa, partner } = await setUp();
    const advisor = await usa.asOwner((tx) => makeUser(tx, 'US-DEA', ['advisor']));
    await expect(pushPeer(usa, advisor, 'mex')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(pushPeer(usa, partner.analyst, 'nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const down: typeof fetch = () => Promise.reject(new Error('connection refused'));
    const failed = pushPeer(usa, partner.analyst, 'mex', { fetchFn: down });
    await expect(failed).rejects.toBeInstanceOf(AppError);
    await expect(failed).rejects.toMatchObject({ code: 'PEER_UNAVAILABLE' });
    await sequenceAudit(usa);
    const detail = await usa.asOwner(async (tx) => {
      const { rows } = await tx.query<{ detail: { error?: string } }>(
        "select detail from audit_log where action = 'push'",
      );
      return rows.map((r) => r.detail);
    });
    expect(detail).toHaveLength(1);
    expect(detail[0]!.error).toMatch(/connection refused/);
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { registerCapabilityCommands } from '../app/capability-commands.ts';
import { sequenceAudit } from '../audit/sequencer.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { cliContextOver } from '../testing/cli-context.ts';
import { describeEachEngine, freshDatabase } from '../testing/db.ts';
import { makeAgency, makeNation, makeReport, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import type { StixBundle } from './stix.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'centinela-stix-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(db: Database, actor: Actor, args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerCapabilityCommands(program, cliContextOver(db, actor));
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    log.mockRestore();
  }
  return lines.join('\n');
}

describeEachEngine('centinela export stix / import stix', (getDb) => {
  it('writes the user’s bundle to a file, and another instance imports it', async () => {
    const mex = getDb();
    const world = await makeTwoNationWorld(mex);
    await makeReport(mex, world.host, { tlp: 'amber', releasableTo: ['USA'], recipients: [] }, 'released');
    await makeReport(mex, world.host, { tlp: 'amber', releasableTo: [], recipients: [] }, 'kept home');
    const file = join(dir, `bundle-${world.host.requestId}.json`);
    await run(mex, world.partner, ['export', 'stix', '--out', file]);
    const bundle = JSON.parse(await readFile(file, 'utf8')) as StixBundle;
    expect(bundle.objects.filter((o) => o.type === 'report').map((o) => o.name)).toEqual(['released']);

    const usa = await freshDatabase(mex.engine);
    try {
      const analyst = await usa.asOwner(async (tx) => {
        await makeNation(tx, 'USA');
        return makeUser(tx, await makeAgency(tx, 'USA', 'US-DEA'), ['analyst']);
      });
      const summary = await run(usa, analyst, ['import', 'stix', file]);
      expect(summary).toMatch(/: 1 imported, 0 updated, 0 already held, 0 skipped, 0 rejected$/m);
      const again = JSON.parse(await run(usa, analyst, ['import', 'stix', file, '--format', 'json']));
      expect(again).toMatchObject({ imported: 0, unchanged: 1, rejected: 0 });
    } finally {
      await usa.close();
    }
  });
});

describeEachEngine('centinela peers add / list / remove', (getDb) => {
  it('adds a peer with an account of a partner agency (token printed once), lists it, removes it; audited', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const added = await run(db, world.admin, ['peers', 'add', '--name', 'usa', '--agency', 'US-DEA']);
    const token = added.split('\n').at(-1)!;
    expect(token).toMatch(/^ct_/);
    const listed = JSON.parse(await run(db, world.admin, ['peers', 'list', '--format', 'json']));
    expect(listed.peers).toEqual([
      expect.objectContaining({ name: 'usa', agency: 'US-DEA', username: 'peer-usa', pulls: false }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    await expect(run(db, world.host, ['peers', 'list'])).rejects.toThrow();
    await expect(
      run(db, world.admin, ['peers', 'add', '--name', 'mx', '--agency', 'MX-CNI']),
    ).rejects.toThrow();
    await run(db, world.admin, ['peers', 'remove', 'usa']);
    expect(JSON.parse(await run(db, world.admin, ['peers', 'list', '--format', 'json'])).peers).toEqual([]);
    await sequenceAudit(db);
    const actions = await db.asOwner(async (tx) => {
      const { rows } = await tx.query<{ action: string }>(
        "select action from audit_log where subject_table in ('peers', 'credentials') order by seq",
      );
      return rows.map((r) => r.action);
    });
    expect(actions).toEqual(expect.arrayContaining(['create', 'create_token', 'remove', 'revoke_token']));
  });
});

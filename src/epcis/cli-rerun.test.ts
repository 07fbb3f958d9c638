/** Issue 14: a rerun of an interrupted EPCIS import analyses what the interrupted run stored but never analysed. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { cliContextOver } from '../testing/cli-context.ts';
import { describeEachEngine } from '../testing/db.ts';
import { captureDocument } from './capture.ts';
import { register } from './cli.ts';
import { listFindings } from '../custody/findings.repository.ts';
import { analyseConsignments } from '../custody/index.ts';
import { custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';

describeEachEngine('centinela import epcis, rerun', (getDb) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('analyses the consignments an interrupted run stored without analysing', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const doc = epcisDocument(shortTrip());
    // The interrupted run: its events committed, the process killed before the analysis.
    await captureDocument(db, world.port, doc);
    const before = await db.asUser(world.host, (tx) => listFindings(tx, { limit: 10, offset: 0 }));
    expect(before.findings).toHaveLength(0);

    const dir = await mkdtemp(join(tmpdir(), 'centinela-rerun-'));
    try {
      const file = join(dir, 'events.jsonld');
      await writeFile(file, JSON.stringify(doc));
      const ctx = cliContextOver(db, world.port);
      const program = new Command().exitOverride();
      register(program, ctx, analyseConsignments);
      const printed: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
      await program.parseAsync(['import', 'epcis', file], { from: 'user' });
      expect(printed[0]).toMatch(/, 0 new, \d+ already stored/);
      expect(printed[1]).toMatch(/analysed 1 consignments: [1-9]\d* findings/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const after = await db.asUser(world.host, (tx) => listFindings(tx, { limit: 10, offset: 0 }));
    expect(after.findings.length).toBeGreaterThan(0);
  });
});

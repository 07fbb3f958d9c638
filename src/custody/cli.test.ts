import { afterEach, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { cliContextOver } from '../testing/cli-context.ts';
import { describeEachEngine } from '../testing/db.ts';
import { captureDocument } from '../epcis/capture.ts';
import { register } from './cli.ts';
import { actOnFinding } from './finding-service.ts';
import { analyseConsignments } from './findings.service.ts';
import { listFindings } from './findings.repository.ts';
import { BOL, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';

describeEachEngine('centinela findings', (getDb) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints each finding with where analysts stand on it (--format jsonl)', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await captureDocument(db, world.port, epcisDocument(shortTrip()));
    await analyseConsignments(db, world.host, 'stale');
    const { findings } = await db.asUser(world.host, (tx) => listFindings(tx, { limit: 10, offset: 0 }));
    await db.asUser(world.host, (tx) =>
      actOnFinding(tx, world.host, findings[0]!.id, { action: 'dismiss', reason: 'Merma de secado' }),
    );

    // The test's database, kept open for the test's own cleanup.
    const ctx = cliContextOver(db, world.host);
    const program = new Command().exitOverride();
    register(program, ctx);
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    await program.parseAsync(['findings', '--format', 'jsonl', '--recompute', 'none'], { from: 'user' });

    expect(written.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        bill_of_lading: BOL,
        kind: 'quantity_loss',
        status: 'dismissed',
        assignee: null,
        dismiss_reason: 'Merma de secado',
      }),
    ]);
  });
});

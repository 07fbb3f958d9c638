/**
 * Two analyses of one consignment at once (two captures touching it, or the CLI beside the API) and an analyst
 * acting meanwhile: the analyses take turns on the consignment, so its findings are replaced, not doubled, and
 * the analyst's decision is carried over by each. Meaningful on PostgreSQL; PGlite runs one transaction at a time.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { captureDocument } from '../epcis/capture.ts';
import { actOnFinding } from './finding-service.ts';
import { listFindings } from './findings.repository.ts';
import { analyseConsignments } from './findings.service.ts';
import { BOL, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';

describeEachEngine('concurrent analyses of one consignment', (getDb) => {
  it('neither double its findings nor lose an analyst’s dismissal', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const captured = await captureDocument(db, world.port, epcisDocument(shortTrip()));
    await analyseConsignments(db, world.host, captured.touched);
    const list = async () =>
      (await db.asUser(world.host, (tx) => listFindings(tx, { bol: BOL, limit: 50, offset: 0 }))).findings;
    const [finding] = await list();
    expect(finding).toBeDefined();
    const scope = { bols: [BOL], containers: [] };
    await Promise.all([
      analyseConsignments(db, world.host, scope),
      db.asUser(world.host, (tx) =>
        actOnFinding(tx, world.host, finding!.id, { action: 'dismiss', reason: 'Merma documentada' }),
      ),
      analyseConsignments(db, world.host, scope),
      analyseConsignments(db, world.host, scope),
    ]).catch((error: unknown) => {
      // The action may lose the race to a re-analysis that replaced the finding it named: that is the only
      // error allowed, and then the analyst simply acts again on the new id.
      if ((error as { code?: string }).code !== 'FINDING_NOT_FOUND') throw error;
    });
    const after = await list();
    expect(after.map((f) => f.kind)).toEqual([finding!.kind]);
    if (after[0]!.status !== 'dismissed') {
      await db.asUser(world.host, (tx) =>
        actOnFinding(tx, world.host, after[0]!.id, { action: 'dismiss', reason: 'Merma documentada' }),
      );
    }
    await Promise.all([
      analyseConsignments(db, world.host, scope),
      analyseConsignments(db, world.host, scope),
    ]);
    expect((await list()).map((f) => [f.kind, f.status])).toEqual([[finding!.kind, 'dismissed']]);
  });
});

/**
 * The unit of work is a consignment's finding of a kind: several findings of one (bill of lading, kind) move
 * together, and their history is keyed by the pair, so it outlives the findings re-analysis replaces.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import type { Database } from '../store/database.ts';
import { changeMarking } from '../markings/service.ts';
import { historyOfConsignments, listFindingActions } from './finding-actions.repository.ts';
import { workOfClass } from './finding-work.ts';
import { actOnFinding } from './finding-service.ts';
import { listFindings, replaceFindings, type MarkedFinding } from './findings.repository.ts';
import type { FindingKind, Severity } from './model.ts';
import { BOL, custodyWorld } from '../testing/custody-world.ts';

const MARKING = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] } as const;

const finding = (kind: FindingKind, severity: Severity, evidence: string): Omit<MarkedFinding, 'work'> => ({
  billOfLading: BOL,
  kind,
  severity,
  evidence: [evidence],
  explanation: { en: `${kind} at ${evidence}`, es: `${kind} en ${evidence}` },
  marking: { ...MARKING, releasableTo: [...MARKING.releasableTo], recipients: [] },
  evidenceRefs: [],
  viewers: ['MX-ANAM', 'MX-ASIPONA-ZLO', 'MX-CNI', 'MX-COFEPRIS'],
  declaredAt: '2024-03-01T16:00:00.000Z',
  portLocode: 'MXZLO',
});

/** What the analysis does with one class's findings: fold the class's history into them, and replace. */
const analyse = (db: Database, findings: Omit<MarkedFinding, 'work'>[]) =>
  db.asOwner(async (tx) => {
    const viewers = findings[0]?.viewers ?? [];
    const history = (await historyOfConsignments(tx, [BOL])).filter((h) =>
      viewers.every((v) => h.viewers.includes(v)),
    );
    const { workOfKind, reopened } = workOfClass(BOL, viewers, findings, history);
    return replaceFindings(
      tx,
      [BOL],
      findings.map((f) => ({ ...f, work: workOfKind.get(f.kind)! })),
      reopened,
    );
  });

describeEachEngine('the work on a consignment’s finding of a kind', (getDb) => {
  it('moves every finding of the pair together and keeps one history per pair across re-analysis', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await analyse(db, [
      finding('dwell', 'medium', 'place-a'),
      finding('dwell', 'low', 'place-b'),
      finding('tracking_gap', 'low', 'gap-1'),
    ]);
    const list = async () =>
      (await db.asUser(world.host, (tx) => listFindings(tx, { limit: 10, offset: 0 }))).findings;
    const dwell = (await list()).find((f) => f.kind === 'dwell')!;
    await db.asUser(world.host, (tx) =>
      actOnFinding(tx, world.host, dwell.id, { action: 'dismiss', reason: 'Patio autorizado' }),
    );
    const statuses = async () =>
      Object.fromEntries((await list()).map((f) => [`${f.kind}:${f.evidence[0]}`, f.status]));
    expect(await statuses()).toEqual({
      'dwell:place-a': 'dismissed',
      'dwell:place-b': 'dismissed',
      'tracking_gap:gap-1': 'open',
    });

    // Re-analysed: one dwell is gone and another appeared, none more severe than before.
    await analyse(db, [finding('dwell', 'medium', 'place-c'), finding('tracking_gap', 'low', 'gap-1')]);
    expect(await statuses()).toEqual({ 'dwell:place-c': 'dismissed', 'tracking_gap:gap-1': 'open' });
    const history = (kind: FindingKind) => db.asUser(world.host, (tx) => listFindingActions(tx, BOL, kind));
    expect(await history('dwell')).toMatchObject([{ action: 'dismiss', findingId: dwell.id }]);
    expect(await history('tracking_gap')).toEqual([]);

    // A pair that disappears and comes back later reads its history again: still dismissed (no more severe).
    await analyse(db, [finding('tracking_gap', 'low', 'gap-1')]);
    await analyse(db, [finding('dwell', 'low', 'place-c')]);
    expect(await statuses()).toEqual({ 'dwell:place-c': 'dismissed' });
    expect(await history('dwell')).toHaveLength(1);
  });

  it('narrows the history when an input of its finding is narrowed (line → finding → history)', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await analyse(db, [finding('dwell', 'medium', 'place-a')]);
    const [dwell] = (await db.asUser(world.host, (tx) => listFindings(tx, { limit: 10, offset: 0 })))
      .findings;
    await db.asUser(world.host, (tx) => actOnFinding(tx, world.host, dwell!.id, { action: 'escalate' }));
    const { rows: lines } = await db.asOwner((tx) =>
      tx.query<{ id: string }>('select id from declaration_lines where bill_of_lading = $1', [BOL]),
    );
    await db.asUser(world.host, (tx) =>
      changeMarking(tx, world.host, 'declaration_lines', lines[0]!.id, {
        tlp: 'amber+strict',
        releasableTo: ['MEX'],
        recipients: [],
      }),
    );
    const { rows } = await db.asOwner((tx) =>
      tx.query<{ tlp: string }>('select tlp from finding_actions where bill_of_lading = $1', [BOL]),
    );
    expect(rows).toEqual([{ tlp: 'amber+strict' }]);
    expect(await db.asUser(world.otherHost, (tx) => listFindingActions(tx, BOL, 'dwell'))).toEqual([]);
  });

  it('narrows the history when re-analysis brings the pair back narrower, or when no finding is left', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    const released = (f: Omit<MarkedFinding, 'work'>): Omit<MarkedFinding, 'work'> => ({
      ...f,
      marking: { ...f.marking, releasableTo: ['MEX', 'USA'] },
    });
    await analyse(db, [released(finding('dwell', 'medium', 'place-a'))]);
    const [dwell] = (await db.asUser(world.host, (tx) => listFindings(tx, { limit: 10, offset: 0 })))
      .findings;
    await db.asUser(world.host, (tx) => actOnFinding(tx, world.host, dwell!.id, { action: 'escalate' }));
    const historyMarking = async () =>
      (
        await db.asOwner((tx) =>
          tx.query<{ releasable_to: string[] }>(
            'select releasable_to from finding_actions where bill_of_lading = $1',
            [BOL],
          ),
        )
      ).rows.map((r) => r.releasable_to);
    expect(await historyMarking()).toEqual([['MEX', 'USA']]);
    // Re-analysed with evidence released to MEX only: the new finding is an insert, and narrows the history.
    await analyse(db, [finding('dwell', 'medium', 'place-b')]);
    expect(await historyMarking()).toEqual([['MEX']]);

    // Released again, then the pair is no longer found, then the line is narrowed: the history follows the line.
    await db.asOwner((tx) => tx.query(`update finding_actions set releasable_to = '{MEX,USA}'`));
    await analyse(db, []);
    const { rows: lines } = await db.asOwner((tx) =>
      tx.query<{ id: string }>('select id from declaration_lines where bill_of_lading = $1', [BOL]),
    );
    await db.asOwner((tx) =>
      tx.query(`update declaration_lines set releasable_to = '{MEX,USA}' where id = $1`, [lines[0]!.id]),
    );
    await db.asUser(world.host, (tx) =>
      changeMarking(tx, world.host, 'declaration_lines', lines[0]!.id, {
        tlp: 'amber',
        releasableTo: ['MEX'],
        recipients: [],
      }),
    );
    expect(await historyMarking()).toEqual([['MEX']]);
  });
});

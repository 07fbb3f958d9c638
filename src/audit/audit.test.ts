import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { openStore } from '../store/open.ts';
import { recordAudit, recordReads } from './audit.ts';
import { entryHash, firstBreak, GENESIS_HASH, type AuditEntry } from './chain.ts';
import { verifyAuditChain } from './verify.ts';
import { sequenceAudit } from './sequencer.ts';

const run = promisify(execFile);

const entry = (seq: number): AuditEntry => ({
  seq,
  at: new Date(Date.UTC(2026, 10, 25, 0, 0, seq)).toISOString(),
  actorUser: 'u',
  actorAgency: 'MX-ANAM',
  actorNation: 'MEX',
  action: 'create',
  subjectTable: 'reports',
  subjectIds: [`id-${seq}`],
  requestId: 'r',
  detail: { n: seq },
});

function chain(length: number) {
  const out = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const e = entry(seq);
    const hash = entryHash(prev, e);
    out.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('hash chain', () => {
  it('accepts an intact chain', () => {
    expect(firstBreak({ seq: 0, hash: GENESIS_HASH }, chain(5))).toBeNull();
  });

  it('names the first entry whose content changed', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, detail: { n: 99 } };
    expect(firstBreak({ seq: 0, hash: GENESIS_HASH }, entries)).toEqual({ seq: 3, reason: 'hash_mismatch' });
  });

  it('names a gap in the sequence', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(firstBreak({ seq: 0, hash: GENESIS_HASH }, entries)).toEqual({ seq: 3, reason: 'sequence_gap' });
  });

  it('is independent of key order in the detail (canonical JSON)', () => {
    const a = { ...entry(1), detail: { a: 1, b: 2 } };
    const b = { ...entry(1), detail: { b: 2, a: 1 } };
    expect(entryHash(GENESIS_HASH, a)).toBe(entryHash(GENESIS_HASH, b));
  });
});

describeEachEngine('audit trail', (getDb) => {
  it('records writes and reads of amber or stricter rows, and verifies end to end', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await db.asUser(world.host, async (tx) => {
      await recordAudit(tx, world.host, { action: 'create', table: 'reports', ids: ['a'] });
      await recordReads(tx, world.host, 'reports', [
        { id: 'g', tlp: 'green' },
        { id: 'r', tlp: 'red' },
        { id: 'a', tlp: 'amber' },
      ]);
      await recordReads(tx, world.host, 'reports', [{ id: 'c', tlp: 'clear' }]);
    });
    await sequenceAudit(db);
    const { rows } = await db.asOwner((tx) =>
      tx.query<{ action: string; subject_ids: string[] }>(
        'select action, subject_ids from audit_log order by seq',
      ),
    );
    expect(rows).toEqual([
      { action: 'create', subject_ids: ['a'] },
      { action: 'read', subject_ids: ['r', 'a'] },
    ]);
    expect(await verifyAuditChain((work) => db.asOwner(work))).toEqual({ entries: 2, broken: null });
  });

  it('a rolled-back write leaves no audit entry and the chain intact', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await expect(
      db.asUser(world.host, async (tx) => {
        await recordAudit(tx, world.host, { action: 'create', table: 'reports' });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await db.asUser(world.host, (tx) => recordAudit(tx, world.host, { action: 'create', table: 'reports' }));
    await sequenceAudit(db);
    expect(await verifyAuditChain((work) => db.asOwner(work))).toEqual({ entries: 1, broken: null });
  });

  it('concurrent appends keep one unbroken chain', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.asUser(i % 2 ? world.host : world.partner, (tx) =>
          recordAudit(tx, world.host, { action: 'update', detail: { i } }),
        ),
      ),
    );
    await sequenceAudit(db);
    expect(await verifyAuditChain((work) => db.asOwner(work))).toEqual({ entries: 20, broken: null });
  });

  it('tampering with one row is found and named', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    for (let i = 0; i < 6; i++) {
      await db.asUser(world.host, (tx) => recordAudit(tx, world.host, { action: 'create', ids: [`r${i}`] }));
    }
    await sequenceAudit(db);
    await db.asOwner(async (tx) => {
      await tx.query('set local session_replication_role = replica'); // a superuser bypassing the trigger
      await tx.query("update audit_log set subject_ids = '{forged}' where seq = 4");
    });
    const result = await verifyAuditChain((work) => db.asOwner(work));
    // The entry is linked in each MEX agency's chain; the first chain walked names it.
    expect(result.broken).toEqual({ chain: 'agency:MX-ANAM', seq: 4, reason: 'hash_mismatch' });
    expect(result.entries).toBe(3);
  });
});

describe('centinela audit verify', () => {
  it('exits non-zero naming the first broken entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'centinela-audit-'));
    try {
      const db = await openStore({ dataDir: dir });
      const actor = {
        credential: '',
        userId: 'u',
        username: 'u',
        agency: '',
        nation: '',
        roles: [],
        requestId: 'r',
      };
      for (let i = 0; i < 3; i++)
        await db.asOwner((tx) => recordAudit(tx, actor, { action: 'update', detail: { i } }));
      await sequenceAudit(db);
      await db.asOwner(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query("update audit_log set action = 'forged' where seq = 2");
      });
      await db.close();
      const cli = join(import.meta.dirname, '..', '..', 'bin', 'centinela.mjs');
      const failure = await run('node', [cli, '--data', dir, 'audit', 'verify'], {
        env: { ...process.env, DATABASE_URL: '' },
      }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(3);
      expect(failure?.stderr).toContain('audit chain broken at entry 2');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { createPrivateKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { recordAudit } from './audit.ts';
import { entryHash, GENESIS_HASH } from './chain.ts';
import { generateCheckpointKeys, signCheckpoint } from './checkpoint.ts';
import { chainHead, insertCheckpoint, readChainPage, readCheckpoints } from './repository.ts';
import { sequenceAudit } from './sequencer.ts';
import { verifyAuditChain } from './verify.ts';
import { createPublicKey } from 'node:crypto';

describeEachEngine('audit checkpoints', (getDb) => {
  async function trailWithCheckpoint() {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    for (let i = 0; i < 5; i++) {
      await db.asUser(world.host, (tx) => recordAudit(tx, world.host, { action: 'create', detail: { i } }));
    }
    await sequenceAudit(db);
    const keys = generateCheckpointKeys();
    const privateKey = createPrivateKey(keys.privatePem);
    const checkpoint = signCheckpoint((await db.asOwner(chainHead))!, privateKey);
    await db.asOwner((tx) => insertCheckpoint(tx, checkpoint));
    for (let i = 5; i < 7; i++) {
      await db.asUser(world.host, (tx) => recordAudit(tx, world.host, { action: 'create', detail: { i } }));
    }
    await sequenceAudit(db);
    return { db, world, publicKey: createPublicKey(privateKey), checkpoint };
  }

  it('a forged entry with every later hash recomputed passes the bare chain but contradicts the checkpoint', async () => {
    const { db, publicKey } = await trailWithCheckpoint();
    const checkpoints = await db.asOwner(readCheckpoints);
    expect(await verifyAuditChain((w) => db.asOwner(w), { checkpoints, publicKey })).toEqual({
      entries: 7,
      broken: null,
      checkpoints: 1,
    });
    // Whoever bypasses the triggers (here a superuser) rewrites entry 3 and recomputes the chain after it.
    await db.asOwner(async (tx) => {
      await tx.query('set local session_replication_role = replica');
      const entries = await readChainPage(tx, 0, 100);
      let previous = GENESIS_HASH;
      for (const { prevHash: _p, hash: _h, ...entry } of entries) {
        const forged = entry.seq === 3 ? { ...entry, action: 'nothing_to_see' } : entry;
        const hash = entryHash(previous, forged);
        await tx.query('update audit_log set action = $1, prev_hash = $2, hash = $3 where seq = $4', [
          forged.action,
          previous,
          hash,
          entry.seq,
        ]);
        previous = hash;
      }
    });
    expect(await verifyAuditChain((w) => db.asOwner(w))).toEqual({ entries: 7, broken: null });
    expect(await verifyAuditChain((w) => db.asOwner(w), { checkpoints, publicKey })).toEqual({
      entries: 4,
      broken: { seq: 5, reason: 'checkpoint_mismatch' },
    });
  });

  it('a checkpoint not signed by the key, or beyond a truncated chain, breaks verification', async () => {
    const { db, publicKey, checkpoint } = await trailWithCheckpoint();
    const other = createPrivateKey(generateCheckpointKeys().privatePem);
    const impostor = signCheckpoint({ seq: 6, hash: checkpoint.hash }, other);
    expect(
      (await verifyAuditChain((w) => db.asOwner(w), { checkpoints: [checkpoint, impostor], publicKey }))
        .broken,
    ).toEqual({ seq: 6, reason: 'checkpoint_signature' });
    const ahead = { ...checkpoint, seq: 99 };
    expect((await verifyAuditChain((w) => db.asOwner(w), { checkpoints: [ahead] })).broken).toEqual({
      seq: 99,
      reason: 'checkpoint_beyond_head',
    });
  });

  it('the application role can neither write the chain nor touch checkpoints or staged entries', async () => {
    const { db, world } = await trailWithCheckpoint();
    const asApp = (sql: string) => db.asUser(world.host, (tx) => tx.query(sql));
    await expect(
      asApp(`insert into audit_log (seq, at, action, prev_hash, hash) values (8, now(), 'forged', 'x', 'y')`),
    ).rejects.toThrow(/permission denied/);
    await expect(asApp(`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(asApp('delete from audit_log')).rejects.toThrow();
    await expect(asApp('delete from audit_checkpoints')).rejects.toThrow(/permission denied/);
    await expect(asApp(`insert into audit_checkpoints values (1, 'x', now(), 'k', 's')`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp('select * from audit_staged')).rejects.toThrow(/permission denied/);
    await expect(asApp('delete from audit_staged')).rejects.toThrow(/permission denied/);
    // An analyst is no auditor: the trail reads as empty to it, even with raw SQL.
    expect((await asApp('select * from audit_log')).rows).toEqual([]);
    // Not even the schema owner rewrites a checkpoint through the triggers.
    await expect(db.asOwner((tx) => tx.query('delete from audit_checkpoints'))).rejects.toThrow(
      /append-only/,
    );
  });
});

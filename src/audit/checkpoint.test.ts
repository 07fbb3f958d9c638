import { createPrivateKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { recordAudit } from './audit.ts';
import { agencyOfChain, contentHash, GENESIS_HASH, linkHash } from './chain.ts';
import { generateCheckpointKeys, readAnchors, signCheckpoint } from './checkpoint.ts';
import { chainHeads, insertCheckpoint, lastOrder, readChainPage, readCheckpoints } from './repository.ts';
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
    const checkpoint = signCheckpoint(await db.asOwner(chainHeads), privateKey);
    await db.asOwner(async (tx) => insertCheckpoint(tx, checkpoint, await lastOrder(tx)));
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
    // Whoever bypasses the triggers (here a superuser) rewrites entry 3 of the host's chain and recomputes the
    // links after it in every agency's chain that links it.
    const { chain } = checkpoints[0]!.heads[0]!;
    const forgedOrder = await db.asOwner(async (tx) => (await readChainPage(tx, chain, 2, 1))[0]!.order);
    await db.asOwner(async (tx) => {
      await tx.query('set local session_replication_role = replica');
      await tx.query("update audit_log set action = 'nothing_to_see' where seq = $1", [forgedOrder]);
      for (const { chain: linked } of await chainHeads(tx)) {
        const agency = agencyOfChain(linked);
        if (agency === null) continue;
        let previous = GENESIS_HASH;
        for (const entry of await readChainPage(tx, linked, 0, 100)) {
          const { prevHash: _p, hash: _h, chain: _c, seq: _s, order: _o, ...content } = entry;
          const hash = linkHash(previous, agency, entry.seq, contentHash(content));
          await tx.query(
            'update audit_links set prev_hash = $1, hash = $2 where agency = $3 and position = $4',
            [previous, hash, agency, entry.seq],
          );
          previous = hash;
        }
      }
    });
    expect(await verifyAuditChain((w) => db.asOwner(w))).toEqual({ entries: 7, broken: null });
    expect(await verifyAuditChain((w) => db.asOwner(w), { checkpoints, publicKey })).toEqual({
      entries: 4,
      broken: { chain, seq: 5, reason: 'checkpoint_mismatch' },
    });
  });

  it('a checkpoint signs the head of every chain through one root; a deleted chain is found', async () => {
    const { db, world } = await trailWithCheckpoint();
    // Entries the partner's agency alone reads: its own chain.
    await db.asUser(world.partner, (tx) => recordAudit(tx, world.partner, { action: 'create' }));
    await sequenceAudit(db);
    const keys = generateCheckpointKeys();
    const privateKey = createPrivateKey(keys.privatePem);
    const heads = await db.asOwner(chainHeads);
    expect(heads.length).toBeGreaterThanOrEqual(2);
    const both = signCheckpoint(heads, privateKey);
    expect(both.heads.map((h) => h.chain)).toEqual(heads.map((h) => h.chain).sort());
    const key = createPublicKey(privateKey);
    expect(
      await verifyAuditChain((w) => db.asOwner(w), { checkpoints: [both], publicKey: key }),
    ).toMatchObject({
      broken: null,
    });
    // A head altered in the checkpoint no longer matches the signed root.
    const altered = { ...both, heads: both.heads.map((h, i) => (i === 0 ? { ...h, seq: h.seq + 1 } : h)) };
    expect(
      (await verifyAuditChain((w) => db.asOwner(w), { checkpoints: [altered], publicKey: key })).broken
        ?.reason,
    ).toBe('checkpoint_signature');
    // Whoever deletes a whole chain (bypassing the triggers) contradicts the checkpoint that signed its head.
    const partnerChain = heads.find((h) => h.chain === `agency:${world.partnerAgency}`)!;
    await db.asOwner(async (tx) => {
      await tx.query('set local session_replication_role = replica');
      await tx.query('delete from audit_links where agency = $1', [world.partnerAgency]);
    });
    expect((await verifyAuditChain((w) => db.asOwner(w), { checkpoints: [both] })).broken).toEqual({
      chain: partnerChain.chain,
      seq: partnerChain.seq,
      reason: 'checkpoint_beyond_head',
    });
  });

  it('reads anchored checkpoint lines of both versions', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'anchors-'));
    try {
      const privateKey = createPrivateKey(generateCheckpointKeys().privatePem);
      const current = signCheckpoint([{ chain: 'MX-ANAM', seq: 3, hash: 'a'.repeat(64) }], privateKey);
      const old = { seq: 9, hash: 'b'.repeat(64), signedAt: current.signedAt, keyId: 'k', signature: 's' };
      await writeFile(join(dir, 'anchors.jsonl'), `${JSON.stringify(current)}\n${JSON.stringify(old)}\n`);
      const read = await readAnchors(join(dir, 'anchors.jsonl'));
      expect(read[0]).toEqual(current);
      expect(read[1]).toMatchObject({
        version: 1,
        heads: [{ chain: 'legacy', seq: 9, hash: 'b'.repeat(64) }],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a checkpoint not signed by the key, or beyond a truncated chain, breaks verification', async () => {
    const { db, publicKey, checkpoint } = await trailWithCheckpoint();
    const other = createPrivateKey(generateCheckpointKeys().privatePem);
    const [head] = checkpoint.heads as [{ chain: string; seq: number; hash: string }];
    const impostor = signCheckpoint([{ ...head, seq: 6 }], other);
    expect(
      (await verifyAuditChain((w) => db.asOwner(w), { checkpoints: [checkpoint, impostor], publicKey }))
        .broken,
    ).toEqual({ chain: head.chain, seq: 6, reason: 'checkpoint_signature' });
    const ahead = { ...checkpoint, heads: [{ ...head, seq: 99 }] };
    expect((await verifyAuditChain((w) => db.asOwner(w), { checkpoints: [ahead] })).broken).toEqual({
      chain: head.chain,
      seq: 99,
      reason: 'checkpoint_beyond_head',
    });
  });

  it('the application role can neither write the chain nor touch checkpoints or staged entries', async () => {
    const { db, world } = await trailWithCheckpoint();
    const asApp = (sql: string) => db.asUser(world.host, (tx) => tx.query(sql));
    await expect(
      asApp(
        `insert into audit_log (seq, chain, chain_seq, viewers, at, action, prev_hash, hash)
         values (8, 'MX-ANAM', 8, '{MX-ANAM}', now(), 'forged', 'x', 'y')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(asApp(`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(asApp('delete from audit_log')).rejects.toThrow();
    await expect(asApp('delete from audit_checkpoints')).rejects.toThrow(/permission denied/);
    await expect(asApp(`insert into audit_checkpoints values (1, 'x', now(), 'k', 's')`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp('select * from audit_staged')).rejects.toThrow(/permission denied/);
    await expect(asApp('delete from audit_staged')).rejects.toThrow(/permission denied/);
    // An analyst is no auditor: the trail reads as empty to it, even with raw SQL…
    expect((await asApp('select chain, chain_seq, action from audit_log')).rows).toEqual([]);
    // …and nobody but the schema owner reads the order across chains, which counts every chain.
    const auditor = await db.asOwner((tx) => makeUser(tx, world.hostAgency, ['auditor']));
    await expect(db.asUser(auditor, (tx) => tx.query('select seq from audit_log'))).rejects.toThrow(
      /permission denied/,
    );
    expect((await db.asUser(auditor, (tx) => tx.query('select chain_seq from audit_log'))).rows.length).toBe(
      7,
    );
    // It reads its own agency's links, not another agency's (their positions count what that agency reads).
    const links = await db.asUser(auditor, (tx) =>
      tx.query<{ agency: string }>('select agency from audit_links'),
    );
    expect(new Set(links.rows.map((l) => l.agency))).toEqual(new Set([world.hostAgency]));
    // Not even the schema owner rewrites a checkpoint through the triggers.
    await expect(db.asOwner((tx) => tx.query('delete from audit_checkpoints'))).rejects.toThrow(
      /append-only/,
    );
  });
});

import type { KeyObject } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import { firstBreak, GENESIS_HASH, type ChainBreak } from './chain.ts';
import { checkpointSignatureValid, type Checkpoint } from './checkpoint.ts';
import { chainHeads, readChainPage } from './repository.ts';

/** Where a chain breaks: the chain (visibility class, chains.ts), the position in it and why. */
export type VerifyBreak = { chain: string } & (
  | ChainBreak
  | { seq: number; reason: 'checkpoint_mismatch' | 'checkpoint_signature' | 'checkpoint_beyond_head' }
);

export interface VerifyResult {
  /**
   * Entries verified (before the break, when there is one), over the chains verified: an entry linked in the
   * chains of several reading agencies (0594) counts once.
   */
  entries: number;
  broken: VerifyBreak | null;
  /** Checkpoints the chains were held against (hash and, with a public key, signature). */
  checkpoints?: number;
}

export interface VerifyOptions {
  /** Signed checkpoints to hold the chains against: the database's and any anchored outside it. */
  checkpoints?: readonly Checkpoint[];
  /** Without it, checkpoints are compared by hash only (their signatures are not checked). */
  publicKey?: KeyObject | undefined;
  /**
   * The chains to verify (an auditor's: those it may read); every chain when absent. A checkpoint's heads of
   * other chains are not compared, but its signature (over the root of every head) still is.
   */
  chains?: readonly string[];
  onProgress?: (entries: number) => void;
  pageSize?: number;
}

/**
 * Walks every chain (or the chains named) page by page (constant memory) and stops at the first broken
 * entry. An entry whose checkpoint names another hash breaks its chain even when every hash after it was
 * recomputed; a checkpoint beyond a chain's head (or naming a chain that is gone) means entries were removed.
 * `inTransaction` reads as the schema owner: verification needs hashes, not contents.
 */
export async function verifyAuditChain(
  inTransaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  options: VerifyOptions | ((entries: number) => void) = {},
): Promise<VerifyResult> {
  const {
    checkpoints = [],
    publicKey,
    chains,
    onProgress = () => undefined,
    pageSize = 5_000,
  } = typeof options === 'function' ? { onProgress: options } : options;
  const wanted = (chain: string) => chains === undefined || chains.includes(chain);
  if (publicKey) {
    const forged = checkpoints.find((c) => !checkpointSignatureValid(c, publicKey));
    if (forged) {
      const head = forged.heads.find((h) => wanted(h.chain)) ?? forged.heads[0];
      return {
        entries: 0,
        broken: { chain: head?.chain ?? '', seq: head?.seq ?? 0, reason: 'checkpoint_signature' },
      };
    }
  }
  // What each checkpoint says of each chain: position → the hashes signed for it.
  const signed = new Map<string, Map<number, string[]>>();
  for (const c of checkpoints)
    for (const head of c.heads) {
      if (!wanted(head.chain)) continue;
      const byPosition = signed.get(head.chain) ?? new Map<number, string[]>();
      byPosition.set(head.seq, [...(byPosition.get(head.seq) ?? []), head.hash]);
      signed.set(head.chain, byPosition);
    }
  const heads = (await inTransaction(chainHeads)).filter((h) => wanted(h.chain));
  // Entries verified, by their order across chains: one linked in several agencies' chains counts once.
  const verified = new Set<number>();
  const counted = (page: readonly { order: number }[]) => {
    for (const entry of page) verified.add(entry.order);
    return verified.size;
  };
  for (const { chain } of heads) {
    const bySeq = signed.get(chain) ?? new Map<number, string[]>();
    let head = { seq: 0, hash: GENESIS_HASH };
    for (;;) {
      const page = await inTransaction((tx) => readChainPage(tx, chain, head.seq, pageSize));
      if (page.length === 0) break;
      const broken = firstBreak(head, page);
      const checked = broken ? page.filter((e) => e.seq < broken.seq) : page;
      const contradicted = checked.find((e) => bySeq.get(e.seq)?.some((hash) => hash !== e.hash));
      if (contradicted)
        return {
          entries: counted(checked.slice(0, checked.indexOf(contradicted))),
          broken: { chain, seq: contradicted.seq, reason: 'checkpoint_mismatch' },
        };
      if (broken) return { entries: counted(checked), broken: { chain, ...broken } };
      onProgress(counted(page));
      const last = page[page.length - 1]!;
      head = { seq: last.seq, hash: last.hash };
    }
    const beyond = [...bySeq.keys()].filter((seq) => seq > head.seq).sort((a, b) => a - b)[0];
    if (beyond !== undefined)
      return { entries: verified.size, broken: { chain, seq: beyond, reason: 'checkpoint_beyond_head' } };
    signed.delete(chain);
  }
  // A chain a checkpoint signed that holds no entry any more.
  for (const [chain, bySeq] of signed) {
    const seq = Math.min(...bySeq.keys());
    return { entries: verified.size, broken: { chain, seq, reason: 'checkpoint_beyond_head' } };
  }
  return {
    entries: verified.size,
    broken: null,
    ...(checkpoints.length > 0 ? { checkpoints: checkpoints.length } : {}),
  };
}

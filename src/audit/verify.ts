import type { KeyObject } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import { firstBreak, GENESIS_HASH, type ChainBreak } from './chain.ts';
import { checkpointSignatureValid, type Checkpoint } from './checkpoint.ts';
import { readChainPage } from './repository.ts';

export type VerifyBreak =
  | ChainBreak
  | { seq: number; reason: 'checkpoint_mismatch' | 'checkpoint_signature' | 'checkpoint_beyond_head' };

export interface VerifyResult {
  entries: number;
  broken: VerifyBreak | null;
  /** Checkpoints the chain was held against (hash and, with a public key, signature). */
  checkpoints?: number;
}

export interface VerifyOptions {
  /** Signed checkpoints to hold the chain against: the database's and any anchored outside it. */
  checkpoints?: readonly Checkpoint[];
  /** Without it, checkpoints are compared by hash only (their signatures are not checked). */
  publicKey?: KeyObject | undefined;
  onProgress?: (entries: number) => void;
  pageSize?: number;
}

/**
 * Walks the whole chain page by page (constant memory) and stops at the first broken entry. An entry
 * whose checkpoint names another hash breaks the chain even when every hash after it was recomputed;
 * a checkpoint beyond the head means entries were removed.
 */
export async function verifyAuditChain(
  inTransaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  options: VerifyOptions | ((entries: number) => void) = {},
): Promise<VerifyResult> {
  const {
    checkpoints = [],
    publicKey,
    onProgress = () => undefined,
    pageSize = 5_000,
  } = typeof options === 'function' ? { onProgress: options } : options;
  const bySeq = new Map<number, Checkpoint[]>();
  for (const c of checkpoints) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);
  if (publicKey) {
    const forged = [...checkpoints]
      .sort((a, b) => a.seq - b.seq)
      .find((c) => !checkpointSignatureValid(c, publicKey));
    if (forged) return { entries: 0, broken: { seq: forged.seq, reason: 'checkpoint_signature' } };
  }
  let head = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  for (;;) {
    const page = await inTransaction((tx) => readChainPage(tx, head.seq, pageSize));
    if (page.length === 0) break;
    const broken = firstBreak(head, page);
    const checked = broken ? page.filter((e) => e.seq < broken.seq) : page;
    const contradicted = checked.find((e) => bySeq.get(e.seq)?.some((c) => c.hash !== e.hash));
    if (contradicted) {
      return {
        entries: entries + checked.indexOf(contradicted),
        broken: { seq: contradicted.seq, reason: 'checkpoint_mismatch' },
      };
    }
    if (broken) return { entries: entries + checked.length, broken };
    entries += page.length;
    const last = page[page.length - 1]!;
    head = { seq: last.seq, hash: last.hash };
    onProgress(entries);
  }
  const beyond = checkpoints.filter((c) => c.seq > head.seq).sort((a, b) => a.seq - b.seq)[0];
  if (beyond) return { entries, broken: { seq: beyond.seq, reason: 'checkpoint_beyond_head' } };
  return { entries, broken: null, ...(checkpoints.length > 0 ? { checkpoints: checkpoints.length } : {}) };
}

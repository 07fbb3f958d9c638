import type { Tx } from '../store/database.ts';
import { firstBreak, GENESIS_HASH, type ChainBreak } from './chain.ts';
import { readChainPage } from './repository.ts';

export interface VerifyResult {
  entries: number;
  broken: ChainBreak | null;
}

/** Walks the whole chain page by page (constant memory) and stops at the first broken entry. */
export async function verifyAuditChain(
  inTransaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  onProgress: (entries: number) => void = () => undefined,
  pageSize = 5_000,
): Promise<VerifyResult> {
  let head = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  for (;;) {
    const page = await inTransaction((tx) => readChainPage(tx, head.seq, pageSize));
    if (page.length === 0) return { entries, broken: null };
    const broken = firstBreak(head, page);
    if (broken) return { entries: entries + page.findIndex((e) => e.seq === broken.seq), broken };
    entries += page.length;
    const last = page[page.length - 1]!;
    head = { seq: last.seq, hash: last.hash };
    onProgress(entries);
  }
}

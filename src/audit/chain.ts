import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Marking } from '../shared/marking.ts';

/** One audit entry, as hashed: every column but the hashes themselves. */
export interface AuditEntry {
  /** Its position in its chain (chains.ts: one chain per visibility class). */
  seq: number;
  /**
   * The chain (visibility class) the entry belongs to, hashed with it so that no entry moves to another
   * class's chain. Absent from entries of the legacy chain (chained before 0592), whose hashes are unchanged.
   */
  chain?: string;
  at: string;
  actorUser: string | null;
  actorAgency: string | null;
  actorNation: string | null;
  action: string;
  subjectTable: string | null;
  subjectIds: string[];
  requestId: string | null;
  detail: Record<string, unknown>;
  /**
   * What the entry describes is marked so (audit/marking.ts). Absent from entries written before
   * migration 0590 and from entries with no marking, so that their hashes are unchanged.
   */
  marking?: Marking;
}

export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the previous entry's hash followed by this entry's canonical JSON (RFC 8785). */
export function entryHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalize(entry) ?? '')
    .digest('hex');
}

export type ChainBreak = { seq: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' };

/** A chained entry as stored: what was hashed, its links, and the chain it is in (always named). */
export type StoredAuditEntry = AuditEntry & { chain: string; prevHash: string; hash: string };

/** What an entry's hash covers: every column but the links; the chain's name but for the legacy chain. */
export function hashedPart(entry: StoredAuditEntry): AuditEntry {
  const { prevHash: _p, hash: _h, chain, ...rest } = entry;
  return chain === 'legacy' ? rest : { ...rest, chain };
}

/**
 * Checks a run of consecutive entries against the hash that precedes them. Returns the first
 * broken entry, or null. Pure, so that a verifier can stream the chain page by page.
 */
export function firstBreak(
  previous: { seq: number; hash: string },
  entries: readonly (AuditEntry & { prevHash: string; hash: string })[],
): ChainBreak | null {
  let last = previous;
  for (const entry of entries) {
    if (entry.seq !== last.seq + 1) return { seq: entry.seq, reason: 'sequence_gap' };
    if (entry.prevHash !== last.hash) return { seq: entry.seq, reason: 'prev_hash_mismatch' };
    const { prevHash: _p, hash, chain, ...rest } = entry;
    const hashed = chain === undefined || chain === 'legacy' ? rest : { ...rest, chain };
    if (entryHash(last.hash, hashed) !== hash) return { seq: entry.seq, reason: 'hash_mismatch' };
    last = { seq: entry.seq, hash };
  }
  return null;
}

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

/** The chain of entries stored once and chained once per reading agency (0594): `audit_links`. */
export const LINKED = 'linked';
/** The name of an agency's chain of links (0594), apart from the class chains of 0592 named by agency codes. */
export const agencyChain = (agency: string): string => `agency:${agency}`;
/** The agency whose chain of links `chain` is, or null for a class, operator or legacy chain. */
export const agencyOfChain = (chain: string): string | null =>
  chain.startsWith('agency:') ? chain.slice('agency:'.length) : null;

/**
 * SHA-256 over the canonical JSON of what an entry says (`contentOf`), alone: an entry of the `linked` chain, which
 * its links chain. The sequencer and verification hash the same fields whatever else the object carries.
 */
export function contentHash(entry: Omit<AuditEntry, 'seq' | 'chain'>): string {
  return createHash('sha256')
    .update(canonicalize(contentOf(entry)) ?? '')
    .digest('hex');
}

/**
 * A link of an agency's chain: SHA-256 over the previous link's hash and the canonical JSON of the agency, the
 * position and the entry's content hash, so that no link moves to another agency, position or entry.
 */
export function linkHash(prevHash: string, agency: string, position: number, content: string): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalize({ agency, position, content }) ?? '')
    .digest('hex');
}

/** A chained entry as stored: what was hashed, its links, and the chain it is in (always named). */
export type StoredAuditEntry = AuditEntry & { chain: string; prevHash: string; hash: string };

/** What an entry says, apart from its place: the fields an entry's hash covers besides `seq` and `chain`. */
function contentOf(entry: Omit<AuditEntry, 'seq' | 'chain'>): Omit<AuditEntry, 'seq' | 'chain'> {
  const { at, actorUser, actorAgency, actorNation, action, subjectTable, subjectIds, requestId, detail } =
    entry;
  const content = {
    at,
    actorUser,
    actorAgency,
    actorNation,
    action,
    subjectTable,
    subjectIds,
    requestId,
    detail,
  };
  return entry.marking ? { ...content, marking: entry.marking } : content;
}

/** The hash an entry must have after `prevHash`: a link of an agency's chain, or an entry of its own chain. */
function expectedHash(prevHash: string, entry: AuditEntry): string {
  const content = contentOf(entry);
  const agency = entry.chain === undefined ? null : agencyOfChain(entry.chain);
  if (agency !== null) return linkHash(prevHash, agency, entry.seq, contentHash(entry));
  const { seq, chain } = entry;
  return entryHash(
    prevHash,
    chain === undefined || chain === 'legacy' ? { ...content, seq } : { ...content, seq, chain },
  );
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
    if (expectedHash(last.hash, entry) !== entry.hash) return { seq: entry.seq, reason: 'hash_mismatch' };
    last = { seq: entry.seq, hash: entry.hash };
  }
  return null;
}

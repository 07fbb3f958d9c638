/**
 * Who reads an audit entry: the agencies that may read its marking and every derived record it names. Each of
 * them links it in its own hash chain (0594; one chain per class of readers from 0592 to 0594). An auditor
 * reads its agency's chain whole, so the positions and hashes it sees count and link only entries it may read — what it sees of the trail depends only on what it may see (noninterference,
 * docs/SHARING.md). Pure.
 */
import { createHash } from 'node:crypto';
import { canSee, type Marking } from '../shared/marking.ts';

/** The chain of entries no agency reads: no marking (no agency acted, or a derivation run). */
export const OPERATOR_CHAIN = 'operator';
/** The single chain of entries chained before 0592, read as 0590 read them. */
export const LEGACY_CHAIN = 'legacy';

export interface AgencyOfNation {
  code: string;
  nation: string;
}

/**
 * The agencies that may read an entry: those the visibility rule lets read its marking (so whoever reads an
 * entry may read every record it names, and the acting agency reads its own acts). None without a marking.
 */
export function viewersOf(
  marking: Marking | null | undefined,
  agencies: readonly AgencyOfNation[],
): string[] {
  if (!marking) return [];
  return agencies
    .filter((a) => canSee({ agency: a.code, nation: a.nation }, marking))
    .map((a) => a.code)
    .sort();
}

/**
 * The agencies that may read an entry naming derived records too: those its marking allows (`viewersOf`) that
 * are also among `derivedViewers`, the agencies that read every derived record it names (findings, tracks,
 * entities: stored per visibility class and read by their viewers, not by their marking). Null when it names
 * none. So an auditor reads an entry about a finding only when its agency reads that finding.
 */
export function readersOf(
  marking: Marking | null | undefined,
  derivedViewers: readonly string[] | null,
  agencies: readonly AgencyOfNation[],
): string[] {
  const allowed = viewersOf(marking, agencies);
  return derivedViewers === null ? allowed : allowed.filter((agency) => derivedViewers.includes(agency));
}

export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
}

const sha256 = (...parts: (string | Buffer)[]): Buffer => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest();
};

/**
 * The Merkle root (RFC 6962 hashing: leaves prefixed 0x00, nodes 0x01) over the heads sorted by chain: a
 * checkpoint signs it, so one signature covers every chain, and a chain's head can later be shown to be under
 * a root without showing the others.
 */
export function merkleRoot(heads: readonly ChainHead[]): string {
  const sorted = [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  let level: Buffer[] = sorted.map((h) => sha256(Buffer.from([0]), `${h.chain}\n${h.seq}\n${h.hash}`));
  if (level.length === 0) return sha256('').toString('hex');
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? sha256(Buffer.from([1]), level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!.toString('hex');
}

/**
 * An entity's records grouped for reading (pure). A broker named on 1,800 declaration lines has 1,800 records
 * that differ only in the line they come from: sent one by one they made the entity page wait for all of them
 * (the medium world's largest took 0.3–0.5 s and buried the network under the table). Records with the same
 * source, role, name, RFC, address and marking become one group with a count, and each group keeps why its
 * records belong to the entity (the link evidence of its records, counted). The page asks for groups a page
 * at a time.
 */
import type { Marking } from '../shared/marking.ts';
import { compareCodeUnits } from '../shared/compare.ts';

export interface GroupField {
  comparison: string;
  level: string;
  weight: number;
}

export interface GroupEvidence {
  /** `match`, `identical`, `confirmed`, or `anchor` for the record the entity grew from (no link). */
  reason: string;
  fields: GroupField[];
  probability: number | null;
  count: number;
}

export interface RecordGroup {
  source: string;
  role: string;
  name: string;
  rfc: string | null;
  address: string | null;
  marking: Marking;
  count: number;
  evidence: GroupEvidence[];
  /** The records of the group (their ids), for its audit entry. */
  members: { id: string; marking: Marking }[];
}

export interface GroupedRecord {
  /** The row id (audit) and the record id (links name it). */
  id: string;
  recordId: string;
  source: string;
  role: string;
  name: string;
  rfc: string | null;
  address: string | null;
  marking: Marking;
}

export interface GroupedLink {
  recordIdA: string;
  reason: string;
  probability: number | null;
  fields: unknown;
}

const markingKey = (m: Marking) =>
  [m.ownerAgency, m.tlp, [...m.releasableTo].sort().join(','), [...m.recipients].sort().join(',')].join('|');

const informative = (fields: unknown): GroupField[] =>
  (Array.isArray(fields) ? (fields as GroupField[]) : []).filter((f) => f.level !== 'null');

const evidenceKey = (reason: string, fields: readonly GroupField[]) =>
  `${reason}\u0000${fields.map((f) => `${f.comparison} ${f.level}`).join(',')}`;

/** The informative evidence first: a confirmation or a scored match says more than "identical to another". */
const evidenceRank = (e: GroupEvidence) =>
  e.reason === 'confirmed' ? 0 : e.reason === 'match' ? 1 : e.reason === 'anchor' ? 2 : 3;

/**
 * Groups in a fixed order made of what the caller sees (largest first, then name and the rest of the key),
 * so that a page of groups is the same wherever the same records are visible.
 */
export function groupRecords(
  records: readonly GroupedRecord[],
  links: readonly GroupedLink[],
): RecordGroup[] {
  // The resolver explains each record once, as `recordA` of the link that joined it.
  const linkOf = new Map<string, GroupedLink>();
  for (const link of links) if (!linkOf.has(link.recordIdA)) linkOf.set(link.recordIdA, link);
  const groups = new Map<string, RecordGroup & { key: string; byEvidence: Map<string, GroupEvidence> }>();
  for (const record of records) {
    const key = [
      record.source,
      record.role,
      record.name,
      record.rfc ?? '',
      record.address ?? '',
      markingKey(record.marking),
    ].join('\u0000');
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        source: record.source,
        role: record.role,
        name: record.name,
        rfc: record.rfc,
        address: record.address,
        marking: record.marking,
        count: 0,
        evidence: [],
        members: [],
        byEvidence: new Map(),
      };
      groups.set(key, group);
    }
    group.count += 1;
    group.members.push({ id: record.id, marking: record.marking });
    const link = linkOf.get(record.recordId);
    const fields = informative(link?.fields);
    const reason = link?.reason ?? 'anchor';
    const evidence = evidenceKey(reason, fields);
    const found = group.byEvidence.get(evidence);
    if (found) found.count += 1;
    else group.byEvidence.set(evidence, { reason, fields, probability: link?.probability ?? null, count: 1 });
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.name, b.name) || compareCodeUnits(a.key, b.key))
    .map(({ byEvidence, key: _key, ...group }) => ({
      ...group,
      evidence: [...byEvidence.entries()]
        .sort(
          ([ka, a], [kb, b]) =>
            evidenceRank(a) - evidenceRank(b) || b.count - a.count || compareCodeUnits(ka, kb),
        )
        .map(([, e]) => e),
    }));
}

/** The roles an entity plays across its records, most frequent first (then by name). */
export function rolesOf(
  records: readonly { role: string; count?: number }[],
): { role: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.role, (counts.get(record.role) ?? 0) + (record.count ?? 1));
  return [...counts]
    .map(([role, count]) => ({ role, count }))
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.role, b.role));
}

/**
 * An entity's records grouped for reading (pure). A broker named on 170 declaration lines has 170 records
 * that differ only in the line they come from: listed one by one they bury the few that differ. Records
 * with the same source, role, name, RFC, address and marking become one row with a count, and each row
 * keeps why its records belong to the entity (the link evidence of its records, counted).
 */
import type { Entity } from '../api/types.ts';
import { evidenceKey, type LinkEvidence, type LinkField } from './link-evidence.ts';

type EntityRecord = Entity['records'][number];

export interface GroupEvidence {
  /** `match`, `identical`, `confirmed`, or `anchor` for the record the entity grew from (no link). */
  reason: string;
  fields: LinkField[];
  probability: number | null;
  count: number;
}

export interface RecordGroup {
  key: string;
  source: string | null;
  role: string | null;
  name: string;
  rfc: string | null;
  address: string | null;
  marking: EntityRecord['marking'];
  ids: string[];
  count: number;
  evidence: GroupEvidence[];
}

const markingKey = (marking: EntityRecord['marking']) =>
  marking
    ? [
        marking.ownerAgency,
        marking.tlp,
        [...marking.releasableTo].sort(),
        [...marking.recipients].sort(),
      ].join('|')
    : '';

export function groupRecords(
  records: readonly EntityRecord[],
  links: readonly (LinkEvidence & { recordA?: string | null })[] = [],
): RecordGroup[] {
  // The resolver explains each record once, as `recordA` of the link that joined it.
  const linkOf = new Map<string, LinkEvidence>();
  for (const link of links) if (link.recordA && !linkOf.has(link.recordA)) linkOf.set(link.recordA, link);
  const groups = new Map<string, RecordGroup & { byEvidence: Map<string, GroupEvidence> }>();
  records.forEach((record, index) => {
    const role = typeof record.role === 'string' ? record.role : null;
    const key = [
      record.source ?? '',
      role ?? '',
      record.name,
      record.rfc ?? '',
      record.address ?? '',
      markingKey(record.marking),
    ].join('\u0000');
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        source: record.source ?? null,
        role,
        name: record.name,
        rfc: record.rfc ?? null,
        address: record.address ?? null,
        marking: record.marking,
        ids: [],
        count: 0,
        evidence: [],
        byEvidence: new Map(),
      };
      groups.set(key, group);
    }
    const id = record.id ?? `#${index}`;
    group.ids.push(id);
    group.count += 1;
    const link = linkOf.get(id);
    const fields = (link?.fields ?? []).filter((f) => f.level !== 'null');
    const reason = link?.reason ?? 'anchor';
    const evidence = evidenceKey(reason, fields);
    const found = group.byEvidence.get(evidence);
    if (found) found.count += 1;
    else group.byEvidence.set(evidence, { reason, fields, probability: link?.probability ?? null, count: 1 });
  });
  return [...groups.values()]
    .map(({ byEvidence, ...group }) => ({
      ...group,
      // the informative evidence first: a scored match says more than "identical to another record"
      evidence: [...byEvidence.values()].sort(
        (a, b) => evidenceRank(a) - evidenceRank(b) || b.count - a.count,
      ),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

const evidenceRank = (e: GroupEvidence) =>
  e.reason === 'confirmed' ? 0 : e.reason === 'match' ? 1 : e.reason === 'anchor' ? 2 : 3;

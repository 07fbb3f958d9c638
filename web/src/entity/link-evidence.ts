/** How the records of an entity were linked, summarised for people. */
export interface LinkField {
  comparison: string;
  level: string;
  weight?: number | null;
}

export interface LinkEvidence {
  reason: string;
  probability?: number | null;
  fields?: LinkField[] | null;
}

export interface LinkGroup {
  text: string;
  reason: string;
  fields: LinkField[];
  count: number;
  probability: number | null;
}

/** One key per kind of evidence: the reason and the comparisons that said something (not `null`). */
export function evidenceKey(reason: string, fields: readonly LinkField[]): string {
  return fields.length > 0
    ? `${reason}: ${fields.map((f) => `${f.comparison} ${f.level}`).join(', ')}`
    : reason;
}

/** Many record pairs merge for the same reason (identical records): show each kind of evidence once, counted. */
export function groupLinks(links: LinkEvidence[]): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const link of links) {
    const fields = (link.fields ?? []).filter((f) => f.level !== 'null');
    const text = evidenceKey(link.reason, fields);
    const group = groups.get(text) ?? {
      text,
      reason: link.reason,
      fields,
      count: 0,
      probability: link.probability ?? null,
    };
    group.count += 1;
    groups.set(text, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, 12);
}

/** A signed weight in bits as the comparison table prints it: +6.2, −1.5. */
export function formatWeight(weight: number | null | undefined, format: (n: number) => string): string {
  if (weight == null || !Number.isFinite(weight)) return '';
  return `${weight >= 0 ? '+' : '−'}${format(Math.abs(weight))}`;
}

/** How the records of an entity were linked, summarised for people. */
export interface LinkEvidence {
  reason: string;
  probability?: number | null;
  fields?: { comparison: string; level: string }[] | null;
}

/** Many record pairs merge for the same reason (identical records): show each kind of evidence once, counted. */
export function groupLinks(
  links: LinkEvidence[],
): { text: string; count: number; probability: number | null }[] {
  const groups = new Map<string, { text: string; count: number; probability: number | null }>();
  for (const link of links) {
    const fields = (link.fields ?? []).filter((f) => f.level !== 'null');
    const text =
      fields.length > 0
        ? `${link.reason}: ${fields.map((f) => `${f.comparison} ${f.level}`).join(', ')}`
        : link.reason;
    const group = groups.get(text) ?? { text, count: 0, probability: link.probability ?? null };
    group.count += 1;
    groups.set(text, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, 12);
}

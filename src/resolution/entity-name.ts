/**
 * What an entity is called wherever it is shown (the search list, its page, the network): the most frequent
 * name among the records the caller may see, ties broken by code-point order (SQL: `collate "C"`, as in
 * centinela_entity_summaries, 0621, which the search list reads); an entity whose records carry no name (site
 * operators are registered by RFC only) is called by its RFC. Pure.
 */
export function entityName(
  records: readonly { name?: string | null | undefined; rfc?: string | null | undefined; count?: number }[],
): string {
  const counts = new Map<string, number>();
  for (const r of records) if (r.name) counts.set(r.name, (counts.get(r.name) ?? 0) + (r.count ?? 1));
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (best) return best[0];
  const rfc = records.find((r) => r.rfc)?.rfc;
  return rfc ? `RFC ${rfc}` : '';
}

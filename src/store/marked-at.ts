import type { Tx } from './database.ts';

/**
 * When the marking of each row last changed (`marked_at`, set by a trigger: src/federation/migrations/0732), from a
 * statement of the owning capability that selects `id` and `marked_at` of the rows the caller may see whose marking
 * ever changed. The STIX export adds such a record to its TAXII collection again at that instant.
 */
export async function markedAtById(tx: Tx, sql: string): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; marked_at: Date | string }>(sql);
  return new Map(rows.map((r) => [r.id, new Date(r.marked_at).toISOString()]));
}

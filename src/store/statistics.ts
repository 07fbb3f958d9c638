import type { Database } from './database.ts';

/**
 * Refreshes the planner's statistics after a bulk load, as PostgreSQL's "Populating a Database" advises.
 * Autovacuum would do it in time, or never where it is off (it is, on our CI machines): on the medium world,
 * a port's map planned on empty-table statistics ran for minutes instead of a second.
 */
export async function refreshStatistics(db: Database): Promise<void> {
  await db.asOwner((tx) => tx.query('analyze'));
}

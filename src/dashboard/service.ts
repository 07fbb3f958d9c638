/**
 * The dashboard: how many alerts and diversion findings, where, of what, week by week, and how long the open
 * alerts have waited. Every figure is a count over the rows the caller's row-level security lets it read, in
 * one transaction, so it depends only on what the caller may see (docs/SHARING.md). Counts name no record, so
 * reading them is not a read of records for the audit trail.
 */
import { alertTallies, latestAlertDay, type AlertTallies } from '../screening/index.ts';
import { findingTallies, latestFindingDay, type FindingTallies } from '../custody/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';

export interface Dashboard {
  window: { from: string; to: string; weeks: number };
  alerts: AlertTallies;
  findings: FindingTallies;
}

const DAY_MS = 86_400_000;

/** The window's first day: `weeks` whole weeks that end on `to` (ISO dates, UTC). */
export function windowStart(to: string, weeks: number): string {
  return new Date(Date.parse(`${to}T00:00:00Z`) - (weeks * 7 - 1) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `to` defaults to the latest declaration the caller sees (of an alert or a finding), so a world whose dates
 * lie in the past still shows its last weeks; with nothing to see, today.
 */
export async function dashboard(
  db: Database,
  actor: Actor,
  query: { weeks: number; to?: string | undefined },
): Promise<Dashboard> {
  return db.asUser(actor, async (tx) => {
    const latest = [await latestAlertDay(tx), await latestFindingDay(tx)].filter((d): d is string => !!d);
    const to = query.to ?? (latest.sort().at(-1) || new Date().toISOString().slice(0, 10));
    const window = { from: windowStart(to, query.weeks), to };
    return {
      window: { ...window, weeks: query.weeks },
      alerts: await alertTallies(tx, window),
      findings: await findingTallies(tx, window),
    };
  });
}

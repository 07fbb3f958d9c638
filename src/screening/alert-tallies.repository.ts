/**
 * The alert counts a dashboard draws, over the alerts the caller's row-level security lets it read (so a count
 * tells nobody more than the alert list would): per week of declaration, per port of entry, per listed substance,
 * per status, and the open ones by how long they have waited. One statement per figure, each a grouped scan of
 * the window; the window is the caller's own latest weeks (see `latestAlertDay`).
 */
import type { Tx } from '../store/database.ts';
import { loadControlList } from './control-list.ts';
import { substanceName } from './substance-search.ts';

export interface AlertTallies {
  byWeek: { week: string; alerts: number }[];
  byPort: { port: string; alerts: number; open: number }[];
  bySubstance: { substanceId: string; name: { en: string; es: string } | null; alerts: number }[];
  byStatus: { status: string; alerts: number }[];
  /** Alerts still open (not dismissed), by days since they were declared: 0–7, 8–30, 31–90, over 90. */
  openByAge: { age: '0-7' | '8-30' | '31-90' | '90+'; alerts: number }[];
}

/** The day of the latest declaration among the alerts the caller reads (null when it reads none). */
export async function latestAlertDay(tx: Tx): Promise<string | null> {
  const { rows } = await tx.query<{ day: string | null }>(
    `select to_char(max(declared_at) at time zone 'UTC', 'YYYY-MM-DD') as day from alerts`,
  );
  return rows[0]?.day ?? null;
}

export async function alertTallies(tx: Tx, window: { from: string; to: string }): Promise<AlertTallies> {
  const params = [window.from, window.to];
  const inWindow = `declared_at >= $1::date and declared_at < $2::date + 1`;
  const byWeek = await tx.query<{ week: string; alerts: string }>(
    `select to_char(date_trunc('week', declared_at at time zone 'UTC'), 'YYYY-MM-DD') as week, count(*) as alerts
       from alerts where ${inWindow} group by 1 order by 1`,
    params,
  );
  const byPort = await tx.query<{ port: string; alerts: string; open: string }>(
    `select port_locode as port, count(*) as alerts, count(*) filter (where status <> 'dismissed') as open
       from alerts where ${inWindow} group by 1 order by 2 desc, 1`,
    params,
  );
  const bySubstance = await tx.query<{ substance_id: string; alerts: string }>(
    `select substance_id, count(*) as alerts from alerts
      where ${inWindow} and substance_id is not null group by 1 order by 2 desc, 1`,
    params,
  );
  const byStatus = await tx.query<{ status: string; alerts: string }>(
    `select status, count(*) as alerts from alerts where ${inWindow} group by 1 order by 1`,
    params,
  );
  // age counted from the end of the window, so that a world of past dates reads as it did on its last day
  const openByAge = await tx.query<{ age: AlertTallies['openByAge'][number]['age']; alerts: string }>(
    `select case when age <= 7 then '0-7' when age <= 30 then '8-30' when age <= 90 then '31-90' else '90+' end as age,
            count(*) as alerts
       from (select $2::date - (declared_at at time zone 'UTC')::date as age from alerts
              where ${inWindow} and status <> 'dismissed') waiting
      group by 1`,
    params,
  );
  const list = loadControlList();
  const ages = ['0-7', '8-30', '31-90', '90+'] as const;
  return {
    byWeek: byWeek.rows.map((r) => ({ week: r.week, alerts: Number(r.alerts) })),
    byPort: byPort.rows.map((r) => ({ port: r.port, alerts: Number(r.alerts), open: Number(r.open) })),
    bySubstance: bySubstance.rows.map((r) => ({
      substanceId: r.substance_id,
      name: substanceName(list, r.substance_id),
      alerts: Number(r.alerts),
    })),
    byStatus: byStatus.rows.map((r) => ({ status: r.status, alerts: Number(r.alerts) })),
    openByAge: ages.map((age) => ({
      age,
      alerts: Number(openByAge.rows.find((r) => r.age === age)?.alerts ?? 0),
    })),
  };
}

/**
 * The diversion-finding counts a dashboard draws, over the findings the caller's row-level security lets it read
 * (its visibility class's, from inputs it sees: a count tells nobody more than the findings list would): per week
 * of declaration (of computation for a finding on no declaration), per kind (with how many are still open) and per port of entry.
 */
import type { Tx } from '../store/database.ts';

export interface FindingTallies {
  byWeek: { week: string; findings: number }[];
  byKind: { kind: string; findings: number; open: number }[];
  byPort: { port: string; findings: number }[];
}

/** The day of the latest declaration among the findings the caller reads (null when it reads none). */
export async function latestFindingDay(tx: Tx): Promise<string | null> {
  const { rows } = await tx.query<{ day: string | null }>(
    `select to_char(max(coalesce(declared_at, computed_at)) at time zone 'UTC', 'YYYY-MM-DD') as day from findings`,
  );
  return rows[0]?.day ?? null;
}

export async function findingTallies(tx: Tx, window: { from: string; to: string }): Promise<FindingTallies> {
  const params = [window.from, window.to];
  // a finding is dated by its consignment's declaration, or, without one, by when it was computed
  const inWindow = `coalesce(declared_at, computed_at) >= $1::date and coalesce(declared_at, computed_at) < $2::date + 1`;
  const byWeek = await tx.query<{ week: string; findings: string }>(
    `select to_char(date_trunc('week', coalesce(declared_at, computed_at) at time zone 'UTC'), 'YYYY-MM-DD') as week, count(*) as findings
       from findings where ${inWindow} group by 1 order by 1`,
    params,
  );
  const byKind = await tx.query<{ kind: string; findings: string; open: string }>(
    `select kind, count(*) as findings, count(*) filter (where status <> 'dismissed') as open
       from findings where ${inWindow} group by 1 order by 2 desc, 1`,
    params,
  );
  const byPort = await tx.query<{ port: string; findings: string }>(
    `select port_locode as port, count(*) as findings from findings
      where ${inWindow} and port_locode is not null group by 1 order by 2 desc, 1`,
    params,
  );
  return {
    byWeek: byWeek.rows.map((r) => ({ week: r.week, findings: Number(r.findings) })),
    byKind: byKind.rows.map((r) => ({ kind: r.kind, findings: Number(r.findings), open: Number(r.open) })),
    byPort: byPort.rows.map((r) => ({ port: r.port, findings: Number(r.findings) })),
  };
}

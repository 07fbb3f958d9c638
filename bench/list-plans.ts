/**
 * The statements behind the lists of the read load (issue 14), as the demo's host analyst and partner advisor run
 * them under row-level security: the consignment and entity lists before (aggregated at read time) and after
 * (paged over stored summaries, 0620/0621), the alert list before and after its lookups moved past the page, and
 * the entity detail's reads. Median of N runs each; `--explain` prints each "after" plan once.
 *   npx tsx bench/list-plans.ts --database-url postgres://postgres@127.0.0.1:5432/DB [--runs 7] [--explain]
 * Reads only (it opens one session per user). Run it on a copy, never on a database someone else measures.
 */
import { openPostgres } from '../src/store/postgres.ts';
import type { Tx } from '../src/store/database.ts';
import { demoActor } from '../src/demo/world.ts';
import { listConsignments } from '../src/custody/consignments.repository.ts';
import { searchEntities, visibleLinks, visibleMembers } from '../src/resolution/reads.repository.ts';
import { listAlerts } from '../src/screening/alerts.repository.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const url = arg('database-url', process.env.DATABASE_URL ?? '');
if (!url) throw new Error('--database-url postgres://…/DB');
const runs = Number(arg('runs', '7'));
const explain = process.argv.includes('--explain');
const db = openPostgres(url);

/** The consignment list before 0620: every visible event aggregated before the page is cut. */
const CONSIGNMENTS_BEFORE = `with visible as (
    select e.bol, count(*) as events, max(e.event_time) as last_event from epcis_events e
     where e.bol is not null group by e.bol
    union all select l.bill_of_lading as bol, 0, null from declaration_lines l
  ), merged as (select bol, sum(events) as events, max(last_event) as last_event from visible group by bol)
  select c.bol, c.events, c.last_event,
    (select t.state from consignment_tracks t where t.bill_of_lading = c.bol limit 1) as state
  from merged c order by c.last_event desc nulls last, c.bol limit 50`;

/** The entity list before 0621: every visible member record aggregated before the page is cut. */
const ENTITIES_BEFORE = `select m.entity_id, e.status, mode() within group (order by nullif(p.name, '') collate "C") as name,
    coalesce(array_agg(distinct p.name) filter (where p.name <> ''), '{}') as names,
    coalesce(array_agg(distinct p.rfc_norm) filter (where p.rfc_norm is not null), '{}') as rfcs,
    count(*)::int8 as records
  from entity_members m join party_records p on p.id = m.party_record_id join entities e on e.id = m.entity_id
  group by m.entity_id, e.status order by count(*) desc, min(p.record_id) limit 50`;

/** The alert list before: each visible alert looked up its line and assignee beside the window count. */
const ALERTS_BEFORE = `select *, (select l.bill_of_lading from declaration_lines l where l.id = alerts.line_id) as bill_of_lading,
    (select u.display_name from users u join agencies g on g.code = u.agency
      where u.id = alerts.assignee and g.nation = (select centinela_current_nation())) as assignee_name,
    count(*) over () as total
  from alerts order by score desc, id limit 50 offset 0`;

/** A Tx that prints the plan of the statements matching `pick` (and still runs them for their rows). */
function explaining(tx: Tx, pick: RegExp): Tx {
  return {
    ...tx,
    engine: tx.engine,
    exec: (sql) => tx.exec(sql),
    copyRows: (table, columns, rows) => tx.copyRows(table, columns, rows),
    query: async <R>(sql: string, params?: readonly unknown[]) => {
      if (pick.test(sql)) {
        const plan = await tx.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params);
        console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      return tx.query<R>(sql, params);
    },
  };
}

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]!);
}

try {
  for (const username of ['analista', 'advisor']) {
    const user = await demoActor(db, username);
    const read = <T>(work: (tx: Tx) => Promise<T>) => db.asUser(user, work);
    const sql = (text: string) => () => read((tx) => tx.query(text));
    const entities = await read((tx) => searchEntities(tx, { limit: 50, offset: 0 }));
    const biggest = entities[0]?.entityId;
    const detail = async (tx: Tx): Promise<number> => {
      if (!biggest) return 0;
      const [members, links] = await Promise.all([visibleMembers(tx, [biggest]), visibleLinks(tx, biggest)]);
      return members.length + links.length;
    };
    const figures = {
      'consignments, before': await median(sql(CONSIGNMENTS_BEFORE)),
      'consignments, after': await median(() => read((tx) => listConsignments(tx, { limit: 50, offset: 0 }))),
      'entities, before': await median(sql(ENTITIES_BEFORE)),
      'entities, after': await median(() => read((tx) => searchEntities(tx, { limit: 50, offset: 0 }))),
      'alerts, before': await median(sql(ALERTS_BEFORE)),
      'alerts, after': await median(() =>
        read((tx) => listAlerts(tx, { sort: 'score', order: 'desc', limit: 50, offset: 0 })),
      ),
      [`entity detail (largest, ${entities[0]?.records ?? 0} records): members + links`]: await median(() =>
        read(detail),
      ),
    };
    for (const [what, ms] of Object.entries(figures)) console.log(`${username}\t${what}\t${ms} ms`);
    if (explain) {
      await read((tx) => listConsignments(explaining(tx, /consignment_tracks t/), { limit: 50, offset: 0 }));
      await read((tx) => searchEntities(explaining(tx, /from entities e/), { limit: 50, offset: 0 }));
      await read((tx) =>
        listAlerts(explaining(tx, /with page/), { sort: 'score', order: 'desc', limit: 50, offset: 0 }),
      );
      await read((tx) => detail(explaining(tx, /entity_members m join|from entity_links l/)));
    }
  }
} finally {
  await db.close();
}

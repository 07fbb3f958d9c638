/** SQL of the consignment list: bills of lading the caller can see through events or lines. */
import type { Tx } from '../store/database.ts';
import { lineSource } from './inputs.repository.ts';
import type { ConsignmentState } from './model.ts';

export interface ConsignmentSummary {
  billOfLading: string;
  eventCount: number;
  lastEventTime: string | null;
  state: ConsignmentState | null;
  findingKinds: string[];
}

export async function listConsignments(
  tx: Tx,
  filter: {
    state?: ConsignmentState | undefined;
    withFindings?: boolean | undefined;
    limit: number;
    offset: number;
  },
): Promise<ConsignmentSummary[]> {
  const source = await lineSource(tx);
  const fromLines = source ? `union select l.bill_of_lading as bol, 0, null from ${source.from}` : '';
  const { rows } = await tx.query<{
    bol: string;
    events: string;
    last_event: Date | null;
    state: ConsignmentState | null;
    kinds: string[] | null;
  }>(
    `with visible as (
       select bol, count(*) as events, max(event_time) as last_event from epcis_events where bol is not null group by bol
       ${fromLines}
     ), merged as (
       select bol, sum(events) as events, max(last_event) as last_event from visible group by bol
     )
     select m.bol, m.events, m.last_event, a.state,
       (select array_agg(distinct f.kind order by f.kind) from findings f where f.bill_of_lading = m.bol) as kinds
     from merged m left join consignment_analyses a on a.bill_of_lading = m.bol
     where ($1::text is null or a.state = $1)
       and (not $2::boolean or exists (select 1 from findings f where f.bill_of_lading = m.bol))
     order by m.last_event desc nulls last, m.bol limit $3 offset $4`,
    [filter.state ?? null, filter.withFindings ?? false, filter.limit, filter.offset],
  );
  return rows.map((r) => ({
    billOfLading: r.bol,
    eventCount: Number(r.events),
    lastEventTime: r.last_event ? new Date(r.last_event).toISOString() : null,
    state: r.state,
    findingKinds: r.kinds ?? [],
  }));
}

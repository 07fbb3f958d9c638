/**
 * A caller's network around an entity, computed from what the caller's transaction returns under
 * row-level security: the visible party records of the entities reachable from it (expanded hop by
 * hop through the indexes, not the whole table) and the findings of the caller's visibility class on
 * their consignments (read through custody). Order, paths and communities rest on what the caller sees,
 * not on opaque or random ids (graph.ts, `order`).
 * Nothing hidden enters the graph, so neither its nodes and edges nor its shape (communities, risk,
 * paths) can reveal a record the caller may not see.
 */
import { recordReadsOf } from '../audit/index.ts';
import {
  membersForCaller,
  membersSharingWith,
  recordsSharingWith,
  type VisibleMember,
} from '../resolution/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { Marking } from '../shared/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { neighbourhood, type NetworkView } from './analysis.ts';
import { depthTwoNetwork } from './depth-two.ts';
import { buildNetwork, type NetworkFinding } from './graph.ts';
import type { LinkedIncident } from '../incidents/index.ts';
import { addIncidents, incidentsFor } from './incidents.ts';
import { addOutcomes, outcomesFor } from './outcomes.ts';
import type { EntityOutcome } from '../cases/index.ts';
import { findingsFor, knownEntities, networkRecord } from './records.ts';

/**
 * What to load for a neighbourhood of `depth` graph hops. A hop of records (entity → shared consignment, address…
 * → entity) is two graph hops. `full`: hops that bring every visible record of the entities reached (their other
 * consignments, addresses… are the next graph hop); `linking`: at an even depth, one last hop that brings only
 * the records holding a value of the hop before (the edges into the farthest entities, not everything they touch).
 * Depth 2 is thus the entity's records and the records sharing a value with them; it was, before, two full hops
 * of "context" (most of a medium world for a large importer, 68–193 s).
 */
const recordHopsFor = (depth: number): { full: number; linking: boolean } => ({
  full: Math.floor((depth - 1) / 2),
  linking: depth % 2 === 0,
});

export async function entityNetwork(
  db: Database,
  actor: Actor,
  entityId: string,
  depth: number,
): Promise<NetworkView & { entityId: string; depth: number }> {
  return db.asUser(actor, async (tx) => {
    // expand hop by hop through shared consignments, addresses, phones, permits and sites, to the requested depth
    let members = await membersForCaller(tx, entityId);
    if (depth === 2) {
      // what the entity page asks for: the cut made before the records are read (depth-two.ts)
      const { view, records, findings, incidents, outcomes } = await depthTwoNetwork(tx, entityId, members);
      await recordShown(tx, actor, view, records, findings, incidents, outcomes);
      return { entityId, depth, ...view };
    }
    const hops = recordHopsFor(depth);
    for (let hop = 0; hop < hops.full; hop++) {
      const next = await membersSharingWith(tx, members);
      if (next.length === members.length) break;
      members = next;
    }
    if (hops.linking) members = await recordsSharingWith(tx, members);
    const bols = [...new Set(members.map((m) => m.billOfLading).filter((b): b is string => b !== null))];
    const findings = await findingsFor(tx, bols);
    const records = members.map(networkRecord);
    const graph = buildNetwork(records, findings, await knownEntities(tx, members));
    const incidents = addIncidents(graph, records, await incidentsFor(tx, records)).map((a) => a.incident);
    const outcomes = addOutcomes(graph, records, await outcomesFor(tx, records)).map((a) => a.outcome);
    const view = neighbourhood(graph, `entity:${entityId}`, depth);
    const shownRecords = new Set(view.nodes.flatMap((node) => graph.getNodeAttribute(node.id, 'records')));
    await recordShown(
      tx,
      actor,
      view,
      members.filter((m) => shownRecords.has(m.recordId)),
      findings,
      incidents,
      outcomes,
    );
    return { entityId, depth, ...view };
  });
}

/**
 * The audit of a network read: the party records on the nodes shown (what the records given hold, as the graph
 * built from them attached them), the findings, the incidents and the operations' outcomes shown.
 */
async function recordShown(
  tx: Tx,
  actor: Actor,
  view: NetworkView,
  records: readonly VisibleMember[],
  findings: readonly (NetworkFinding & { marking: Marking })[],
  incidents: readonly LinkedIncident[],
  outcomes: readonly EntityOutcome[],
): Promise<void> {
  const shownNodes = new Set(view.nodes.map((node) => node.id));
  await recordReadsOf(tx, actor, {
    party_records: records.map((m) => ({ id: m.id, marking: m.marking })),
    findings: findings.filter((f) => shownNodes.has(`finding:${f.id}`)),
    incidents: incidents.filter((i) => shownNodes.has(`incident:${i.id}`)),
    operation_outcomes: outcomes.filter((o) => shownNodes.has(`outcome:${o.id}`)),
  });
}

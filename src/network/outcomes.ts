/**
 * Operations' outcomes in the network (issue 19): an outcome the caller may see that confirms an entity, or
 * searched its site and found nothing, joins the graph as an `outcome` node linked to the entities whose records
 * hold one of the RFCs it names (the RFCs of the named entity's records, kept by the outcome: an entity id is its
 * visibility class's, an RFC everyone's). A confirmation is a source of risk like a dismantled lab; a search that
 * found nothing lowers the risk of the entities it names (analysis.ts, `propagateRisk`). Read through the cases'
 * face under the caller's row-level security: an outcome hidden from the caller never enters its graph.
 */
import { outcomesNaming, type EntityOutcome } from '../cases/index.ts';
import { compareCodeUnits } from '../shared/compare.ts';
import type { Tx } from '../store/database.ts';
import type { Network, NetworkRecord } from './graph.ts';
import { entitiesByRfc, rfcKey } from './incidents.ts';

/** The visible outcomes naming one of these records' RFCs. */
export function outcomesFor(tx: Tx, records: readonly NetworkRecord[]): Promise<EntityOutcome[]> {
  const rfcs = new Set(records.flatMap((r) => rfcKey(r.rfc) ?? []));
  return outcomesNaming(tx, [...rfcs].sort());
}

/** Its label: the source id its incident would have (outcomes.service.ts), what it says, never its place alone. */
const labelOf = (o: EntityOutcome) => `OP-${o.operationId.slice(0, 8)}-${o.id.slice(0, 8)}`;
const outcomeOrder = (o: EntityOutcome) =>
  `outcome:${o.observedAt}\u0000${o.kind}\u0000${labelOf(o)}\u0000${o.marking.ownerAgency}`;

/**
 * Adds each outcome to the graph, linked to the entities in it whose records hold one of its RFCs; an outcome
 * naming nothing in the graph stays out. Returns the nodes added and the outcomes they are, in order.
 */
export function addOutcomes(
  graph: Network,
  records: readonly NetworkRecord[],
  outcomes: readonly EntityOutcome[],
): { node: string; outcome: EntityOutcome }[] {
  const byRfc = entitiesByRfc(records);
  const added: { node: string; outcome: EntityOutcome }[] = [];
  const ordered = [...outcomes].sort((a, b) => compareCodeUnits(outcomeOrder(a), outcomeOrder(b)));
  for (const outcome of ordered) {
    const targets = new Set<string>();
    for (const rfc of outcome.entityRfcs)
      for (const entity of byRfc.get(rfc) ?? []) if (graph.hasNode(entity)) targets.add(entity);
    if (targets.size === 0) continue;
    const node = `outcome:${outcome.id}`;
    const record = `outcome:${outcome.id}`;
    graph.addNode(node, {
      kind: 'outcome',
      label: labelOf(outcome),
      outcomeKind: outcome.kind,
      order: outcomeOrder(outcome),
      records: [record],
    });
    for (const target of [...targets].sort(compareCodeUnits))
      graph.addEdgeWithKey(node < target ? `${node}~${target}` : `${target}~${node}`, node, target, {
        kind: outcome.kind === 'entity_confirmed' ? 'confirmed' : 'searched',
        records: [record],
      });
    added.push({ node, outcome });
  }
  return added;
}

/**
 * The depth-2 network (what the entity page asks for) with its cut made on what the database folds, not on a graph
 * of everything around the entity (issue 16: < 500 ms on the medium world). A large importer's 1,700 records share a
 * value with 5,000 more; the view keeps 500 nodes. So: the entity's own records (its node and edges are all shown);
 * the other entities sharing its values folded to one row each (which of its values they hold, their order); the
 * findings on its consignments; the same cut as `neighbourhood` (analysis.ts) over those; and then only the records
 * of the entities kept that link them to the values kept. The view is that of `neighbourhood` over the whole
 * neighbourhood: same nodes, edges, communities and risk (the test compares both), from a tenth of the records.
 */
import type { Tx } from '../store/database.ts';
import { entitiesSharingWith, recordsHolding, type VisibleMember } from '../resolution/index.ts';
import type { Marking } from '../shared/marking.ts';
import type { LinkedIncident } from '../incidents/index.ts';
import { VIEW_MAX_NODES, viewOf, type NetworkView } from './analysis.ts';
import { addIncidents, incidentsFor } from './incidents.ts';
import { addOutcomes, outcomesFor } from './outcomes.ts';
import type { EntityOutcome } from '../cases/index.ts';
import { buildNetwork, findingOrder, type KnownEntity, type NetworkFinding } from './graph.ts';
import {
  findingsFor,
  incorporationDate,
  knownEntities,
  knownEntity,
  networkRecord,
  valueNodes,
} from './records.ts';
import { compareCodeUnits } from '../shared/compare.ts';

type MarkedFinding = NetworkFinding & { marking: Marking };

/** A node as the view sorts it (graph.ts, `byOrder`): by its order key, then its id. */
interface Placed {
  id: string;
  order: string;
}
const byPlace = (a: Placed, b: Placed) => compareCodeUnits(a.order, b.order) || compareCodeUnits(a.id, b.id);

export async function depthTwoNetwork(
  tx: Tx,
  entityId: string,
  own: readonly VisibleMember[],
  maxNodes = VIEW_MAX_NODES,
): Promise<{
  view: NetworkView;
  records: VisibleMember[];
  findings: MarkedFinding[];
  incidents: LinkedIncident[];
  outcomes: EntityOutcome[];
}> {
  const start = `entity:${entityId}`;
  const ownRecords = own.map(networkRecord);
  /** The start's neighbours (its values) and what lies behind each: the entities holding it, its findings. */
  const near = new Map<string, { entities: Set<string>; findings: MarkedFinding[] }>();
  for (const record of ownRecords)
    for (const node of valueNodes(record))
      if (!near.has(node)) near.set(node, { entities: new Set(), findings: [] });
  const sharing = await entitiesSharingWith(tx, entityId, own, [...near.keys()]);
  const placeOf = new Map<string, string>();
  const incorporationRfcs = new Map<string, { entityId: string; rfc: string }[]>();
  for (const entity of sharing) {
    placeOf.set(entity.entityId, `entity:${entity.stored?.firstRecordId ?? entity.firstRecordId}`);
    for (const key of entity.keys) near.get(key)?.entities.add(entity.entityId);
    for (const rfc of entity.rfcs) {
      const date = incorporationDate(rfc);
      const node = near.get(`incorporation:${date}`);
      if (date === null || !node) continue;
      node.entities.add(entity.entityId);
      const holders = incorporationRfcs.get(`incorporation:${date}`) ?? [];
      holders.push({ entityId: entity.entityId, rfc });
      incorporationRfcs.set(`incorporation:${date}`, holders);
    }
  }
  const bols = [...new Set(ownRecords.map((r) => r.billOfLading).filter((b): b is string => b !== null))];
  for (const finding of await findingsFor(tx, bols))
    near.get(`consignment:${finding.billOfLading}`)?.findings.push(finding);

  // The cut of `neighbourhood`: the start's neighbours strongest first (next to findings, then the most linked:
  // the start, the entities and the findings), each with what lies behind it in order, while the budget lasts.
  const strength = (node: string) => {
    const { entities, findings } = near.get(node)!;
    return [findings.length, 1 + entities.size + findings.length] as const;
  };
  const strongestFirst = [...near.keys()].sort((a, b) => {
    const [fa, da] = strength(a);
    const [fb, db] = strength(b);
    return fb - fa || db - da || compareCodeUnits(a, b);
  });
  const seen = new Set<string>([start]);
  const keptFindings: MarkedFinding[] = [];
  let complete = true;
  for (const node of strongestFirst) {
    if (seen.size >= maxNodes) {
      complete = false;
      break;
    }
    seen.add(node);
    const { entities, findings } = near.get(node)!;
    const behind: (Placed & { finding?: MarkedFinding })[] = [
      ...[...entities].map((id) => ({ id: `entity:${id}`, order: placeOf.get(id)! })),
      ...findings.map((finding) => ({ id: `finding:${finding.id}`, order: findingOrder(finding), finding })),
    ].sort(byPlace);
    for (const next of behind) {
      if (seen.has(next.id)) continue;
      if (seen.size >= maxNodes) {
        complete = false;
        break;
      }
      seen.add(next.id);
      if (next.finding) keptFindings.push(next.finding);
    }
  }

  // Only now the records: those of the entities kept that link them to the values kept.
  const keptEntities = sharing.filter((e) => seen.has(`entity:${e.entityId}`));
  const keptKeys = [...near.keys()].filter((node) => seen.has(node) && !node.startsWith('incorporation:'));
  const rfcs = [...incorporationRfcs]
    .filter(([node]) => seen.has(node))
    .flatMap(([, holders]) => holders.filter((h) => seen.has(`entity:${h.entityId}`)).map((h) => h.rfc));
  const linking = await recordsHolding(
    tx,
    keptEntities.map((e) => e.entityId),
    keptKeys,
    [...new Set(rfcs)],
    own,
  );
  const known = new Map<string, KnownEntity>(
    keptEntities.flatMap((e) => (e.stored ? [[e.entityId, knownEntity(e.stored)] as const] : [])),
  );
  const ownKnown = (await knownEntities(tx, own.slice(0, 1))).get(entityId);
  if (ownKnown) known.set(entityId, ownKnown);
  const records = [...own, ...linking];
  const networkRecords = records.map(networkRecord);
  const graph = buildNetwork(networkRecords, keptFindings, known);
  // seizures and dismantled labs naming the entity or its consignments: one hop from a node of its first ring
  const incidents: LinkedIncident[] = [];
  const linked = addIncidents(graph, networkRecords, await incidentsFor(tx, ownRecords));
  for (const { node, incident } of linked) {
    if (!graph.neighbors(node).some((n) => n === start || (seen.has(n) && near.has(n)))) continue;
    if (seen.size >= maxNodes) {
      complete = false;
      break;
    }
    seen.add(node);
    incidents.push(incident);
  }
  // operations' outcomes naming the entity itself (an outcome naming a farther entity is beyond depth 2)
  const outcomes: EntityOutcome[] = [];
  for (const { node, outcome } of addOutcomes(graph, networkRecords, await outcomesFor(tx, ownRecords))) {
    if (!graph.neighbors(node).includes(start)) continue;
    if (seen.size >= maxNodes) {
      complete = false;
      break;
    }
    seen.add(node);
    outcomes.push(outcome);
  }
  // an entity outside the caller's class is placed by its lowest record sharing a value (as the whole graph would)
  for (const entity of keptEntities)
    if (!entity.stored)
      graph.setNodeAttribute(`entity:${entity.entityId}`, 'order', placeOf.get(entity.entityId)!);
  return { view: viewOf(graph, seen, complete), records, findings: keptFindings, incidents, outcomes };
}

/**
 * Seizures and dismantled labs in the network (issue 17): an incident the caller may see that names an entity's
 * RFC as a party, or one of its consignments by bill of lading, joins the graph as a node linked to them, and is a
 * source of risk like a finding (analysis.ts, `incidentWeight`). Read through the incidents' face under the
 * caller's row-level security: an incident hidden from the caller never enters the graph, so it changes nothing
 * the caller sees (docs/SHARING.md). A party named only by its name links nothing here: a name alone is too weak
 * to raise anyone's risk (the incident's page still links it to the entity it resolved into).
 */
import { incidentsNaming, type LinkedIncident } from '../incidents/index.ts';
import { normaliseRfc } from '../resolution/index.ts';
import { compareCodeUnits } from '../shared/compare.ts';
import type { Tx } from '../store/database.ts';
import type { Network, NetworkRecord, RiskIncidentKind } from './graph.ts';

const RISK_KINDS: readonly RiskIncidentKind[] = ['seizure', 'lab_dismantled'];

export const rfcKey = (rfc: string | null | undefined) => normaliseRfc(rfc).value;

/** The graph's entity nodes by the normalised RFC their records hold: what an incident or an outcome links to. */
export function entitiesByRfc(records: readonly NetworkRecord[]): Map<string, Set<string>> {
  const byRfc = new Map<string, Set<string>>();
  for (const record of records) {
    const key = rfcKey(record.rfc);
    if (!key) continue;
    const entities = byRfc.get(key) ?? new Set<string>();
    entities.add(`entity:${record.entityId}`);
    byRfc.set(key, entities);
  }
  return byRfc;
}

/** The visible seizures and dismantled labs naming one of these records' RFCs or consignments. */
export async function incidentsFor(tx: Tx, records: readonly NetworkRecord[]): Promise<LinkedIncident[]> {
  const rfcs = new Set<string>();
  for (const record of records) {
    if (!record.rfc) continue;
    rfcs.add(record.rfc.toUpperCase());
    const key = rfcKey(record.rfc);
    if (key) rfcs.add(key);
  }
  const bols = new Set(records.flatMap((r) => (r.billOfLading ? [r.billOfLading] : [])));
  return incidentsNaming(tx, RISK_KINDS, [...rfcs], [...bols]);
}

/** An incident's place in any order: what it says, never its random id. */
const incidentOrder = (i: LinkedIncident) =>
  `incident:${i.occurredAt}\u0000${i.kind}\u0000${i.incidentId}\u0000${i.marking.ownerAgency}`;

/**
 * Adds each incident to the graph, linked to the entities whose records hold one of its party RFCs and to its
 * consignment, when those are in the graph; an incident naming nothing in the graph stays out. Returns the nodes
 * added and the incidents they are, in order.
 */
export function addIncidents(
  graph: Network,
  records: readonly NetworkRecord[],
  incidents: readonly LinkedIncident[],
): { node: string; incident: LinkedIncident }[] {
  const byRfc = entitiesByRfc(records);
  const added: { node: string; incident: LinkedIncident }[] = [];
  const ordered = [...incidents].sort((a, b) => compareCodeUnits(incidentOrder(a), incidentOrder(b)));
  for (const incident of ordered) {
    const kind = RISK_KINDS.find((k) => k === incident.kind);
    if (!kind) continue;
    const targets = new Map<string, string>();
    for (const rfc of incident.partyRfcs)
      for (const entity of byRfc.get(rfcKey(rfc) ?? '') ?? [])
        if (graph.hasNode(entity)) targets.set(entity, 'party');
    const consignment = incident.billOfLading ? `consignment:${incident.billOfLading}` : null;
    if (consignment && graph.hasNode(consignment)) targets.set(consignment, 'incident');
    if (targets.size === 0) continue;
    const node = `incident:${incident.id}`;
    const record = `incident:${incident.id}`;
    graph.addNode(node, {
      kind: 'incident',
      label: incident.incidentId,
      incidentKind: kind,
      order: incidentOrder(incident),
      records: [record],
    });
    for (const [target, edgeKind] of [...targets].sort(([a], [b]) => compareCodeUnits(a, b)))
      graph.addEdgeWithKey(node < target ? `${node}~${target}` : `${target}~${node}`, node, target, {
        kind: edgeKind,
        records: [record],
      });
    added.push({ node, incident });
  }
  return added;
}

/**
 * The network of entities and what links them: consignments (declarations), addresses, phones,
 * permits, sites, incorporation dates (from the RFC) and findings. Built only from records the caller may see: every node and edge
 * keeps the source records it rests on, so nothing in the graph exists without a visible record
 * (a partner's graph never shows a node or edge made of records not released to the partner).
 */
import { entityName } from '../resolution/entity-name.ts';
import { UndirectedGraph } from 'graphology';

export type NodeKind =
  'entity' | 'consignment' | 'address' | 'phone' | 'permit' | 'site' | 'finding' | 'incorporation';

export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** Source record ids (party records or findings) that put this node in the graph. */
  records: string[];
  /** Finding severity, for finding nodes. */
  severity?: 'low' | 'medium' | 'high';
}

export interface EdgeAttributes {
  /** importer, consignee, broker, holder, operator, address, phone, finding. */
  kind: string;
  records: string[];
}

export type Network = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface NetworkRecord {
  recordId: string;
  entityId: string;
  role: string;
  name: string;
  declarationId: string | null;
  billOfLading: string | null;
  permitId: string | null;
  locationId: string | null;
  addressKey: string | null;
  address: string | null;
  phone: string | null;
  /** YYMMDD of a company's (persona moral) RFC: its date of incorporation. */
  incorporated: string | null;
  /** The record's RFC: the label of an entity known only by it (a site operator's record has no name). */
  rfc?: string | null;
}

export interface NetworkFinding {
  id: string;
  billOfLading: string;
  kind: string;
  severity: 'low' | 'medium' | 'high';
}

export const consignmentNode = (
  record: Pick<NetworkRecord, 'billOfLading' | 'declarationId'>,
): string | null =>
  record.billOfLading
    ? `consignment:${record.billOfLading}`
    : record.declarationId
      ? `consignment:decl:${record.declarationId}`
      : null;

function addNode(
  graph: Network,
  id: string,
  attributes: Omit<NodeAttributes, 'records'>,
  record: string,
): void {
  if (!graph.hasNode(id)) graph.addNode(id, { ...attributes, records: [record] });
  else if (!graph.getNodeAttribute(id, 'records').includes(record))
    graph.getNodeAttribute(id, 'records').push(record);
}

/**
 * One edge per pair of nodes (the graph is simple, as Louvain needs): a company that is both importer
 * and consignee of a consignment gets one edge whose kind names both roles, e.g. `consignee+importer`.
 */
function addEdge(graph: Network, source: string, target: string, kind: string, record: string): void {
  const existing = graph.edge(source, target);
  if (existing === undefined) {
    // keyed by its ends: graphology's own keys count edges across every graph of the process, so they
    // would tell a caller how many networks others had asked for, and they sort by that count
    graph.addEdgeWithKey(source < target ? `${source}~${target}` : `${target}~${source}`, source, target, {
      kind,
      records: [record],
    });
    return;
  }
  const attributes = graph.getEdgeAttributes(existing);
  const kinds = new Set(attributes.kind.split('+')).add(kind);
  graph.setEdgeAttribute(existing, 'kind', [...kinds].sort().join('+'));
  if (!attributes.records.includes(record)) attributes.records.push(record);
}

/** Each entity's name over its visible records (src/resolution/entity-name.ts). */
function entityLabels(records: readonly NetworkRecord[]): Map<string, string> {
  const byEntity = new Map<string, NetworkRecord[]>();
  for (const record of records) {
    const own = byEntity.get(record.entityId);
    if (own) own.push(record);
    else byEntity.set(record.entityId, [record]);
  }
  return new Map([...byEntity].map(([entity, own]) => [entity, entityName(own)]));
}

export function buildNetwork(
  records: readonly NetworkRecord[],
  findings: readonly NetworkFinding[],
): Network {
  const graph: Network = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const labels = entityLabels(records);
  for (const record of records) {
    const entity = `entity:${record.entityId}`;
    addNode(
      graph,
      entity,
      { kind: 'entity', label: labels.get(record.entityId) ?? record.name },
      record.recordId,
    );
    const consignment = consignmentNode(record);
    if (consignment) {
      addNode(
        graph,
        consignment,
        { kind: 'consignment', label: record.billOfLading ?? record.declarationId ?? '' },
        record.recordId,
      );
      addEdge(graph, entity, consignment, record.role, record.recordId);
    }
    if (record.addressKey) {
      const address = `address:${record.addressKey}`;
      addNode(
        graph,
        address,
        { kind: 'address', label: record.address ?? record.addressKey },
        record.recordId,
      );
      addEdge(graph, entity, address, 'address', record.recordId);
    }
    if (record.phone) {
      addNode(graph, `phone:${record.phone}`, { kind: 'phone', label: record.phone }, record.recordId);
      addEdge(graph, entity, `phone:${record.phone}`, 'phone', record.recordId);
    }
    if (record.permitId) {
      addNode(
        graph,
        `permit:${record.permitId}`,
        { kind: 'permit', label: record.permitId },
        record.recordId,
      );
      addEdge(graph, entity, `permit:${record.permitId}`, 'holder', record.recordId);
    }
    if (record.incorporated) {
      // fronts are incorporated in batches: the same date links them (shown only among neighbours)
      const date = `incorporation:${record.incorporated}`;
      addNode(graph, date, { kind: 'incorporation', label: record.incorporated }, record.recordId);
      addEdge(graph, entity, date, 'incorporated', record.recordId);
    }
    if (record.locationId) {
      addNode(
        graph,
        `site:${record.locationId}`,
        { kind: 'site', label: record.locationId },
        record.recordId,
      );
      addEdge(graph, entity, `site:${record.locationId}`, 'operator', record.recordId);
    }
  }
  for (const finding of findings) {
    const consignment = `consignment:${finding.billOfLading}`;
    // a finding on a consignment the caller cannot reach through a visible record stays out of the graph
    if (!graph.hasNode(consignment)) continue;
    const node = `finding:${finding.id}`;
    addNode(
      graph,
      node,
      { kind: 'finding', label: finding.kind, severity: finding.severity },
      `finding:${finding.id}`,
    );
    addEdge(graph, node, consignment, 'finding', `finding:${finding.id}`);
  }
  return graph;
}

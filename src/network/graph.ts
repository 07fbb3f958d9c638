/**
 * The network of entities and what links them: consignments (declarations), addresses, phones,
 * permits, sites, incorporation dates (from the RFC) and findings. Built only from records the caller may see: every node and edge
 * keeps the source records it rests on, so nothing in the graph exists without a visible record
 * (a partner's graph never shows a node or edge made of records not released to the partner).
 */
import { entityName } from '../resolution/index.ts';
import { UndirectedGraph } from 'graphology';
import { compareCodeUnits } from '../shared/compare.ts';

export type NodeKind =
  | 'entity'
  | 'consignment'
  | 'address'
  | 'phone'
  | 'permit'
  | 'site'
  | 'finding'
  | 'incident'
  | 'outcome'
  | 'incorporation';

/** The incidents that are evidence against whom they name (incidents.ts, `INCIDENT_RISK`). */
export type RiskIncidentKind = 'seizure' | 'lab_dismantled';

export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** Source record ids (party records or findings) that put this node in the graph. */
  records: string[];
  /** Finding severity, for finding nodes. */
  severity?: 'low' | 'medium' | 'high';
  /** What an incident node was (a seizure, a dismantled lab), for its weight as a source of risk. */
  incidentKind?: RiskIncidentKind;
  /** What an operation's outcome node says of the entities it names (outcomes.ts). */
  outcomeKind?: 'entity_confirmed' | 'site_not_found';
  /**
   * Where the node sorts: made of what the caller sees, never of an opaque entity id (keyed per
   * installation) or a finding's random id, so that the same visible records give the same order,
   * paths and communities wherever they are computed (docs/SHARING.md, noninterference).
   */
  order: string;
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
  /** The finding's readable evidence (event ids, permits, lines): with the rest, what orders it. */
  evidence?: readonly string[];
}

/** A finding's place in the order: its content (two findings of one kind on one consignment differ by evidence). */
export const findingOrder = (f: NetworkFinding): string =>
  `finding:${f.billOfLading}\u0000${f.kind}\u0000${f.severity}\u0000${(f.evidence ?? []).join('\u0000')}`;

/** Compares two nodes by their order key (then their id, for nodes whose keys tie). */
export function byOrder(graph: Network): (a: string, b: string) => number {
  return (a, b) => {
    const x = graph.getNodeAttribute(a, 'order');
    const y = graph.getNodeAttribute(b, 'order');
    return compareCodeUnits(x, y) || compareCodeUnits(a, b);
  };
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
  attributes: Omit<NodeAttributes, 'records' | 'order'> & { order?: string },
  record: string,
): void {
  if (!graph.hasNode(id)) graph.addNode(id, { order: id, ...attributes, records: [record] });
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

/**
 * What is known of an entity beyond the records in the graph (its stored name and lowest record id): an entity
 * reached at the last hop brings only the records that link it, and must still be called and placed as everywhere.
 */
export interface KnownEntity {
  label: string;
  anchor: string;
}

export function buildNetwork(
  records: readonly NetworkRecord[],
  findings: readonly NetworkFinding[],
  known: ReadonlyMap<string, KnownEntity> = new Map(),
): Network {
  const graph: Network = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const labels = entityLabels(records);
  for (const [entity, facts] of known) labels.set(entity, facts.label);
  // An entity sorts by its lowest visible record id: its id is an HMAC keyed per installation.
  const anchors = new Map<string, string>();
  for (const record of records) {
    const anchor = anchors.get(record.entityId);
    if (anchor === undefined || record.recordId < anchor) anchors.set(record.entityId, record.recordId);
  }
  for (const [entity, facts] of known) if (anchors.has(entity)) anchors.set(entity, facts.anchor);
  // Nodes are added in that order too: Louvain visits them in insertion order.
  const ordered = [...records].sort(
    (a, b) =>
      compareCodeUnits(anchors.get(a.entityId)!, anchors.get(b.entityId)!) ||
      compareCodeUnits(a.recordId, b.recordId),
  );
  for (const record of ordered) {
    const entity = `entity:${record.entityId}`;
    addNode(
      graph,
      entity,
      {
        kind: 'entity',
        label: labels.get(record.entityId) ?? record.name,
        order: `entity:${anchors.get(record.entityId)!}`,
      },
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
  for (const finding of [...findings].sort((a, b) => compareCodeUnits(findingOrder(a), findingOrder(b)))) {
    const consignment = `consignment:${finding.billOfLading}`;
    // a finding on a consignment the caller cannot reach through a visible record stays out of the graph
    if (!graph.hasNode(consignment)) continue;
    const node = `finding:${finding.id}`;
    addNode(
      graph,
      node,
      { kind: 'finding', label: finding.kind, severity: finding.severity, order: findingOrder(finding) },
      `finding:${finding.id}`,
    );
    addEdge(graph, node, consignment, 'finding', `finding:${finding.id}`);
  }
  return graph;
}

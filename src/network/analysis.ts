/**
 * Analyses of a caller's network: Louvain communities with a fixed seed (same graph, same
 * communities), risk propagated from findings to linked entities with decay by distance and
 * explained path by path, and the neighbourhood of one node to a given depth.
 */
import louvainModule from 'graphology-communities-louvain';
import { seededRandom } from '../shared/random.ts';
import { UndirectedGraph } from 'graphology';
import {
  byOrder,
  type EdgeAttributes,
  type Network,
  type NodeAttributes,
  type NodeKind,
  type RiskIncidentKind,
} from './graph.ts';

export const COMMUNITY_SEED = 20261125;

/** graphology-communities-louvain is CommonJS typed as `export default`: accept both shapes. */
type Louvain = typeof louvainModule extends { default: infer L } ? L : typeof louvainModule;
const louvain = ((louvainModule as { default?: Louvain }).default ?? louvainModule) as Louvain;

/** Community of every node (isolated nodes get their own). */
export function communities(graph: Network): Map<string, number> {
  if (graph.size === 0) return new Map(graph.nodes().map((node, i) => [node, i]));
  const assignment = louvain(graph, { rng: seededRandom(COMMUNITY_SEED) });
  return new Map(Object.entries(assignment));
}

export interface RiskPath {
  /** The finding the risk comes from. */
  source: string;
  /** Node ids from the finding to this node. */
  path: string[];
  contribution: number;
}

export interface NodeRisk {
  risk: number;
  paths: RiskPath[];
}

export interface RiskOptions {
  /** Risk kept per hop (0.5: half as much one step further). */
  decay: number;
  maxDistance: number;
  severityWeight: Record<'low' | 'medium' | 'high', number>;
  /**
   * What an incident naming a node weighs as a source (docs/DECISIONS.md, "Seizures and dismantled labs"): a dismantled lab is the strongest evidence
   * there is (a finding of high severity: 1); a seizure of a controlled chemical nearly so (0.8), since a seizure
   * may stop a legitimate but irregular shipment.
   */
  incidentWeight: Record<RiskIncidentKind, number>;
  /**
   * What an operation's confirmation of an entity weighs as a source (outcomes.ts): as a dismantled lab (1), the
   * host's own finding on the ground that the entity is involved.
   */
  confirmedWeight: number;
  /**
   * What a search of an entity's site that found nothing leaves of the entity's risk, each (0.7: it lowers it by
   * 30 %). It lowers, never clears: a search finds nothing at one place on one day, and the evidence elsewhere
   * stands.
   */
  nothingFoundFactor: number;
}

export const DEFAULT_RISK: RiskOptions = {
  decay: 0.5,
  maxDistance: 4,
  severityWeight: { low: 0.3, medium: 0.6, high: 1 },
  incidentWeight: { seizure: 0.8, lab_dismantled: 1 },
  confirmedWeight: 1,
  nothingFoundFactor: 0.7,
};

/** The weight of a node as a source of risk: a finding by its severity, an incident by its kind; else none. */
function sourceWeight(attributes: NodeAttributes, options: RiskOptions): number {
  if (attributes.kind === 'finding') return options.severityWeight[attributes.severity ?? 'low'];
  if (attributes.kind === 'incident' && attributes.incidentKind)
    return options.incidentWeight[attributes.incidentKind];
  if (attributes.kind === 'outcome' && attributes.outcomeKind === 'entity_confirmed')
    return options.confirmedWeight;
  return 0;
}

/**
 * Each finding, seizure and dismantled lab spreads risk along shortest paths, decaying by distance; a node's risk
 * combines its sources as independent evidence (noisy-or: 1 − Π(1 − c)), and keeps the paths that explain it. An
 * operation that confirmed an entity is a source too; one that searched an entity's site and found nothing
 * multiplies that entity's risk by `nothingFoundFactor` (its paths still say where the risk comes from).
 */
export function propagateRisk(graph: Network, options: RiskOptions = DEFAULT_RISK): Map<string, NodeRisk> {
  const result = new Map<string, NodeRisk>();
  const order = byOrder(graph);
  const sources = graph.filterNodes((_, attributes) => sourceWeight(attributes, options) > 0).sort(order);
  const rank = new Map(sources.map((source, i) => [source, i]));
  for (const source of sources) {
    const base = sourceWeight(graph.getNodeAttributes(source), options);
    const previous = new Map<string, string | null>([[source, null]]);
    let frontier = [source];
    for (let distance = 1; distance <= options.maxDistance && frontier.length > 0; distance++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const neighbour of graph.neighbors(node).sort(order)) {
          if (previous.has(neighbour)) continue;
          previous.set(neighbour, node);
          next.push(neighbour);
          const path: string[] = [];
          for (let at: string | null = neighbour; at !== null; at = previous.get(at) ?? null)
            path.unshift(at);
          const contribution = base * options.decay ** distance;
          const entry = result.get(neighbour) ?? { risk: 0, paths: [] };
          entry.risk = 1 - (1 - entry.risk) * (1 - contribution);
          entry.paths.push({ source, path, contribution: Math.round(contribution * 1000) / 1000 });
          result.set(neighbour, entry);
        }
      }
      frontier = next;
    }
  }
  for (const searched of graph.filterNodes(
    (_, a) => a.kind === 'outcome' && a.outcomeKind === 'site_not_found',
  ))
    for (const named of graph.neighbors(searched)) {
      const entry = result.get(named);
      if (entry) entry.risk *= options.nothingFoundFactor;
    }
  for (const entry of result.values()) {
    entry.risk = Math.round(entry.risk * 1000) / 1000;
    entry.paths.sort((a, b) => b.contribution - a.contribution || rank.get(a.source)! - rank.get(b.source)!);
    entry.paths = entry.paths.slice(0, 5);
  }
  return result;
}

export interface NetworkView {
  nodes: {
    id: string;
    kind: NodeKind;
    label: string;
    community: number;
    risk: number;
    riskPaths: RiskPath[];
  }[];
  edges: { id: string; source: string; target: string; kind: string }[];
  /** False when the neighbourhood held more than `maxNodes` nodes and the farthest were left out. */
  complete: boolean;
}

/**
 * Risk paths a node carries in a view: the strongest explains its risk. Five per node, of up to five long ids
 * each, were most of a network's payload (590 KB at depth 3 on the medium world); the command center draws none.
 */
export const VIEW_RISK_PATHS = 1;

/** The most nodes a view holds: the neighbourhood of a large importer is thousands. */
export const VIEW_MAX_NODES = 500;

/**
 * The subgraph of these nodes and the edges among them, keys and attributes kept, nodes and edges in the order of
 * what they show (not the loaded graph's insertion order, which follows what else was loaded): Louvain visits them
 * in that order, so the same view has the same communities however much of its context was read.
 */
function viewGraph(graph: Network, keep: ReadonlySet<string>): Network {
  const order = byOrder(graph);
  const view: Network = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of [...keep].sort(order)) view.addNode(node, graph.getNodeAttributes(node));
  for (const edge of edgesAmong(graph, keep)) {
    view.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  }
  return view;
}

/** The edges whose two ends are kept, by their ends in order. */
function edgesAmong(graph: Network, keep: ReadonlySet<string>): string[] {
  const order = byOrder(graph);
  const ends = (edge: string) => [graph.source(edge), graph.target(edge)].sort(order) as [string, string];
  return graph
    .filterEdges((_, _attributes, source, target) => keep.has(source) && keep.has(target))
    .sort((a, b) => {
      const [a1, a2] = ends(a);
      const [b1, b2] = ends(b);
      return order(a1, b1) || order(a2, b2);
    });
}

/**
 * Nodes within `depth` hops of `start`, with the edges among them, communities and risk. When the neighbourhood
 * holds more than `maxNodes`, the start's neighbours are taken strongest first, each with what lies behind it: those
 * next to findings, then those shared with the most others (an address of five companies before a consignment of
 * one), then in order. A plain breadth-first cut spent the whole budget on a large importer's own consignments and
 * showed a star of 499 leaves, no other company and no finding.
 */
export function neighbourhood(
  graph: Network,
  start: string,
  depth: number,
  maxNodes = VIEW_MAX_NODES,
): NetworkView {
  const order = byOrder(graph);
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier)
      for (const neighbour of graph.neighbors(node))
        if (!distance.has(neighbour)) {
          distance.set(neighbour, d);
          next.push(neighbour);
        }
    frontier = next;
  }
  const findingsNear = (node: string) =>
    graph.filterNeighbors(node, (_, attributes) => attributes.kind === 'finding').length;
  const strength = new Map(
    graph.neighbors(start).map((node) => [node, [findingsNear(node), graph.degree(node)] as const]),
  );
  const strongestFirst = (a: string, b: string) => {
    const [fa, da] = strength.get(a)!;
    const [fb, db] = strength.get(b)!;
    return fb - fa || db - da || order(a, b);
  };
  const seen = new Set<string>([start]);
  let complete = true;
  /** The node and, depth first in order, what lies farther from the start behind it, while the budget lasts. */
  const take = (node: string): void => {
    if (seen.has(node)) return;
    if (seen.size >= maxNodes) {
      complete = false;
      return;
    }
    seen.add(node);
    const d = distance.get(node)!;
    if (d >= depth) return;
    for (const farther of graph.neighbors(node).sort(order))
      if (distance.get(farther) === d + 1) take(farther);
  };
  if (depth > 0) for (const node of graph.neighbors(start).sort(strongestFirst)) take(node);
  return viewOf(graph, seen, complete);
}

/**
 * What the command center draws of these nodes of the graph: each with its community and risk, and the edges among
 * them. Communities and risk over the nodes shown, not the whole loaded graph: every figure is then explained by what
 * the analyst sees, and the cost follows the view (≤ 500 nodes) instead of the neighbourhood's context, which on a
 * large importer was most of a medium world (a minute and more per request).
 */
export function viewOf(graph: Network, shownNodes: ReadonlySet<string>, complete: boolean): NetworkView {
  const order = byOrder(graph);
  const shown = viewGraph(graph, shownNodes);
  const community = communities(shown);
  const risk = propagateRisk(shown);
  const nodes = [...shownNodes].sort(order).map((id) => {
    const attributes = graph.getNodeAttributes(id);
    return {
      id,
      kind: attributes.kind,
      label: attributes.label,
      community: community.get(id) ?? -1,
      risk: risk.get(id)?.risk ?? 0,
      riskPaths: (risk.get(id)?.paths ?? []).slice(0, VIEW_RISK_PATHS),
    };
  });
  const edges = edgesAmong(graph, shownNodes).map((id) => ({
    id,
    source: graph.source(id),
    target: graph.target(id),
    kind: graph.getEdgeAttribute(id, 'kind'),
  }));
  return { nodes, edges, complete };
}

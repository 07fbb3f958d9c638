/**
 * Turns the API's network (nodes, edges) into a graphology graph laid out for sigma: communities coloured
 * (Louvain when the server did not assign them), node size by risk, ForceAtlas2 positions, and which nodes
 * carry a label (the focus entity and the few riskiest entities: 150 labels on screen are a pile, not a map).
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { Network, NetworkNode } from '../api/types.ts';

/** Colour-blind-safe qualitative palette (Okabe–Ito + Tableau extras) readable on the dark theme. */
export const COMMUNITY_COLORS = [
  '#56b4e9',
  '#e69f00',
  '#009e73',
  '#f0e442',
  '#cc79a7',
  '#0072b2',
  '#d55e00',
  '#9edae5',
  '#c5b0d5',
  '#ff9896',
] as const;

/**
 * These two packages are CommonJS with `export default` typings: TypeScript (NodeNext) sees the module object,
 * bundlers hand over module.exports. Accept both shapes.
 */
function interopDefault<T>(module: T | { default: T }): T {
  return typeof module === 'object' && module !== null && 'default' in module ? module.default : module;
}
const louvain = interopDefault(louvainModule);
const forceAtlas2 = interopDefault(forceAtlas2Module);

/** Risk from which a node counts as high (the entity header uses the same bands). */
export const HIGH_RISK = 0.7;
export const MEDIUM_RISK = 0.4;
/** How many of the riskiest nodes are labelled beside the focus entity. */
const RISK_LABELS = 8;

export interface NodeAttributes {
  label: string;
  /** The full name, for the table and the selection (label may drop a legal form). */
  fullLabel: string;
  /** Why the node is labelled without being hovered: the focus entity, or among the riskiest. */
  emphasis: 'focus' | 'risk' | null;
  kind: string;
  community: string;
  risk: number | null;
  x: number;
  y: number;
  size: number;
  color: string;
  [key: string]: unknown;
}

/** Risk as a 0–1 share, whether the producer sent 0–1 or 0–100. */
export function riskShare(risk: number | null | undefined): number {
  return typeof risk === 'number' && Number.isFinite(risk)
    ? Math.min(1, Math.max(0, risk > 1 ? risk / 100 : risk))
    : 0;
}

/**
 * Node radius by risk. Cubed, because propagated risk crowds near the top (most neighbours of a finding sit
 * between 0.7 and 1): a linear scale draws them all alike, this one keeps the riskiest visibly larger.
 */
export function sizeForRisk(risk: number | null | undefined, nodeCount = 0): number {
  return (3 + 10 * riskShare(risk) ** 3) * densityScale(nodeCount);
}

/** Smaller discs in bigger graphs (sizes are screen pixels): full size up to 150 nodes, never below 40 %. */
export function densityScale(nodeCount: number): number {
  return nodeCount <= 150 ? 1 : Math.max(0.4, Math.sqrt(150 / nodeCount));
}

/** "Distribuidora Química Villarreal, S. de R.L. de C.V." → "Distribuidora Química Villarreal" (graph labels). */
export function shortLabel(label: string): string {
  const short = label.replace(
    /,\s*(S\.?\s?[AC]\b|S\.?\s?A\.?\s?[PS]|S\.?\s?de\s?R|SA\b|SAPI|SAS|SC\b|A\.?\s?C\b).*$/i,
    '',
  );
  return short.length > 0 ? short : label;
}

/**
 * What the graph is drawn from: the network route's nodes and edges. The route assigns communities and risk;
 * a node without them (a graph assembled elsewhere) gets a detected community and the smallest size.
 */
export interface GraphInput {
  nodes: readonly (Pick<NetworkNode, 'id' | 'label' | 'kind'> &
    Partial<Pick<NetworkNode, 'community' | 'risk'>>)[];
  edges: readonly (Pick<Network['edges'][number], 'source' | 'target'> & { kind?: string })[];
}

export function buildNetworkGraph(network: GraphInput, centreId?: string): UndirectedGraph<NodeAttributes> {
  const graph = new UndirectedGraph<NodeAttributes>({ multi: false, allowSelfLoops: false });
  network.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    const angle = (2 * Math.PI * index) / Math.max(1, network.nodes.length);
    graph.addNode(node.id, {
      label: shortLabel(node.label),
      fullLabel: node.label,
      emphasis: node.id === centreId ? 'focus' : null,
      kind: node.kind,
      community: node.community == null ? '' : String(node.community),
      risk: node.risk ?? null,
      x: Math.cos(angle) * 10,
      y: Math.sin(angle) * 10,
      size: sizeForRisk(node.risk, network.nodes.length),
      color: COMMUNITY_COLORS[0],
    });
  });
  for (const edge of network.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (!graph.hasEdge(edge.source, edge.target))
      graph.addEdge(edge.source, edge.target, { kind: edge.kind ?? '' });
  }
  const needsCommunities = graph.someNode((_, a) => a.community === '');
  const detected = needsCommunities && graph.size > 0 ? louvain(graph, { rng: seededRandom(7) }) : {};
  const communityIndex = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    const community = attributes.community || String(detected[id] ?? 0);
    if (!communityIndex.has(community)) communityIndex.set(community, communityIndex.size);
    graph.mergeNodeAttributes(id, {
      community,
      color: COMMUNITY_COLORS[communityIndex.get(community)! % COMMUNITY_COLORS.length]!,
    });
  });
  if (centreId && graph.hasNode(centreId)) graph.mergeNodeAttributes(centreId, { x: 0, y: 0, size: 14 });
  for (const id of riskiest(graph, RISK_LABELS)) graph.setNodeAttribute(id, 'emphasis', 'risk');
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: graph.order > 500 ? 60 : 200,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
    });
  }
  return graph;
}

/** The riskiest high-risk nodes, entities first (the actors an analyst looks for), then by risk. */
function riskiest(graph: UndirectedGraph<NodeAttributes>, count: number): string[] {
  return graph
    .filterNodes((_, a) => a.emphasis !== 'focus' && riskShare(a.risk) >= HIGH_RISK)
    .sort((a, b) => {
      const [x, y] = [graph.getNodeAttributes(a), graph.getNodeAttributes(b)];
      const entity = Number(y.kind === 'entity') - Number(x.kind === 'entity');
      return entity || riskShare(y.risk) - riskShare(x.risk) || (a < b ? -1 : 1);
    })
    .slice(0, count);
}

/** Deterministic Louvain so the same network always gets the same colours. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface CommunitySummary {
  community: string;
  color: string;
  size: number;
  /** Its most important member: the most connected entity (then the riskiest), else the most connected node. */
  lead: { id: string; label: string } | null;
  /** The focus entity belongs to it. */
  focus: boolean;
}

/** Communities for the legend, named after their most important member; the focus's community first. */
export function communitiesOf(graph: UndirectedGraph<NodeAttributes>): CommunitySummary[] {
  const byCommunity = new Map<string, CommunitySummary & { score: number }>();
  graph.forEachNode((id, a) => {
    const entry = byCommunity.get(a.community) ?? {
      community: a.community,
      color: a.color,
      size: 0,
      lead: null,
      focus: false,
      score: -Infinity,
    };
    entry.size += 1;
    if (a.emphasis === 'focus') entry.focus = true;
    // entities outrank any other kind; among equals, degree then risk decides
    const score = (a.kind === 'entity' ? 1e6 : 0) + graph.degree(id) * 10 + riskShare(a.risk);
    if (score > entry.score) Object.assign(entry, { score, lead: { id, label: a.fullLabel } });
    byCommunity.set(a.community, entry);
  });
  return [...byCommunity.values()]
    .map(({ score: _score, ...c }) => c)
    .sort((a, b) => Number(b.focus) - Number(a.focus) || b.size - a.size);
}

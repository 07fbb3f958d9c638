/**
 * Turns the API's network (nodes, edges) into a graphology graph laid out for sigma: communities coloured
 * (Louvain when the server did not assign them), node size by risk, ForceAtlas2 positions.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { Network } from '../api/contract.ts';

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
  return typeof module === 'object' && module !== null && 'default' in module
    ? module.default
    : (module as T);
}
const louvain = interopDefault(louvainModule);
const forceAtlas2 = interopDefault(forceAtlas2Module);

export interface NodeAttributes {
  label: string;
  kind: string;
  community: string;
  risk: number | null;
  x: number;
  y: number;
  size: number;
  color: string;
  [key: string]: unknown;
}

export function sizeForRisk(risk: number | null | undefined): number {
  const r =
    typeof risk === 'number' && Number.isFinite(risk)
      ? Math.min(1, Math.max(0, risk > 1 ? risk / 100 : risk))
      : 0;
  return 4 + r * 8;
}

export function buildNetworkGraph(network: Network, centreId?: string): UndirectedGraph<NodeAttributes> {
  const graph = new UndirectedGraph<NodeAttributes>({ multi: false, allowSelfLoops: false });
  network.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    const angle = (2 * Math.PI * index) / Math.max(1, network.nodes.length);
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      community: node.community == null ? '' : String(node.community),
      risk: node.risk ?? null,
      x: Math.cos(angle) * 10,
      y: Math.sin(angle) * 10,
      size: sizeForRisk(node.risk),
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
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: graph.order > 500 ? 60 : 200,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
    });
  }
  return graph;
}

/** Deterministic Louvain so the same network always gets the same colours. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function communitiesOf(
  graph: UndirectedGraph<NodeAttributes>,
): { community: string; color: string; size: number }[] {
  const byCommunity = new Map<string, { community: string; color: string; size: number }>();
  graph.forEachNode((_, a) => {
    const entry = byCommunity.get(a.community) ?? { community: a.community, color: a.color, size: 0 };
    entry.size += 1;
    byCommunity.set(a.community, entry);
  });
  return [...byCommunity.values()].sort((a, b) => b.size - a.size);
}

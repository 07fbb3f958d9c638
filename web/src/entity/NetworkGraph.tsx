import { useEffect, useRef } from 'react';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import type { UndirectedGraph } from 'graphology';
import type { NodeAttributes } from './network-graph.ts';

type NodeState = { isHovered: boolean; isHighlighted: boolean };

/**
 * Which labels are drawn: the focus entity and the hovered or selected node always; the riskiest nodes where
 * sigma's label grid finds room; no other. Every node stays in the table beside the graph.
 */
function labelVisibility(a: NodeAttributes, state: NodeState): 'visible' | 'auto' | 'hidden' {
  if (state.isHovered || state.isHighlighted || a.emphasis === 'focus') return 'visible';
  return a.emphasis === 'risk' ? 'auto' : 'hidden';
}

/**
 * The interactive graph (sigma, WebGL). Clicking a node selects it (clicking the background clears it); the
 * table beside it is the accessible twin, and the node it points at (`highlighted`) is lit here too.
 */
export function NetworkGraph({
  graph,
  label,
  selected,
  highlighted,
  onSelect,
}: {
  graph: UndirectedGraph<NodeAttributes>;
  label: string;
  selected: string | null;
  highlighted: string | null;
  onSelect: (id: string | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes> | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
  useEffect(() => {
    if (!container.current) return;
    let renderer: Sigma<NodeAttributes> | null = null;
    try {
      const sigma = new Sigma(graph, container.current, {
        settings: {
          renderEdgeLabels: false,
          // Sizes in screen pixels: sigma 4's default ("positions") scales them with the layout's extent, so a
          // graph of twenty nodes drew discs a hundred pixels wide.
          itemSizesReference: 'screen',
          // labelVisibility decides which labels exist; the grid only keeps the riskiest from colliding
          labelRenderedSizeThreshold: 0,
          labelDensity: 0.6,
          labelGridCellSize: 140,
          minCameraRatio: 0.1,
          maxCameraRatio: 4,
        },
        // Our styles replace sigma's defaults wholesale, so extend them (attribute bindings for x, y, size…).
        styles: {
          nodes: {
            ...DEFAULT_STYLES.nodes,
            depth: (_a: NodeAttributes, s: NodeState) =>
              s.isHovered || s.isHighlighted ? 'topNodes' : 'nodes',
            labelVisibility: (a: NodeAttributes, s: NodeState) => labelVisibility(a, s),
            backdropVisibility: (_a: NodeAttributes, s: NodeState) =>
              s.isHovered || s.isHighlighted ? 'visible' : 'hidden',
            labelColor: '#dbe4ee',
            labelSize: 12,
            backdropColor: '#1b3049',
          },
          edges: { ...DEFAULT_STYLES.edges, color: '#3a506b' },
        },
      });
      renderer = sigma;
      sigmaRef.current = sigma;
      sigma.on('clickNode', ({ node }) => selectRef.current(node));
      sigma.on('clickStage', () => selectRef.current(null));
      container.current.dataset.rendered = 'true';
    } catch {
      container.current.dataset.rendered = 'false'; // no WebGL: the node table still lists the network
    }
    return () => {
      sigmaRef.current = null;
      renderer?.kill();
    };
  }, [graph]);

  // The selected node and the one the table points at are lit (label and backdrop), the others are not.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const lit = new Set(
      [selected, highlighted].filter((id): id is string => id !== null && graph.hasNode(id)),
    );
    graph.forEachNode((id) => {
      const on = lit.has(id);
      if (sigma.getNodeState(id).isHighlighted !== on) sigma.setNodeState(id, { isHighlighted: on });
    });
    if (container.current) container.current.dataset.selected = selected ?? '';
  }, [graph, selected, highlighted]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} />;
}

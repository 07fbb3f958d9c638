import { useEffect, useRef } from 'react';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import type { UndirectedGraph } from 'graphology';
import type { NodeAttributes } from './network-graph.ts';

/** The interactive graph (sigma, WebGL). Clicking a node opens it; the table beside it is the accessible twin. */
export function NetworkGraph({
  graph,
  label,
  onNodeOpen,
}: {
  graph: UndirectedGraph<NodeAttributes>;
  label: string;
  onNodeOpen: (id: string, kind: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const openRef = useRef(onNodeOpen);
  openRef.current = onNodeOpen;
  useEffect(() => {
    if (!container.current) return;
    let renderer: Sigma<NodeAttributes> | null = null;
    try {
      const sigma = new Sigma(graph, container.current, {
        settings: {
          renderEdgeLabels: false,
          labelRenderedSizeThreshold: 8,
          minCameraRatio: 0.1,
          maxCameraRatio: 4,
        },
        // Our styles replace sigma's defaults wholesale, so extend them (attribute bindings for x, y, size…).
        styles: {
          nodes: { ...DEFAULT_STYLES.nodes, labelColor: '#dbe4ee', labelSize: 12, backdropColor: '#1b3049' },
          edges: { ...DEFAULT_STYLES.edges, color: '#3a506b' },
        },
      });
      renderer = sigma;
      sigma.on('clickNode', ({ node }) =>
        openRef.current(node, String(graph.getNodeAttribute(node, 'kind'))),
      );
      container.current.dataset.rendered = 'true';
    } catch {
      container.current.dataset.rendered = 'false'; // no WebGL: the node table still lists the network
    }
    return () => renderer?.kill();
  }, [graph]);
  return <div ref={container} className="graph-canvas" role="img" aria-label={label} />;
}

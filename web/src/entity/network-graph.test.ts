import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph, communitiesOf, COMMUNITY_COLORS, sizeForRisk } from './network-graph.ts';

describe('network graph for sigma', () => {
  it('keeps the server communities and gives each its own colour', () => {
    const graph = buildNetworkGraph({
      nodes: [
        { id: 'a', label: 'Química A', kind: 'company', community: 1, risk: 0.9 },
        { id: 'b', label: 'Química B', kind: 'company', community: 1, risk: 0.2 },
        { id: 'c', label: 'Transportes C', kind: 'company', community: 2, risk: null },
      ],
      edges: [
        { source: 'a', target: 'b', kind: 'shared_rfc' },
        { source: 'b', target: 'c', kind: 'carrier' },
      ],
    });
    expect(graph.getNodeAttribute('a', 'color')).toBe(graph.getNodeAttribute('b', 'color'));
    expect(graph.getNodeAttribute('a', 'color')).not.toBe(graph.getNodeAttribute('c', 'color'));
    expect(communitiesOf(graph)).toEqual([
      { community: '1', color: COMMUNITY_COLORS[0], size: 2 },
      { community: '2', color: COMMUNITY_COLORS[1], size: 1 },
    ]);
    expect(graph.getNodeAttribute('a', 'size')).toBeGreaterThan(graph.getNodeAttribute('b', 'size'));
  });

  it('finds communities itself when the server sends none', () => {
    const clique = (prefix: string) =>
      ['1', '2', '3', '4'].flatMap((i) =>
        ['1', '2', '3', '4'].filter((j) => j > i).map((j) => ({ source: prefix + i, target: prefix + j })),
      );
    const nodes = ['x1', 'x2', 'x3', 'x4', 'y1', 'y2', 'y3', 'y4'].map((id) => ({
      id,
      label: id,
      kind: 'company',
    }));
    const graph = buildNetworkGraph({
      nodes,
      edges: [...clique('x'), ...clique('y'), { source: 'x1', target: 'y1' }],
    });
    expect(communitiesOf(graph)).toHaveLength(2);
    expect(graph.getNodeAttribute('x2', 'community')).toBe(graph.getNodeAttribute('x3', 'community'));
    expect(graph.getNodeAttribute('x2', 'community')).not.toBe(graph.getNodeAttribute('y2', 'community'));
  });

  it('ignores edges to nodes that were not sent (not released) and duplicate nodes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 1, maxLength: 15 }),
        fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,3}$/), fc.stringMatching(/^[a-z]{1,3}$/)), {
          maxLength: 30,
        }),
        (ids, pairs) => {
          const nodes = [...ids, ids[0]!].map((id) => ({ id, label: id, kind: 'company', community: 0 }));
          const graph = buildNetworkGraph({
            nodes,
            edges: pairs.map(([source, target]) => ({ source, target })),
          });
          expect(graph.order).toBe(ids.length);
          graph.forEachNode((_, a) => {
            expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('sizes nodes by risk on a 0–1 or 0–100 scale', () => {
    expect(sizeForRisk(0.5)).toBe(sizeForRisk(50));
    expect(sizeForRisk(null)).toBeLessThan(sizeForRisk(1));
  });
});

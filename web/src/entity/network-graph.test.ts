import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildNetworkGraph,
  communitiesOf,
  COMMUNITY_COLORS,
  shortLabel,
  sizeForRisk,
} from './network-graph.ts';

describe('network graph for sigma', () => {
  it('keeps the server communities and gives each its own colour', () => {
    const graph = buildNetworkGraph({
      nodes: [
        { id: 'a', label: 'Química A', kind: 'company', community: 1, risk: 0.9 },
        { id: 'b', label: 'Química B', kind: 'company', community: 1, risk: 0.2 },
        { id: 'c', label: 'Transportes C', kind: 'company', community: 2 },
      ],
      edges: [
        { source: 'a', target: 'b', kind: 'shared_rfc' },
        { source: 'b', target: 'c', kind: 'carrier' },
      ],
    });
    expect(graph.getNodeAttribute('a', 'color')).toBe(graph.getNodeAttribute('b', 'color'));
    expect(graph.getNodeAttribute('a', 'color')).not.toBe(graph.getNodeAttribute('c', 'color'));
    expect(communitiesOf(graph)).toEqual([
      {
        community: '1',
        color: COMMUNITY_COLORS[0],
        size: 2,
        lead: { id: 'b', label: 'Química B' },
        focus: false,
      },
      {
        community: '2',
        color: COMMUNITY_COLORS[1],
        size: 1,
        lead: { id: 'c', label: 'Transportes C' },
        focus: false,
      },
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

  it('labels the focus entity and the few riskiest entities, nothing else', () => {
    const nodes = [
      { id: 'entity:focus', label: 'Adriana Gutiérrez Cruz', kind: 'entity', community: 0, risk: 0.5 },
      ...Array.from({ length: 12 }, (_, i) => ({
        id: `entity:e${i}`,
        label: `Empresa ${i}, S.A. de C.V.`,
        kind: 'entity',
        community: 1,
        risk: 0.71 + i / 100,
      })),
      ...Array.from({ length: 30 }, (_, i) => ({
        id: `consignment:B${i}`,
        label: `B${i}`,
        kind: 'consignment',
        community: 1,
        risk: 0.99,
      })),
      { id: 'entity:calm', label: 'Calm', kind: 'entity', community: 2, risk: 0.1 },
    ];
    const edges = nodes.slice(1).map((n) => ({ source: 'entity:focus', target: n.id }));
    const graph = buildNetworkGraph({ nodes, edges }, 'entity:focus');
    const emphasised = graph.filterNodes((_, a) => a.emphasis !== null);
    expect(graph.getNodeAttribute('entity:focus', 'emphasis')).toBe('focus');
    // eight of the riskiest, entities before consignments however risky those are
    expect(emphasised.filter((id) => id !== 'entity:focus').sort()).toEqual(
      ['e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11'].map((e) => `entity:${e}`).sort(),
    );
    // graph labels drop the legal form; the full name stays for the table and the selection
    expect(graph.getNodeAttribute('entity:e4', 'label')).toBe('Empresa 4');
    expect(graph.getNodeAttribute('entity:e4', 'fullLabel')).toBe('Empresa 4, S.A. de C.V.');
    // the legend names each community after its most connected entity, the focus's first
    const legend = communitiesOf(graph);
    expect(legend[0]).toMatchObject({ focus: true, lead: { id: 'entity:focus' } });
    expect(legend.find((c) => c.community === '2')?.lead?.label).toBe('Calm');
  });

  it('shortens legal forms in graph labels without touching names that only look like one', () => {
    expect(shortLabel('Distribuidora Química Villarreal, S. de R.L. de C.V.')).toBe(
      'Distribuidora Química Villarreal',
    );
    expect(shortLabel('Plásticos Regiomontana, S.A.')).toBe('Plásticos Regiomontana');
    expect(shortLabel('Industrias Plásticas Orión, S.A.P.I. de C.V.')).toBe('Industrias Plásticas Orión');
    expect(shortLabel('Servicios Aduanales Nova, S.C.')).toBe('Servicios Aduanales Nova');
    expect(shortLabel('Garza, Sánchez y Asociados')).toBe('Garza, Sánchez y Asociados');
    expect(shortLabel('Adriana Gutiérrez Cruz')).toBe('Adriana Gutiérrez Cruz');
  });

  it('draws the riskiest visibly larger although propagated risk crowds near the top', () => {
    expect(sizeForRisk(0.98) - sizeForRisk(0.7)).toBeGreaterThan(5);
    // A broker's hub of 500 consignments draws smaller discs than a company of 40 nodes, never vanishing ones.
    expect(sizeForRisk(1, 500)).toBeLessThan(sizeForRisk(1, 40));
    expect(sizeForRisk(1, 100_000)).toBeCloseTo(sizeForRisk(1) * 0.4);
  });
});

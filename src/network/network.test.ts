import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNetwork, type NetworkFinding, type NetworkRecord } from './graph.ts';
import { communities, neighbourhood, propagateRisk } from './analysis.ts';

function record(recordId: string, entityId: string, fields: Partial<NetworkRecord> = {}): NetworkRecord {
  return {
    recordId,
    entityId,
    role: 'importer',
    name: `Company ${entityId}`,
    declarationId: null,
    billOfLading: null,
    permitId: null,
    locationId: null,
    addressKey: null,
    address: null,
    phone: null,
    incorporated: null,
    ...fields,
  };
}

/** Two rings of front companies sharing an address and a phone, joined by one consignment. */
function rings(): { records: NetworkRecord[]; findings: NetworkFinding[] } {
  const records: NetworkRecord[] = [];
  for (const [ring, ids] of [
    ['A', ['a1', 'a2', 'a3', 'a4']],
    ['B', ['b1', 'b2', 'b3', 'b4']],
  ] as const) {
    for (const id of ids) {
      records.push(record(`decl:${id}:1:importer`, id, { addressKey: `street ${ring}`, phone: `55${ring}` }));
      records.push(record(`decl:${id}:2:importer`, id, { billOfLading: `BOL-${id}` }));
    }
  }
  records.push(record('decl:x:1:consignee', 'b1', { role: 'consignee', billOfLading: 'BOL-a1' }));
  return {
    records,
    findings: [{ id: 'f1', billOfLading: 'BOL-a1', kind: 'quantity_loss', severity: 'high' }],
  };
}

describe('network', () => {
  it('labels an entity by its most frequent name, and one known only as a site operator by its RFC', () => {
    const graph = buildNetwork(
      [
        record('location:L1:operator', 'op', {
          role: 'operator',
          name: '',
          rfc: 'QIN010101AB1',
          locationId: 'L1',
        }),
        record('location:L2:operator', 'mixed', {
          role: 'operator',
          name: '',
          rfc: 'DAN010101AA1',
          locationId: 'L2',
        }),
        record('decl:d:1:importer', 'mixed', { name: 'Danubio Química' }),
      ],
      [],
    );
    expect(graph.getNodeAttribute('entity:op', 'label')).toBe('RFC QIN010101AB1');
    expect(graph.getNodeAttribute('entity:mixed', 'label')).toBe('Danubio Química');
  });

  it('finds the two rings as communities, the same way every time', () => {
    const { records, findings } = rings();
    const first = communities(buildNetwork(records, findings));
    const again = communities(buildNetwork(records, findings));
    expect([...again]).toEqual([...first]);
    expect(first.get('entity:a2')).toBe(first.get('entity:a4'));
    expect(first.get('entity:b2')).toBe(first.get('entity:b4'));
    expect(first.get('entity:a2')).not.toBe(first.get('entity:b2'));
  });

  it('propagates risk from a finding with decay by distance, explained path by path', () => {
    const { records, findings } = rings();
    const risk = propagateRisk(buildNetwork(records, findings));
    const a1 = risk.get('entity:a1')!;
    const a2 = risk.get('entity:a2')!;
    expect(a1.risk).toBeGreaterThan(a2.risk);
    expect(a1.paths[0]!.path).toEqual(['finding:f1', 'consignment:BOL-a1', 'entity:a1']);
    expect(a2.paths[0]!.path[0]).toBe('finding:f1');
    // beyond the maximum distance (4 hops) nothing is inherited
    expect(risk.has('consignment:BOL-a2')).toBe(false);
  });

  it('a finding on a consignment no visible record reaches stays out of the graph', () => {
    const graph = buildNetwork(
      [record('decl:a:1:importer', 'a', { billOfLading: 'BOL1' })],
      [{ id: 'hidden', billOfLading: 'BOL-unseen', kind: 'dwell', severity: 'low' }],
    );
    expect(graph.hasNode('finding:hidden')).toBe(false);
  });

  it('every node and edge rests on records it was built from (property)', () => {
    const recordArb = fc.record({
      recordId: fc.uuid(),
      entityId: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
      bol: fc.option(fc.constantFrom('B1', 'B2', 'B3'), { nil: null }),
      phone: fc.option(fc.constantFrom('111', '222'), { nil: null }),
      address: fc.option(fc.constantFrom('x', 'y'), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (raw, visible) => {
          const all = raw.map((r) =>
            record(r.recordId, r.entityId, { billOfLading: r.bol, phone: r.phone, addressKey: r.address }),
          );
          const seen = all.filter((_, i) => visible[i] ?? false);
          const allowed = new Set(seen.map((r) => r.recordId));
          const graph = buildNetwork(seen, []);
          graph.forEachNode((_, attributes) => {
            expect(attributes.records.every((id) => allowed.has(id))).toBe(true);
          });
          graph.forEachEdge((_, attributes) => {
            expect(attributes.records.every((id) => allowed.has(id))).toBe(true);
          });
        },
      ),
    );
  });

  it('a company that is importer and consignee of one consignment gets one edge naming both roles', () => {
    const graph = buildNetwork(
      [
        record('decl:d:1:importer', 'e1', { billOfLading: 'BOL-1' }),
        record('decl:d:1:consignee', 'e1', { role: 'consignee', billOfLading: 'BOL-1' }),
      ],
      [],
    );
    const edge = graph.edge('entity:e1', 'consignment:BOL-1')!;
    expect(graph.getEdgeAttributes(edge)).toEqual({
      kind: 'consignee+importer',
      records: ['decl:d:1:consignee', 'decl:d:1:importer'],
    });
  });

  it('answers the same for the same visible records whatever the opaque entity ids and finding ids', () => {
    // Entity ids are keyed per installation and finding ids are random: a network computed elsewhere from
    // the same records (the reduced world of the noninterference test) must differ only by those ids.
    const { records, findings } = rings();
    const twoFindings = [
      ...findings,
      { id: 'f2', billOfLading: 'BOL-b3', kind: 'dwell', severity: 'medium' as const, evidence: ['e1'] },
      { id: 'f3', billOfLading: 'BOL-b3', kind: 'dwell', severity: 'medium' as const, evidence: ['e2'] },
    ];
    const entities = [...new Set(records.map((r) => r.entityId))];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(entities, { minLength: entities.length }),
        fc.shuffledSubarray(['x1', 'x2', 'x3'], { minLength: 3 }),
        (renamedEntities, renamedFindings) => {
          const entityName = new Map(entities.map((e, i) => [e, `z${renamedEntities[i]}`]));
          const findingName = new Map(twoFindings.map((f, i) => [f.id, renamedFindings[i]!]));
          const renamed = buildNetwork(
            records.map((r) => ({ ...r, entityId: entityName.get(r.entityId)! })).reverse(),
            twoFindings.map((f) => ({ ...f, id: findingName.get(f.id)! })).reverse(),
          );
          const original = neighbourhood(buildNetwork(records, twoFindings), 'entity:a2', 3);
          const view = neighbourhood(renamed, `entity:${entityName.get('a2')!}`, 3);
          const back = new Map<string, string>([
            ...[...entityName].map(([from, to]) => [`entity:${to}`, `entity:${from}`] as const),
            ...[...findingName].map(([from, to]) => [`finding:${to}`, `finding:${from}`] as const),
          ]);
          const restore = (text: string) =>
            text.replace(/(entity|finding):[a-z0-9]+/g, (id) => back.get(id) ?? id);
          expect(JSON.parse(restore(JSON.stringify(view)))).toEqual(original);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('links companies incorporated on the same day', () => {
    const graph = buildNetwork(
      [
        record('decl:a:1:importer', 'a', { incorporated: '190304' }),
        record('decl:b:1:importer', 'b', { incorporated: '190304' }),
      ],
      [],
    );
    expect(graph.neighbors('incorporation:190304').sort()).toEqual(['entity:a', 'entity:b']);
  });

  it('the neighbourhood stops at the requested depth', () => {
    const { records, findings } = rings();
    const graph = buildNetwork(records, findings);
    const one = neighbourhood(graph, 'entity:a2', 1);
    const two = neighbourhood(graph, 'entity:a2', 2);
    expect(one.nodes.map((n) => n.id)).toEqual([
      'address:street A',
      'consignment:BOL-a2',
      'entity:a2',
      'phone:55A',
    ]);
    expect(two.nodes.map((n) => n.id)).toContain('entity:a3');
    expect(one.edges).toHaveLength(3);
  });

  it("over budget, shows a hub's strongest links with what lies behind them, not a star of its own leaves", () => {
    // a large importer: forty consignments of its own alone, one with a finding, one shared with a consignee,
    // and an address it shares with two other companies
    const records: NetworkRecord[] = [];
    for (let i = 0; i < 40; i++)
      records.push(
        record(`decl:hub:${String(i).padStart(2, '0')}:importer`, 'hub', { billOfLading: `BOL-${i}` }),
      );
    records.push(record('decl:c:1:consignee', 'consignee', { role: 'consignee', billOfLading: 'BOL-39' }));
    records.push(record('decl:hub:address', 'hub', { addressKey: 'shared street' }));
    records.push(record('decl:f1:1:importer', 'front1', { addressKey: 'shared street' }));
    records.push(record('decl:f2:1:importer', 'front2', { addressKey: 'shared street' }));
    const graph = buildNetwork(records, [
      { id: 'f', billOfLading: 'BOL-38', kind: 'quantity_loss', severity: 'high' },
    ]);
    const view = neighbourhood(graph, 'entity:hub', 2, 10);
    const shown = view.nodes.map((n) => n.id);
    expect(view.complete).toBe(false);
    expect(shown).toHaveLength(10);
    expect(shown).toEqual(
      expect.arrayContaining([
        'consignment:BOL-38',
        'finding:f',
        'address:shared street',
        'entity:front1',
        'entity:front2',
        'consignment:BOL-39',
        'entity:consignee',
      ]),
    );
    // within budget, the same nodes as a breadth-first walk: every node within the depth
    expect(neighbourhood(graph, 'entity:hub', 2).nodes).toHaveLength(graph.order);
  });
});

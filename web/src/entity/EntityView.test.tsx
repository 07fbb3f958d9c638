// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

// sigma needs WebGL2 when its module loads, which jsdom has not: stand in for the canvas, keep its contract
vi.mock('./NetworkGraph.tsx', () => ({
  NetworkGraph: (props: {
    label: string;
    selected: string | null;
    onSelect: (id: string | null) => void;
  }) => (
    <div className="graph-canvas" role="img" aria-label={props.label} data-selected={props.selected ?? ''}>
      <button type="button" onClick={() => props.onSelect('consignment:MSCU1')}>
        node MSCU1
      </button>
    </div>
  ),
}));

const ID = '7e29ab42-3387-53c0-ad5a-eb60416f39d8';
const MEX = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
const SHARED = { ...MEX, releasableTo: ['MEX', 'USA'] };

/** A broker on 170 declaration lines: 3 ways of writing her name, two markings. */
const RECORDS = 170;

const entity = {
  id: ID,
  name: 'Adriana Gutiérrez Cruz',
  kind: 'person',
  rfc: null,
  status: 'resolved',
  records: [],
  links: [],
  recordCount: RECORDS,
  roles: [{ role: 'broker', count: RECORDS }],
};

const evidence = {
  anchor: { reason: 'anchor', fields: [], probability: null, count: 1 },
  match: {
    reason: 'match',
    fields: [{ comparison: 'name', level: 'same_tokens', weight: 6.2 }],
    probability: 0.9992,
    count: 1,
  },
  identical: { reason: 'identical', fields: [], probability: null, count: 1 },
};
const group = (
  name: string,
  count: number,
  marking: typeof MEX,
  e: (typeof evidence)[keyof typeof evidence],
) => ({
  source: 'declaration',
  role: 'broker',
  name,
  rfc: null,
  address: null,
  marking,
  count,
  evidence: [{ ...e, count: e === evidence.anchor ? 1 : count }],
});
/** Three groups, served one page of two and then the last. */
const groups = [
  group('Adriana Gutiérrez Cruz', 100, MEX, evidence.anchor),
  group('Adriana Gutiérrez Cruz', 60, SHARED, evidence.match),
  group('GUTIÉRREZ CRUZ ADRIANA', 10, MEX, evidence.identical),
];

const network = {
  entityId: ID,
  depth: 2,
  nodes: [
    {
      id: `entity:${ID}`,
      kind: 'entity',
      label: 'Adriana Gutiérrez Cruz',
      community: 0,
      risk: 0.99,
      riskPaths: [],
    },
    { id: 'consignment:MSCU1', kind: 'consignment', label: 'MSCU1', community: 0, risk: 0.7, riskPaths: [] },
    {
      id: 'entity:e2',
      kind: 'entity',
      label: 'Química del Golfo, S.A. de C.V.',
      community: 1,
      risk: 0.95,
      riskPaths: [],
    },
    { id: 'consignment:MSCU2', kind: 'consignment', label: 'MSCU2', community: 1, risk: 0.2, riskPaths: [] },
  ],
  edges: [
    { id: 'x1', source: `entity:${ID}`, target: 'consignment:MSCU1', kind: 'broker' },
    { id: 'x2', source: 'entity:e2', target: 'consignment:MSCU1', kind: 'importer' },
    { id: 'x3', source: 'entity:e2', target: 'consignment:MSCU2', kind: 'importer' },
  ],
};

describe('entity view', () => {
  beforeEach(async () => {
    window.location.hash = `#/entities/${ID}`;
    await applyLocale('es');
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/entities/:id': () => ({ body: entity }),
      'GET /api/entities/:id/network': () => ({ body: network }),
      'GET /api/entities/:id/groups': (request) => {
        const offset = Number(request.query.get('offset') ?? 0);
        return { body: { total: groups.length, records: RECORDS, items: groups.slice(offset, offset + 2) } };
      },
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('groups equal records into counted rows and keeps the evidence that joined them in view', async () => {
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Adriana Gutiérrez Cruz' })).toBeTruthy();
    expect(screen.getByText('Persona')).toBeTruthy();
    expect(screen.getByText('Agente aduanal (170)')).toBeTruthy();
    // the records wait until asked for: the first screen is the summary and the network
    expect(screen.queryByTestId('entity-records')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mostrar los 170 registros' }));
    expect(await screen.findByText('170 registros en 3 grupos de registros iguales')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mostrar más grupos (2 de 3)' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('entity-records')).getAllByRole('row')).toHaveLength(4),
    );
    expect(screen.queryByRole('button', { name: /Mostrar más grupos/ })).toBeNull();
    const rows = within(screen.getByTestId('entity-records')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-record-count'))).toEqual(['100', '60', '10']);
    expect(rows[0]!.textContent).toContain('× 100');
    expect(rows[0]!.textContent).toContain('Pedimento');
    expect(rows[0]!.textContent).toContain('Agente aduanal');
    // the record the entity grew from, then the scored match in words, with its weight
    expect(rows[0]!.textContent).toContain('Primer registro de la entidad');
    expect(rows[1]!.textContent).toContain('Coincidencia — nombre: mismas palabras (+6.2) · p = 100');
    expect(rows[2]!.textContent).toContain('Idéntico tras normalizar');
    // no record has an RFC or an address: those columns are left out rather than filled with dashes
    expect(within(screen.getByTestId('entity-records')).queryByText('RFC')).toBeNull();
  });

  it('names communities after their lead member, explains risk sizes, and selects from the legend', async () => {
    renderWithProviders(<App />);
    const legend = await screen.findByRole('button', {
      name: /Química del Golfo, S\.A\. de C\.V\. · 2 nodos/,
    });
    // the focus entity's community comes first and says so
    const communities = screen.getAllByRole('button', { name: /· 2 nodos/ });
    expect(communities[0]!.textContent).toBe('Adriana Gutiérrez Cruz · 2 nodos · esta entidad');
    expect(screen.getByText('Alto (≥ 70 %)')).toBeTruthy();
    // the accessible twin of the graph still lists every node
    expect(screen.getByTestId('network-nodes').querySelectorAll('tr[data-node-id]')).toHaveLength(4);
    fireEvent.click(legend);
    const card = screen.getByText('Nodo seleccionado').parentElement as HTMLElement;
    expect(within(card).getByText('Química del Golfo, S.A. de C.V.')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Abrir' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Quitar selección' }));
    expect(screen.queryByText('Nodo seleccionado')).toBeNull();
    // clicking a node in the graph selects it the same way
    fireEvent.click(screen.getByRole('button', { name: 'node MSCU1' }));
    expect(screen.getByRole('img', { name: /Grafo de la red/ }).dataset.selected).toBe('consignment:MSCU1');
    expect(
      screen.getByTestId('network-nodes').querySelector('tr.selected')?.getAttribute('data-node-id'),
    ).toBe('consignment:MSCU1');
  });
});

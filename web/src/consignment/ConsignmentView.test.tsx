// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import {
  consignmentFindingFixture,
  consignmentFixture,
  eventFixture,
  fakeApi,
  hostAnalyst,
  lineFixture,
} from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

const consignment = consignmentFixture({
  lines: [
    lineFixture({
      reasons: [{ code: 'UN_TABLE_I', en: 'On UN Table I', es: 'En la Tabla I de la ONU' }],
      marking: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] },
    }),
  ],
  timeline: [
    eventFixture({
      eventTime: '2026-10-01T06:00:00Z',
      bizStep: 'unloading',
      place: {
        id: 'urn:epc:id:sgln:75000001.0001.0',
        name: 'Terminal Manzanillo',
        kind: null,
        lat: null,
        lon: null,
      },
      quantityKg: 1200,
      marking: { ownerAgency: 'MX-ASIPONA-ZLO', tlp: 'green', releasableTo: ['MEX'], recipients: [] },
    }),
    eventFixture({
      eventId: 'e2',
      eventTime: '2026-10-02T06:00:00Z',
      bizStep: 'urn:epcglobal:cbv:bizstep:receiving',
      place: {
        id: 'urn:epc:id:sgln:75000002.0001.0',
        name: 'Bodega Zapopan',
        kind: null,
        lat: null,
        lon: null,
      },
      quantityKg: 860,
    }),
  ],
  findings: [
    consignmentFindingFixture({
      explanation: {
        en: '340 kg missing between terminal and consignee',
        es: 'Faltan 340 kg entre la terminal y el destinatario',
      },
      evidence: ['urn:uuid:0b5e7a10-0000-4000-8000-000000000001'],
      status: 'dismissed',
      dismissReason: 'Merma de secado documentada',
    }),
  ],
});

describe('consignment view', () => {
  beforeEach(async () => {
    window.location.hash = '#/consignments/MSCU7300000';
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows lines with verdicts and reasons, the missing permit, the timeline and the evidence', async () => {
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/consignments/:bol': () => ({ body: consignment }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'MSCU7300000' })).toBeTruthy();
    expect(screen.getByText('Controlada')).toBeTruthy();
    expect(screen.getByText('En la Tabla I de la ONU')).toBeTruthy();
    expect(screen.getAllByText('1,200 kg').length).toBeGreaterThan(0); // the line and the first custody event
    expect(screen.getByText(/No hay permiso registrado/)).toBeTruthy();
    expect(screen.getByText('Pérdida de cantidad')).toBeTruthy();
    // Every line and event shows its own marking.
    expect(screen.getByText('REL MEX, USA')).toBeTruthy();
    expect(screen.getByText('TLP:GREEN')).toBeTruthy();
    // Where analysts stand on the finding, with their reason on hover.
    expect(screen.getByText('Descartado').parentElement?.title).toBe('Merma de secado documentada');
    expect(screen.getByText('urn:uuid:0b5e7a10-0000-4000-8000-000000000001')).toBeTruthy(); // its evidence
    const steps = screen.getByRole('list', { name: 'Cadena de custodia' }).querySelectorAll('li');
    expect([...steps].map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Descarga',
      'Recepción',
    ]);
    expect(screen.getByText('Aún sin posiciones')).toBeTruthy(); // no track yet: says so instead of an empty map
  });

  it('names the declared destination and the places of the timeline from the registry, ids kept small', async () => {
    const plant = 'urn:epc:id:sgln:75000058.0001.0';
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/consignments/:bol': () => ({
        body: {
          ...consignment,
          lines: [lineFixture({ destination: plant })],
          declaredDestination: {
            text: plant,
            place: {
              id: plant,
              name: 'Planta Productos Farmacéuticos del Bajío',
              kind: 'plant',
              licensed: true,
              permits: [
                { permitId: 'COFEPRIS-PQ-2025-00024', substanceCas: '79-03-8', validTo: '2025-12-31' },
              ],
            },
            point: { lat: 19.25, lon: -103.76 },
          },
          timeline: [
            eventFixture({
              eventId: 'e1',
              eventTime: '2026-10-01T06:00:00Z',
              bizStep: 'unloading',
              place: {
                id: 'urn:epc:id:sgln:75000001.0001.0',
                name: 'Terminal TEC II',
                kind: 'terminal',
                lat: null,
                lon: null,
              },
            }),
            eventFixture({
              eventId: 'e2',
              eventTime: '2026-10-01T09:00:00Z',
              bizStep: 'departing',
              place: {
                id: 'geo:19.004231,-104.096684',
                name: null,
                kind: null,
                lat: 19.004231,
                lon: -104.096684,
              },
            }),
          ],
        },
      }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByText('Planta Productos Farmacéuticos del Bajío')).toBeTruthy();
    const destination = screen.getByText('Destino declarado', { selector: 'dt' })
      .nextElementSibling as HTMLElement;
    expect(destination.querySelector('.place-kind')?.textContent).toBe('Planta');
    expect(destination.querySelector('.place-id')?.textContent).toBe(plant);
    // the permit is for another substance than the controlled line (39742-60-4): it does not license this one
    expect(destination.querySelector('.licence.warn')?.textContent).toContain(
      'Con permiso, pero no para 39742-60-4',
    );
    const steps = screen.getByRole('list', { name: 'Cadena de custodia' }).querySelectorAll('li');
    expect(steps[0]?.querySelector('.place-name')?.textContent).toBe('Terminal TEC II');
    expect(steps[0]?.querySelector('.place-kind')?.textContent).toBe('Terminal');
    expect(steps[1]?.textContent).toContain('Posición 19.0042, -104.0967');
  });

  it('shows the id, said to be unknown, when the registry does not name the destination for this user', async () => {
    const hidden = 'urn:epc:id:sgln:75000099.0001.0';
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/consignments/:bol': () => ({
        body: { ...consignment, declaredDestination: { text: hidden, place: null, point: null } },
      }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByText(hidden)).toBeTruthy();
    expect(screen.getByText(/No está en el registro de lugares/)).toBeTruthy();
  });

  it('says a consignment that was not released may not exist, without revealing anything', async () => {
    fakeApi({ 'GET /api/me': () => ({ body: hostAnalyst }) });
    renderWithProviders(<App />);
    expect(await screen.findByText(/no fue liberado a su dependencia/)).toBeTruthy();
  });
});

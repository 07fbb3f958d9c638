// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst, listOf } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const ID = '00000000-0000-4000-8000-000000000007';
const marking = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
const incident = {
  id: ID,
  incidentId: 'INC-7',
  kind: 'lab_dismantled',
  occurredAt: '2026-05-01T16:00:00Z',
  lat: 24.8,
  lon: -107.39,
  place: 'Culiacán',
  placedBy: 'locality',
  substanceCas: '79-03-8',
  substanceName: null,
  quantityKg: 250,
  billOfLading: 'MEDU123',
  containerNo: null,
  partyNames: ['Química del Norte'],
  partyRfcs: ['QNO050101AB1'],
  narrative: 'Casa con tambos',
  marking,
  importedAt: '2026-05-02T16:00:00Z',
};

describe('incidents and field reports', () => {
  beforeEach(async () => {
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists incidents filtered in the URL and opens one, its party linked to its entity', async () => {
    window.location.hash = '#/incidents?kind=lab_dismantled&from=2026-05-01';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/incidents': () => ({ body: listOf([incident]) }),
      'GET /api/incidents/:id': () => ({
        body: {
          ...incident,
          parties: [
            { by: 'rfc', value: 'QNO050101AB1', entityId: 'e-1' },
            { by: 'name', value: 'Química del Norte', entityId: null },
          ],
        },
      }),
    });
    renderWithProviders(<App />);
    const table = await screen.findByRole('table', { name: 'Incidentes' });
    expect(within(table).getByText('Laboratorio desmantelado')).toBeTruthy();
    const asked = api.calls.find((c) => c.path === '/api/incidents')!.query;
    expect([asked.get('kind'), asked.get('from'), asked.get('to')]).toEqual([
      'lab_dismantled',
      '2026-05-01',
      null,
    ]);
    fireEvent.click(within(table).getByRole('link', { name: 'INC-7' }));
    await screen.findByRole('heading', { name: 'Incidente INC-7', level: 1 });
    const parties = screen.getByTestId('incident-parties');
    expect(within(parties).getByRole('link', { name: 'Abrir la entidad' }).getAttribute('href')).toBe(
      '#/entities/e-1',
    );
    expect(within(parties).getByText('Ninguna entidad que usted pueda leer')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'MEDU123' }).getAttribute('href')).toBe('#/consignments/MEDU123');
  });

  it('records a field report: the server’s refusal said field by field, then the stored report', async () => {
    window.location.hash = '#/field-reports/new';
    let attempts = 0;
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'POST /api/field-reports': () =>
        ++attempts === 1
          ? {
              status: 400,
              body: {
                error: {
                  code: 'EVIDENCE_RECORD_INVALID',
                  message: { en: 'The record has errors', es: 'El registro tiene errores' },
                  requestId: 'r',
                  fieldErrors: [
                    {
                      field: 'source_type',
                      code: 'ONE_OF',
                      params: { values: 'aerial, ground' },
                      message: '',
                    },
                    { field: 'observed_at', code: 'REQUIRED', params: {}, message: 'required' },
                  ],
                },
              },
            }
          : { status: 201, body: { id: ID, outcome: 'imported' } },
      'GET /api/field-reports/:id': () => ({
        body: {
          id: ID,
          reportId: 'FR-7',
          observedAt: '2026-05-02T06:00:00Z',
          lat: 24.8,
          lon: -107.4,
          place: null,
          placedBy: 'coordinates',
          sourceType: 'ground',
          reliability: 'B',
          credibility: 2,
          indicators: ['drums'],
          narrative: '',
          marking,
          importedAt: '2026-05-02T16:00:00Z',
        },
      }),
    });
    renderWithProviders(<App />);
    fireEvent.change(await screen.findByLabelText('Identificador del informe'), {
      target: { value: 'FR-7' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tambos' }));
    fireEvent.click(screen.getByRole('button', { name: 'Guardar el registro' }));
    const errors = await screen.findByTestId('record-errors');
    expect(errors.textContent).toContain('Tipo de fuente: uno de aerial, ground');
    expect(errors.textContent).toContain('Fecha de la observación: obligatorio');
    expect(screen.getByLabelText('Tipo de fuente').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      report_id: 'FR-7',
      indicators: ['drums'],
    });
    fireEvent.change(screen.getByLabelText('Tipo de fuente'), { target: { value: 'ground' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar el registro' }));
    await screen.findByRole('heading', { name: 'Informe de campo FR-7', level: 1 });
    expect(screen.getByTestId('report-indicators').textContent).toBe('Tambos');
    expect(window.location.hash).toBe(`#/field-reports/${ID}`);
  });
});

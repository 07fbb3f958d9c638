// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst, listOf } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const report = (overrides: Record<string, unknown> = {}) => ({
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Red de empresas fachada en Jalisco',
  body: 'Tres importadores comparten RFC y domicilio.',
  createdBy: 'u-1',
  createdAt: '2026-12-05T16:00:00Z',
  marking: { ownerAgency: 'MX-ANAM', tlp: 'red', releasableTo: ['MEX'], recipients: [] },
  ...overrides,
});

describe('reports', () => {
  beforeEach(async () => {
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists reports as drafts or released', async () => {
    window.location.hash = '#/reports';
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/reports': () => ({
        body: listOf([
          report(),
          report({
            id: '00000000-0000-4000-8000-000000000002',
            title: 'Desvío en Manzanillo',
            marking: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] },
          }),
        ]),
      }),
    });
    renderWithProviders(<App />);
    const table = await screen.findByRole('table', { name: 'Informes' });
    expect(within(table).getByText('Borrador: solo su agencia')).toBeTruthy();
    expect(within(table).getByText('Difundido a MEX, USA')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Escribir un informe' })).toBeTruthy();
  });

  it('reads the reports a page at a time, the page in the URL', async () => {
    window.location.hash = '#/reports';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/reports': (call) => ({
        body: { ...listOf([report()]), total: 120, offset: Number(call.query.get('offset')) },
      }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('table', { name: 'Informes' });
    expect(api.calls.at(-1)?.query.get('offset')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Página siguiente' }));
    await screen.findByText('51–100 de 120');
    expect(window.location.hash).toBe('#/reports?page=2');
    expect(api.calls.at(-1)?.query.get('limit')).toBe('50');
    expect(api.calls.at(-1)?.query.get('offset')).toBe('50');
  });

  it('writes a report as a draft only the agency reads, then opens it to mark and release', async () => {
    window.location.hash = '#/reports/new';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'POST /api/reports': (call) => ({ status: 201, body: report(call.body as Record<string, unknown>) }),
      'GET /api/reports/:id': () => ({ body: report() }),
    });
    renderWithProviders(<App />);
    fireEvent.change(await screen.findByLabelText('Título'), {
      target: { value: 'Red de empresas fachada en Jalisco' },
    });
    fireEvent.change(screen.getByLabelText('Texto'), {
      target: { value: 'Tres importadores comparten RFC.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar borrador' }));
    expect(
      await screen.findByRole('heading', { name: 'Red de empresas fachada en Jalisco', level: 1 }),
    ).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      title: 'Red de empresas fachada en Jalisco',
      body: 'Tres importadores comparten RFC.',
      marking: { tlp: 'red', releasableTo: ['MEX'], recipients: [] },
    });
    expect(screen.getByTestId('report-state').textContent).toBe('Borrador: solo su agencia');
    expect(screen.getByRole('heading', { name: 'Marcar y difundir' })).toBeTruthy();
  });
});

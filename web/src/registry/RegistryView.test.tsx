// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const regulator = {
  ...hostAnalyst,
  username: 'reguladora',
  displayName: 'Rosa Medina',
  agency: { code: 'MX-COFEPRIS', nation: 'MEX', nameEn: 'Health regulator', nameEs: 'COFEPRIS' },
  roles: ['regulator'],
};
const permit = {
  id: '00000000-0000-4000-8000-00000000000a',
  permitId: 'COF-2026-001',
  holderRfc: 'QIN010101AB1',
  holderName: 'Química Industrial',
  substanceCas: '79-03-8',
  maxKgPerYear: 50_000,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  siteId: null,
  updatedAt: '2026-11-01T10:00:00Z',
  marking: { ownerAgency: 'MX-COFEPRIS', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
};
const change: {
  id: string;
  changedAt: string;
  changedBy: string;
  changedByName: string;
  changedByNation: string;
  fields: { field: string; before: string | number; after: string | number }[];
} = {
  id: 'c-1',
  changedAt: '2026-12-01T18:30:00Z',
  changedBy: 'u-9',
  changedByName: 'Rosa Medina',
  changedByNation: 'MEX',
  fields: [{ field: 'maxKgPerYear', before: 40_000, after: 50_000 }],
};

describe('the permit registry', () => {
  beforeEach(async () => {
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists and searches permits, with dates in Spanish', async () => {
    window.location.hash = '#/registry';
    const api = fakeApi({
      'GET /api/me': () => ({ body: regulator }),
      'GET /api/permits': () => ({ body: { items: [permit], total: 1 } }),
    });
    renderWithProviders(<App />);
    const table = await screen.findByRole('table', { name: 'Registro de permisos' });
    expect(within(table).getByRole('link', { name: 'COF-2026-001' })).toBeTruthy();
    expect(within(table).getByText('del 1 ene 2026 al 31 dic 2026')).toBeTruthy();
    expect(within(table).getByText('Todos los sitios del titular')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Titular, RFC o permiso'), { target: { value: 'química' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buscar' }));
    await vi.waitFor(() =>
      expect(api.calls.some((c) => c.path === '/api/permits' && c.query.get('q') === 'química')).toBe(true),
    );
    fireEvent.change(screen.getByLabelText('Vigencia'), { target: { value: 'expired' } });
    await vi.waitFor(() =>
      expect(
        api.calls.some((c) => c.query.get('status') === 'expired' && c.query.get('q') === 'química'),
      ).toBe(true),
    );
  });

  it('edits a permit and shows its history', async () => {
    window.location.hash = `#/registry/${permit.id}`;
    let history = [change];
    const api = fakeApi({
      'GET /api/me': () => ({ body: regulator }),
      'GET /api/permits/:id/history': () => ({ body: { items: history } }),
      'GET /api/permits/:id': () => ({ body: permit }),
      'PUT /api/permits/:id': (call) => {
        history = [
          {
            ...change,
            id: 'c-2',
            fields: [{ field: 'holderName', before: permit.holderName, after: 'QI SA' }],
          },
          ...history,
        ];
        return { body: { ...permit, ...(call.body as object) } };
      },
    });
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Permiso COF-2026-001', level: 1 })).toBeTruthy();
    const historyTable = await screen.findByTestId('permit-history');
    expect(within(historyTable).getByText('Máx. por año: 40,000 kg → 50,000 kg')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Editar permiso' }));
    fireEvent.change(screen.getByLabelText('Nombre del titular'), { target: { value: 'QI SA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    expect(await screen.findByText('Cambios guardados; están en el historial de abajo.')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      holderName: 'QI SA',
      maxKgPerYear: 50_000,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      siteId: null,
    });
    expect(await screen.findByText('Nombre del titular: Química Industrial → QI SA')).toBeTruthy();
  });

  it('lets an analyst read a permit but not edit it', async () => {
    window.location.hash = `#/registry/${permit.id}`;
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/permits/:id/history': () => ({ body: { items: [] } }),
      'GET /api/permits/:id': () => ({ body: permit }),
    });
    renderWithProviders(<App />);
    expect(
      await screen.findByText('Solo una reguladora de la agencia propietaria edita un permiso.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Editar permiso' })).toBeNull();
    expect(await screen.findByText('Sin cambios desde que se registró el permiso.')).toBeTruthy();
  });
});

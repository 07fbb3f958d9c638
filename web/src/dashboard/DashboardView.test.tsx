// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const board = {
  window: { from: '2025-10-09', to: '2025-12-31', weeks: 12 },
  alerts: {
    byWeek: [
      { week: '2025-12-15', alerts: 40 },
      { week: '2025-12-22', alerts: 1250 },
    ],
    byPort: [{ port: 'MXZLO', alerts: 1290, open: 1200 }],
    bySubstance: [{ substanceId: 'pmk', name: { en: 'PMK glycidate', es: 'glicidato de PMK' }, alerts: 7 }],
    byStatus: [
      { status: 'dismissed', alerts: 90 },
      { status: 'open', alerts: 1200 },
    ],
    openByAge: [
      { age: '0-7', alerts: 1000 },
      { age: '8-30', alerts: 200 },
      { age: '31-90', alerts: 0 },
      { age: '90+', alerts: 0 },
    ],
  },
  findings: {
    byWeek: [{ week: '2025-12-22', findings: 3 }],
    byKind: [{ kind: 'route_deviation', findings: 3, open: 2 }],
    byPort: [{ port: 'MXZLO', findings: 3 }],
  },
};

/** jsdom measures nothing: the charts get a fixed size, the figures' tables are what the test reads. */
class FixedSizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

describe('dashboard', () => {
  beforeEach(async () => {
    localStorage.clear();
    vi.stubGlobal('ResizeObserver', FixedSizeObserver);
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows the totals and each chart's figures in Spanish, with links to the lists they count", async () => {
    window.location.hash = '#/dashboard';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/dashboard': () => ({ body: board }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Tablero' })).toBeTruthy();
    const totals = await screen.findByText('Alertas no descartadas');
    expect(totals.parentElement?.textContent).toContain('1,200');
    expect(screen.getByText('Del 9 oct 2025 al 31 dic 2025')).toBeTruthy();

    const ports = screen.getByRole('table', { name: 'Alertas por puerto de entrada' });
    const manzanillo = within(ports).getByRole('link', { name: 'Manzanillo' });
    expect(manzanillo.getAttribute('href')).toBe('#/alerts?port=MXZLO&from=2025-10-09&to=2025-12-31');
    const kinds = screen.getByRole('table', { name: 'Hallazgos por tipo' });
    expect(within(kinds).getByRole('link', { name: 'Desvío de ruta' })).toBeTruthy();
    const substances = screen.getByRole('table', { name: 'Alertas por sustancia (10 principales)' });
    expect(within(substances).getByText('glicidato de PMK')).toBeTruthy();
    const backlog = screen.getByRole('table', { name: 'Alertas abiertas por días de espera' });
    expect(within(backlog).getByText('8–30 días')).toBeTruthy();
    expect(api.calls.find((c) => c.path === '/api/dashboard')?.query.get('weeks')).toBe('12');

    fireEvent.change(screen.getByLabelText('Periodo'), { target: { value: '52' } });
    await vi.waitFor(() =>
      expect(
        api.calls
          .filter((c) => c.path === '/api/dashboard')
          .at(-1)
          ?.query.get('weeks'),
      ).toBe('52'),
    );
  });

  it('says plainly when there is nothing to count', async () => {
    window.location.hash = '#/dashboard';
    const empty = {
      ...board,
      alerts: { ...board.alerts, byWeek: [], byPort: [], bySubstance: [], byStatus: [] },
      findings: { byWeek: [], byKind: [], byPort: [] },
    };
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/dashboard': () => ({ body: empty }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByText('No hay nada que contar en este periodo.')).toBeTruthy();
  });
});

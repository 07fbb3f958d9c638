// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import {
  fakeApi,
  findingFixture,
  hostAnalyst,
  pageOfFixtures,
  partnerAdvisor,
  type RecordedCall,
} from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

const pageOf = (call: RecordedCall, total: number) => pageOfFixtures(call, total, (n) => findingFixture(n));

/** One finding in the queue, whose detail (with its history) the view reads on selection. */
function oneFinding(overrides: Record<string, unknown> = {}, actions: unknown[] = []) {
  const finding = findingFixture(1, overrides);
  return {
    'GET /api/findings': () => ({ body: { items: [finding], total: 1 } }),
    'GET /api/findings/:id': () => ({ body: { ...finding, actions } }),
  };
}

/** Clicks a row (not its consignment link, which would leave the queue). */
async function openRow(id: string) {
  await waitFor(() => expect(document.querySelector(`tr[data-finding-id="${id}"]`)).toBeTruthy());
  fireEvent.click(document.querySelector(`tr[data-finding-id="${id}"] td`)!);
}

describe('findings queue', () => {
  beforeEach(async () => {
    window.location.hash = '#/findings';
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the first page of thousands of findings, and pages on', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/findings': (c) => pageOf(c, 2345),
    });
    renderWithProviders(<App />);
    expect(await screen.findByText('2,345 hallazgos')).toBeTruthy();
    expect(document.querySelectorAll('tr[data-finding-id]')).toHaveLength(50);
    expect(screen.getByText('1–50 de 2,345')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Última página' }));
    await waitFor(() => expect(document.querySelector('tr[data-finding-id="finding-2344"]')).toBeTruthy());
    expect(window.location.hash).toContain('page=47');
    expect(api.calls.at(-1)?.query.get('offset')).toBe('2300');
    expect(api.calls.at(-1)?.query.has('page')).toBe(false); // the API's query schema is strict
  });

  it('sends kind, severity, status, port and declared days to the API and keeps them in the link', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/findings': (c) => pageOf(c, 10),
    });
    renderWithProviders(<App />);
    await screen.findByText('10 hallazgos');
    const changes: [string, string, string, string][] = [
      ['Estado', 'open', 'status', 'open'],
      ['Tipo', 'dwell', 'kind', 'dwell'],
      ['Gravedad', 'high', 'severity', 'high'],
      ['Puerto', 'MXLZC', 'port', 'MXLZC'],
      ['Declarado desde', '01/11/2026', 'from', '2026-11-01'],
      ['Declarado hasta', '30/11/2026', 'to', '2026-11-30'],
    ];
    for (const [label, value, param, sent] of changes) {
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
      await waitFor(() => expect(api.calls.at(-1)?.query.get(param)).toBe(sent));
    }
    expect(window.location.hash).toBe(
      '#/findings?kind=dwell&severity=high&status=open&port=MXLZC&from=2026-11-01&to=2026-11-30',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Quitar 6 filtros' }));
    await waitFor(() => expect(window.location.hash).toBe('#/findings'));
  });

  it('opens a finding from the keyboard with its evidence, history and consignment, and acknowledges it', async () => {
    let status = 'open';
    const items = [findingFixture(1), findingFixture(2)];
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/findings': () => ({ body: { items: [items[0], { ...items[1], status }], total: 2 } }),
      'GET /api/findings/:id': () => ({
        body: {
          ...items[1],
          status,
          actions: [
            {
              action: 'dismiss',
              findingId: 'finding-0',
              fromStatus: 'open',
              toStatus: 'dismissed',
              actorUser: 'u-1',
              assignee: null,
              reason: 'Merma de secado documentada',
              at: '2026-11-21T10:00:00Z',
            },
            {
              action: 'reopen',
              findingId: 'finding-2',
              fromStatus: 'dismissed',
              toStatus: 'open',
              actorUser: null,
              assignee: null,
              reason: 'severity medium → high',
              at: '2026-11-22T10:00:00Z',
            },
          ],
        },
      }),
      'POST /api/findings/:id/acknowledge': () => ((status = 'acknowledged'), { status: 204 }),
    });
    renderWithProviders(<App />);
    await screen.findByText('2 hallazgos');
    const first = document.querySelector<HTMLTableRowElement>('tr[data-finding-id="finding-1"]')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = document.querySelector<HTMLTableRowElement>('tr[data-finding-id="finding-2"]')!;
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'Enter' });
    const detail = await screen.findByRole('region', { name: 'Detalle del hallazgo' });
    expect(within(detail).getByText(/Faltan 700 kg/)).toBeTruthy();
    expect(within(detail).getByText('urn:uuid:0b5e7a10-0000-4000-8000-000000000002')).toBeTruthy();
    expect(
      within(detail).getByRole('link', { name: 'Abrir el embarque MEDU1000002' }).getAttribute('href'),
    ).toBe('#/consignments/MEDU1000002');
    expect(
      await within(detail).findByText(/Usted · descartó · Abierto → Descartado · Merma de secado/),
    ).toBeTruthy();
    expect(
      within(detail).getByText(/El análisis · reabrió · .* la gravedad subió de Media a Alta/),
    ).toBeTruthy();
    fireEvent.click(within(detail).getByRole('button', { name: 'Acusar recibo' }));
    await waitFor(() => expect(screen.getAllByText('Recibido').length).toBeGreaterThan(0));
    expect(
      api.calls.some((c) => c.method === 'POST' && c.path === '/api/findings/finding-2/acknowledge'),
    ).toBe(true);
  });

  it('will not dismiss without a reason, and sends the reason given', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      ...oneFinding(),
      'POST /api/findings/:id/dismiss': () => ({ status: 204 }),
    });
    renderWithProviders(<App />);
    await openRow('finding-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Descartar…' }));
    const reason = screen.getByLabelText<HTMLTextAreaElement>(/Motivo del descarte/);
    expect(reason.required).toBe(true);
    fireEvent.change(reason, { target: { value: 'Merma de secado documentada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Descartar hallazgo' }));
    await waitFor(() =>
      expect(api.calls.some((c) => c.path === '/api/findings/finding-1/dismiss')).toBe(true),
    );
    expect(api.calls.find((c) => c.path === '/api/findings/finding-1/dismiss')?.body).toEqual({
      reason: 'Merma de secado documentada',
    });
  });

  it('assigns a finding to the signed-in analyst and shows the refusal of the server in Spanish', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      ...oneFinding(),
      'POST /api/findings/:id/assign': () => ({
        body: findingFixture(1, { status: 'assigned', assignee: 'u-1' }),
      }),
      'POST /api/findings/:id/escalate': () => ({
        status: 403,
        body: {
          error: {
            code: 'FORBIDDEN',
            message: { en: 'Your role does not allow this', es: 'Su rol no permite esta acción' },
          },
        },
      }),
    });
    renderWithProviders(<App />);
    await openRow('finding-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Asignármelo' }));
    await waitFor(() =>
      expect(api.calls.some((c) => c.path === '/api/findings/finding-1/assign')).toBe(true),
    );
    expect(api.calls.find((c) => c.path === '/api/findings/finding-1/assign')?.body).toEqual({
      assignee: 'u-1',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Escalar' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Escalar al caso' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Su rol no permite esta acción');
  });

  it('offers nothing to do with a dismissed finding, and no actions to a partner advisor', async () => {
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      ...oneFinding({ status: 'dismissed', dismissReason: 'Receptor con licencia' }),
    });
    renderWithProviders(<App />);
    await openRow('finding-1');
    const detail = await screen.findByRole('region', { name: 'Detalle del hallazgo' });
    expect(within(detail).getByText(/Descartado porque: Receptor con licencia/)).toBeTruthy();
    expect(within(detail).queryByRole('group', { name: 'Atender este hallazgo' })).toBeNull();
    cleanup();

    await applyLocale('en');
    fakeApi({
      'GET /api/me': () => ({ body: partnerAdvisor }),
      ...oneFinding({
        marking: { ownerAgency: 'MX-ANAM', tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
      }),
    });
    renderWithProviders(<App />);
    await openRow('finding-1');
    const partnerView = await screen.findByRole('region', { name: 'Finding detail' });
    expect(within(partnerView).queryByRole('group', { name: 'Work this finding' })).toBeNull();
    expect(within(partnerView).getByText('TLP:GREEN')).toBeTruthy();
    expect(await within(partnerView).findByText('Nobody has worked this finding yet.')).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import {
  alertFixture,
  fakeApi,
  hostAnalyst,
  pageOfFixtures,
  partnerAdvisor,
  type RecordedCall,
} from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

const pageOf = (call: RecordedCall, total: number) => pageOfFixtures(call, total, (n) => alertFixture(n));

describe('alert queue', () => {
  beforeEach(async () => {
    window.location.hash = '#/alerts';
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the first page of thousands of alerts, and pages on', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': (c) => pageOf(c, 3412),
    });
    renderWithProviders(<App />);
    expect(await screen.findByText('3,412 alertas')).toBeTruthy();
    expect(document.querySelectorAll('tr[data-alert-id]')).toHaveLength(50);
    expect(screen.getByText('1–50 de 3,412')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Última página' }));
    await waitFor(() => expect(document.querySelector('tr[data-alert-id="alert-3411"]')).toBeTruthy());
    expect(window.location.hash).toContain('page=69');
    expect(api.calls.at(-1)?.query.get('offset')).toBe('3400');
    expect(api.calls.at(-1)?.query.has('page')).toBe(false); // the API's query schema is strict
  });

  it('sends the filters and the sort to the API and keeps them in the link', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': (c) => pageOf(c, 10),
    });
    renderWithProviders(<App />);
    await screen.findByText('10 alertas');
    fireEvent.change(screen.getByLabelText('Puerto'), { target: { value: 'MXLZC' } });
    await waitFor(() => expect(api.calls.at(-1)?.query.get('port')).toBe('MXLZC'));
    fireEvent.change(screen.getByLabelText('Gravedad'), { target: { value: 'critical' } });
    await waitFor(() => expect(api.calls.at(-1)?.query.get('severity')).toBe('critical'));
    fireEvent.click(screen.getByRole('button', { name: /Declarada/ }));
    await waitFor(() => expect(api.calls.at(-1)?.query.get('sort')).toBe('declared_at'));
    expect(window.location.hash).toBe('#/alerts?severity=critical&port=MXLZC&sort=declared_at');
  });

  it('acknowledges an alert from the keyboard and refreshes the queue', async () => {
    let status = 'open';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => ({ body: { items: [alertFixture(1, { status })], total: 1 } }),
      'POST /api/alerts/:id/acknowledge': () => ((status = 'acknowledged'), { status: 204 }),
    });
    renderWithProviders(<App />);
    await screen.findByText('1 alerta');
    fireEvent.keyDown(document.querySelector('tr[data-alert-id="alert-1"]')!, { key: 'Enter' });
    const detail = await screen.findByRole('region', { name: 'Detalle de la alerta' });
    expect(within(detail).getByText('El CAS 39742-60-4 está en la Tabla I')).toBeTruthy();
    // The substance by its listed name in the user's language, not the list's internal id.
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe(
      'Controlada · N-fenetil-4-piperidona (NPP)',
    );
    fireEvent.click(within(detail).getByRole('button', { name: 'Acusar recibo' }));
    await waitFor(() => expect(screen.getAllByText('Recibida').length).toBeGreaterThan(0));
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/alerts/alert-1/acknowledge')).toBe(
      true,
    );
  });

  it('will not dismiss without a reason, and sends the reason given', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => ({ body: { items: [alertFixture(7)], total: 1 } }),
      'POST /api/alerts/:id/dismiss': () => ({ status: 204 }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByText('26-16-3100-6000007'));
    fireEvent.click(screen.getByRole('button', { name: 'Descartar…' }));
    const reason = screen.getByLabelText<HTMLTextAreaElement>(/Motivo del descarte/);
    expect(reason.required).toBe(true);
    fireEvent.change(reason, { target: { value: 'Permiso vigente verificado' } });
    fireEvent.click(screen.getByRole('button', { name: 'Descartar alerta' }));
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/alerts/alert-7/dismiss')).toBe(true));
    expect(api.calls.find((c) => c.path === '/api/alerts/alert-7/dismiss')?.body).toEqual({
      reason: 'Permiso vigente verificado',
    });
  });

  it('takes an alert on by assigning it to the signed-in analyst (the API assigns by user id)', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => ({ body: { items: [alertFixture(4)], total: 1 } }),
      'POST /api/alerts/:id/assign': () => ({
        body: alertFixture(4, {
          status: 'assigned',
          assignee: hostAnalyst.id,
          assigneeName: 'Lucía Ramírez',
        }),
      }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByText('26-16-3100-6000004'));
    fireEvent.click(screen.getByRole('button', { name: 'Asignármela' }));
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/alerts/alert-4/assign')).toBe(true));
    expect(api.calls.find((c) => c.path === '/api/alerts/alert-4/assign')?.body).toEqual({ assignee: 'u-1' });
  });

  it('shows the parties with their entities, the goods, the history, and assigns to a colleague', async () => {
    const alert = alertFixture(5, { billOfLading: 'MSCU5', status: 'acknowledged' });
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => ({ body: { items: [alert], total: 1 } }),
      'GET /api/alerts/:id': () => ({
        body: {
          ...alert,
          actions: [
            {
              action: 'acknowledge',
              fromStatus: 'open',
              toStatus: 'acknowledged',
              actorUser: 'u-7',
              assignee: null,
              reason: null,
              at: '2026-11-24T16:00:00Z',
            },
          ],
        },
      }),
      'GET /api/me/colleagues': () => ({
        body: {
          items: [
            { id: 'u-1', username: 'analista', displayName: 'Lucía Ramírez' },
            { id: 'u-7', username: 'pruiz', displayName: 'Pedro Ruiz' },
          ],
        },
      }),
      'GET /api/consignments/:bol': () => ({
        body: {
          lines: [
            {
              declarationId: alert.declarationId,
              lineNo: 1,
              goodsDescription: 'N-fenetil-4-piperidona',
              hsCode: '2933.39',
              casNumber: '39742-60-4',
              quantityKg: 1250,
              permitId: null,
              containerNo: 'MSCU1234565',
              marking: alert.marking,
            },
          ],
        },
      }),
      'GET /api/declarations/:id/lines/:lineNo/parties': () => ({
        body: {
          items: [
            {
              role: 'importer',
              name: 'Química del Golfo, S.A. de C.V.',
              rfc: 'QGO150312AB1',
              address: null,
              entityId: 'e-1',
              marking: alert.marking,
            },
          ],
        },
      }),
      'POST /api/alerts/:id/assign': () => ({ body: { ...alert, status: 'assigned', assignee: 'u-7' } }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByText('26-16-3100-6000005'));
    const detail = await screen.findByRole('region', { name: 'Detalle de la alerta' });
    const importer = await within(detail).findByRole('link', { name: 'Química del Golfo, S.A. de C.V.' });
    expect(importer.getAttribute('href')).toBe('#/entities/e-1');
    expect(await within(detail).findByText('1,250 kg')).toBeTruthy();
    expect(within(detail).getByText('Sin permiso')).toBeTruthy();
    const history = await within(detail).findByTestId('alert-history');
    await waitFor(() =>
      expect(history.textContent).toContain('Pedro Ruiz · acusó recibo · Abierta → Recibida'),
    );
    fireEvent.click(within(detail).getByRole('button', { name: 'Asignar a…' }));
    const select = await within(detail).findByLabelText('Asignar a');
    await within(select).findByText('Pedro Ruiz');
    fireEvent.change(select, { target: { value: 'u-7' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Asignar' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === '/api/alerts/alert-5/assign')?.body).toEqual({
        assignee: 'u-7',
      }),
    );
  });

  it("shows the server's refusal in the user's language", async () => {
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => ({ body: { items: [alertFixture(2)], total: 1 } }),
      'GET /api/alerts/:id': () => ({ body: { ...alertFixture(2), actions: [] } }),
      'POST /api/alerts/:id/escalate': () => ({
        status: 409,
        body: {
          error: { code: 'ALERT_STATE', message: { en: 'Already escalated', es: 'Ya está escalada' } },
        },
      }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByText('26-16-3100-6000002'));
    fireEvent.click(screen.getByRole('button', { name: 'Escalar' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Escalar al caso' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ya está escalada');
  });

  it('tells the user what to do when nothing matches, and when the server is unreachable', async () => {
    let reachable = true;
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => {
        if (!reachable) throw new TypeError('network down');
        return { body: { items: [], total: 0 } };
      },
    });
    renderWithProviders(<App />);
    expect(await screen.findByText(/Nada requiere atención/)).toBeTruthy();
    reachable = false;
    window.location.hash = '#/alerts?status=open';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByText(/servidor de Centinela/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeTruthy();
  });

  it('offers no workflow actions to a partner advisor', async () => {
    fakeApi({
      'GET /api/me': () => ({ body: partnerAdvisor }),
      'GET /api/alerts': () => ({
        body: {
          items: [
            alertFixture(3, {
              marking: { ownerAgency: 'MX-ANAM', tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
            }),
          ],
          total: 1,
        },
      }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByText('26-16-3100-6000003'));
    const detail = await screen.findByRole('region', { name: 'Alert detail' });
    expect(within(detail).queryByRole('group', { name: 'Work this alert' })).toBeNull();
    expect(within(detail).queryByRole('button', { name: 'Change marking' })).toBeNull();
    expect(within(detail).getByText('TLP:GREEN')).toBeTruthy();
  });
});

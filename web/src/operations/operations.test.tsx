// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst, listOf, partnerAdvisor } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const OP_ID = '00000000-0000-4000-8000-0000000000a1';
const marking = { ownerAgency: 'MX-SEMAR', tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] };
const operation = {
  id: OP_ID,
  caseId: '00000000-0000-4000-8000-0000000000c1',
  objective: 'Revisar la bodega de Manzanillo',
  territory: 'MEX',
  state: 'Colima',
  municipality: 'Manzanillo',
  hostUnits: ['MX-SEMAR'],
  advisors: ['u-2'],
  leadIds: [],
  status: 'proposed',
  createdBy: 'u-1',
  createdAt: '2026-11-20T16:00:00Z',
  statusChangedAt: '2026-11-21T16:00:00Z',
  marking,
};
const none = {
  propose: false,
  approve: false,
  reject: false,
  start: false,
  conclude: false,
  withdraw: false,
};
const commander = { ...hostAnalyst, id: 'u-3', roles: ['commander'] };

describe('operations', () => {
  beforeEach(async () => {
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the board in columns by state, and the approval queue asks for proposed operations', async () => {
    window.location.hash = '#/operations/queue?state=Colima';
    const api = fakeApi({
      'GET /api/me': () => ({ body: commander }),
      'GET /api/operations': () => ({ body: listOf([operation]) }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: 'Cola de aprobación', level: 1 });
    const column = await screen.findByRole('region', { name: /Propuesta/ });
    expect(within(column).getByRole('link', { name: operation.objective }).getAttribute('href')).toBe(
      `#/operations/${OP_ID}`,
    );
    const call = api.calls.find((c) => c.path === '/api/operations')!;
    expect(call.query.get('status')).toBe('proposed');
    expect(call.query.get('state')).toBe('Colima');
  });

  it('a host commander approves with a reason; the buttons are the moves the server allows', async () => {
    window.location.hash = `#/operations/${OP_ID}`;
    const api = fakeApi({
      'GET /api/me': () => ({ body: commander }),
      'GET /api/operations/:id': () => ({
        body: {
          ...operation,
          transitions: [],
          comments: [],
          outcomes: [],
          mayMove: { ...none, approve: true, reject: true },
        },
      }),
      'POST /api/operations/:id/approve': () => ({ body: { ...operation, status: 'approved' } }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: operation.objective, level: 1 });
    const moves = screen.getByRole('group', { name: 'Decisiones sobre la operación' });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Aprobar', 'Rechazar']);
    fireEvent.click(within(moves).getByRole('button', { name: 'Aprobar' }));
    const confirm = screen.getByRole('button', { name: 'Aprobar: confirmar' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Motivo (queda registrado)'), {
      target: { value: 'Objetivo claro' },
    });
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === `/api/operations/${OP_ID}/approve`)?.body).toEqual({
        reason: 'Objetivo claro',
      }),
    );
  });

  it('a partner advisor moves nothing but comments', async () => {
    await applyLocale('en');
    window.location.hash = `#/operations/${OP_ID}`;
    const api = fakeApi({
      'GET /api/me': () => ({ body: partnerAdvisor }),
      'GET /api/operations/:id': () => ({
        body: { ...operation, transitions: [], comments: [], outcomes: [], mayMove: none },
      }),
      'POST /api/operations/:id/comments': () => ({ status: 201, body: {} }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: operation.objective, level: 1 });
    expect(screen.getByText('You may not change the state of this operation now.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'recommendation' } });
    fireEvent.change(screen.getByLabelText('New comment'), { target: { value: 'Check the permit first' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the comment' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === `/api/operations/${OP_ID}/comments`)?.body).toEqual({
        kind: 'recommendation',
        body: 'Check the permit first',
      }),
    );
  });
});

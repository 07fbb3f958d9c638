// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst, listOf, type RecordedCall } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

const sys = { code: 'MX-SYS', nation: 'MEX', nameEn: 'System administration', nameEs: 'Administración' };
const anam = { code: 'MX-ANAM', nation: 'MEX', nameEn: 'Customs', nameEs: 'Aduanas' };
const admin = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'admin',
  displayName: 'Raúl Ortega',
  agency: sys,
  roles: ['admin'],
  locale: 'es' as const,
};
const account = (overrides: Record<string, unknown>) => ({
  id: '00000000-0000-4000-8000-000000000009',
  username: 'x',
  displayName: 'X',
  agency: anam,
  roles: [],
  locale: 'es',
  disabled: false,
  machine: false,
  mustChangePassword: false,
  pendingRoles: null,
  pendingRequestedBy: null,
  ...overrides,
});
const adminAccount = account({ ...admin, roles: ['admin'] });
const refusal = (code: string, es: string, en: string, status = 403) => ({
  status,
  body: { error: { code, message: { es, en } } },
});

function adminApi(extra: Record<string, (call: RecordedCall) => { status?: number; body?: unknown }>) {
  return fakeApi({
    'GET /api/me': () => ({ body: admin }),
    'GET /api/agencies': () => ({ body: listOf([anam, sys]) }),
    'GET /api/nations': () => ({ body: listOf([{ code: 'MEX', nameEn: 'Mexico', nameEs: 'México' }]) }),
    ...extra,
  });
}

// The admin area is loaded lazily (App.tsx): on a busy machine its first import outlasts the default second.
configure({ asyncUtilTimeout: 10_000 });

describe('the administrator’s screens', () => {
  beforeEach(async () => {
    localStorage.clear();
    window.location.hash = '';
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('an account that only administers lands on the admin area, not on an empty alert queue', async () => {
    const api = adminApi({ 'GET /api/users': () => ({ body: listOf([adminAccount]) }) });
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Administración', level: 1 })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(within(nav).queryByRole('link', { name: 'Alertas' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Administración' })).toBeTruthy();
    expect(screen.queryByText('Sin alertas')).toBeNull();
    expect(api.calls.some((c) => c.path === '/api/alerts')).toBe(false);
  });

  it('shows the admin area only to administrators', async () => {
    window.location.hash = '#/admin';
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => ({ body: { items: [], total: 0 } }),
    });
    renderWithProviders(<App />);
    // A link to the admin area followed by an analyst leads to the analyst's home, not to a refusal.
    expect(await screen.findByText('Sin alertas')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Administración', level: 1 })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(within(nav).queryByRole('link', { name: 'Administración' })).toBeNull();
  });

  it('creates an account whose intelligence role waits for a second administrator', async () => {
    const api = adminApi({
      'GET /api/users': () => ({ body: listOf([adminAccount]) }),
      'POST /api/users': (call) => ({
        status: 201,
        body: account({
          username: (call.body as { username: string }).username,
          pendingRoles: ['analyst'],
          pendingRequestedBy: admin.id,
        }),
      }),
    });
    renderWithProviders(<App />);
    const form = await screen.findByRole('form', { name: 'Nueva cuenta' });
    fireEvent.change(within(form).getByLabelText('Usuario'), { target: { value: 'nueva.analista' } });
    fireEvent.change(within(form).getByLabelText('Nombre'), { target: { value: 'Ana Nueva' } });
    fireEvent.change(within(form).getByLabelText('Agencia'), { target: { value: 'MX-ANAM' } });
    fireEvent.click(within(form).getByLabelText('Analista'));
    fireEvent.change(within(form).getByLabelText('Contraseña inicial'), {
      target: { value: 'violet tangerine lighthouse 47' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Crear cuenta' }));
    expect((await within(form).findByRole('status')).textContent).toBe(
      'Cuenta nueva.analista creada. Roles en espera de un segundo administrador: Analista.',
    );
    expect(api.calls.find((c) => c.method === 'POST' && c.path === '/api/users')?.body).toEqual({
      username: 'nueva.analista',
      displayName: 'Ana Nueva',
      agency: 'MX-ANAM',
      roles: ['analyst'],
      password: 'violet tangerine lighthouse 47',
      machine: false,
    });
  });

  it('shows why the server refuses: an administrator changing their own roles', async () => {
    adminApi({
      'GET /api/users': () => ({ body: listOf([adminAccount]) }),
      'PATCH /api/users/:id': () =>
        refusal(
          'SELF_ELEVATION_FORBIDDEN',
          'Un administrador no puede cambiar sus propios roles',
          'An administrator cannot change their own roles',
        ),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gestionar admin' }));
    const panel = await screen.findByTestId('manage-user');
    fireEvent.click(within(panel).getByLabelText('Analista'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Cambiar roles' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toBe(
      'Rechazado (SELF_ELEVATION_FORBIDDEN): Un administrador no puede cambiar sus propios roles',
    );
  });

  it('resets a password and says it must be changed at the next sign-in', async () => {
    const target = account({ username: 'lucia' });
    const api = adminApi({
      'GET /api/users': () => ({ body: listOf([adminAccount, target]) }),
      'PATCH /api/users/:id': () => ({ body: { ...target, mustChangePassword: true } }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gestionar lucia' }));
    const panel = await screen.findByTestId('manage-user');
    fireEvent.change(within(panel).getByLabelText('Nueva contraseña'), {
      target: { value: 'mango quartz harbour 1982' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Restablecer contraseña' }));
    expect((await within(panel).findByRole('status')).textContent).toMatch(/deberá cambiarla/);
    expect(api.calls.find((c) => c.method === 'PATCH')).toMatchObject({
      path: `/api/users/${target.id}`,
      body: { password: 'mango quartz harbour 1982' },
    });
  });

  it('lists pending role requests; the requester is refused with OWN_REQUEST, in English too', async () => {
    await applyLocale('en');
    window.location.hash = '#/admin/roles';
    const pending = account({ username: 'lucia', pendingRoles: ['analyst'], pendingRequestedBy: admin.id });
    adminApi({
      'GET /api/me': () => ({ body: { ...admin, locale: 'en' } }),
      'GET /api/users': () => ({ body: listOf([adminAccount, pending]) }),
      'POST /api/users/:id/roles/approve': () =>
        refusal(
          'OWN_REQUEST',
          'Un segundo administrador debe aprobar esta solicitud',
          'A second administrator must approve this request',
        ),
    });
    renderWithProviders(<App />);
    const table = await screen.findByTestId('role-requests');
    expect(within(table).getByText(/You requested this/)).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: 'Approve the roles requested for lucia' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Refused (OWN_REQUEST): A second administrator must approve this request',
    );
    expect(within(table).getByRole('button', { name: 'Withdraw your request for lucia' })).toBeTruthy();
  });

  it('a second administrator approves, and the request leaves the list', async () => {
    window.location.hash = '#/admin/roles';
    let approved = false;
    const pending = account({
      username: 'lucia',
      pendingRoles: ['analyst'],
      pendingRequestedBy: '00000000-0000-4000-8000-000000000002',
    });
    const api = adminApi({
      'GET /api/users': () => ({
        body: listOf([
          adminAccount,
          approved ? { ...pending, roles: ['analyst'], pendingRoles: null } : pending,
        ]),
      }),
      'POST /api/users/:id/roles/approve': () => (
        (approved = true),
        { body: { ...pending, roles: ['analyst'], pendingRoles: null } }
      ),
    });
    renderWithProviders(<App />);
    const table = await screen.findByTestId('role-requests');
    fireEvent.click(within(table).getByRole('button', { name: 'Aprobar los roles solicitados para lucia' }));
    expect((await screen.findByRole('status')).textContent).toBe('Roles de lucia aprobados: Analista.');
    expect(await screen.findByText('No hay solicitudes de rol en espera')).toBeTruthy();
    expect(api.calls.some((c) => c.path === `/api/users/${pending.id}/roles/approve`)).toBe(true);
  });

  it('issues a token whose secret is shown once, and revokes it', async () => {
    window.location.hash = '#/admin/tokens';
    let tokens: { id: string; label: string; createdAt: string }[] = [];
    const api = adminApi({
      'GET /api/users': () => ({ body: listOf([adminAccount]) }),
      'GET /api/users/:id/tokens': () => ({ body: listOf(tokens) }),
      'POST /api/users/:id/tokens': () => {
        tokens = [{ id: 'abcdef012345', label: 'scripts', createdAt: '2026-12-06T10:00:00Z' }];
        return { status: 201, body: { token: 'ct_secret_once' } };
      },
      'DELETE /api/users/:id/tokens/:tokenId': () => ((tokens = []), { status: 204 }),
    });
    renderWithProviders(<App />);
    fireEvent.change(await screen.findByLabelText('Para qué es el token'), { target: { value: 'scripts' } });
    fireEvent.click(screen.getByRole('button', { name: 'Emitir token' }));
    expect((await screen.findByTestId('token-secret')).textContent).toBe('ct_secret_once');
    const table = await screen.findByTestId('tokens-table');
    fireEvent.click(screen.getByRole('button', { name: 'Ya lo copié' }));
    expect(screen.queryByTestId('token-secret')).toBeNull();
    fireEvent.click(within(table).getByRole('button', { name: 'Revocar el token scripts' }));
    expect(await screen.findByText('Esta cuenta no tiene tokens vigentes')).toBeTruthy();
    await waitFor(() =>
      expect(api.calls.find((c) => c.method === 'DELETE')?.path).toBe(
        `/api/users/${admin.id}/tokens/abcdef012345`,
      ),
    );
  });

  it('offers tokens for one’s own account and the machine accounts of one’s agency only', async () => {
    window.location.hash = '#/admin/tokens';
    const ownMachine = account({ id: 'm-sys', username: 'taxii-client', agency: sys, machine: true });
    const otherMachine = account({ id: 'm-anam', username: 'anam-robot', agency: anam, machine: true });
    const person = account({ id: 'p-sys', username: 'segunda', agency: sys });
    const api = adminApi({
      'GET /api/users': () => ({ body: listOf([adminAccount, ownMachine, otherMachine, person]) }),
      'GET /api/users/:id/tokens': () => ({ body: listOf([]) }),
    });
    renderWithProviders(<App />);
    const chooser = await screen.findByLabelText('Cuenta');
    await waitFor(() => expect(within(chooser).getAllByRole('option')).toHaveLength(2));
    expect(
      within(chooser)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['admin (usted)', 'taxii-client · Cuenta de máquina']);
    fireEvent.change(chooser, { target: { value: 'm-sys' } });
    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'GET' && c.path === '/api/users/m-sys/tokens')).toBe(true),
    );
  });

  it('lists nations and agencies and says how to add them', async () => {
    window.location.hash = '#/admin/agencies';
    adminApi({});
    renderWithProviders(<App />);
    expect(await screen.findByText('MX-ANAM')).toBeTruthy();
    expect(screen.getByText(/centinela agencies add/)).toBeTruthy();
  });
});

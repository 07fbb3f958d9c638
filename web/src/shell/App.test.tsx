// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale, LOCALE_STORAGE_KEY } from '../i18n/index.ts';
import { fakeApi, hostAnalyst, partnerAdvisor } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from './App.tsx';

const unauthorized = {
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: { en: 'Sign in first', es: 'Inicie sesión' } } },
};

describe('the shell: sign-in, identity, language, sign-out', () => {
  beforeEach(async () => {
    localStorage.clear();
    window.location.hash = '#/alerts';
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks an anonymous visitor to sign in, and says so when the password is wrong', async () => {
    fakeApi({ 'GET /api/me': () => unauthorized, 'POST /api/auth/login': () => unauthorized });
    renderWithProviders(<App />);
    fireEvent.change(await screen.findByLabelText('Usuario'), { target: { value: 'analista' } });
    fireEvent.change(screen.getByLabelText('Contraseña'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Entrar' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/incorrectos/);
  });

  it('shows a host analyst their name, agency, nation and role in Spanish after signing in', async () => {
    let signedIn = false;
    const api = fakeApi({
      'GET /api/me': () => (signedIn ? { body: hostAnalyst } : unauthorized),
      'POST /api/auth/login': () => ((signedIn = true), { body: { token: 't', user: hostAnalyst } }),
      'GET /api/alerts': () => ({ body: { items: [], total: 0 } }),
    });
    renderWithProviders(<App />);
    fireEvent.change(await screen.findByLabelText('Usuario'), { target: { value: 'analista' } });
    fireEvent.change(screen.getByLabelText('Contraseña'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Entrar' }));
    const identity = await screen.findByTestId('identity');
    expect(identity.textContent).toContain('Lucía Ramírez');
    expect(identity.textContent).toContain('MX-ANAM');
    expect(identity.textContent).toContain('MEX');
    expect(identity.textContent).toContain('Analista');
    expect(await screen.findByText('Sin alertas')).toBeTruthy();
    expect(api.calls.find((c) => c.path === '/api/auth/login')?.body).toEqual({
      username: 'analista',
      password: 'secret',
    });
  });

  it('opens in English for a partner advisor', async () => {
    fakeApi({
      'GET /api/me': () => ({ body: partnerAdvisor }),
      'GET /api/alerts': () => ({ body: { items: [], total: 0 } }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByRole('link', { name: 'Alerts' })).toBeTruthy();
    expect(screen.getByTestId('identity').textContent).toContain('USA');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches language, remembers it locally and on the profile', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'PATCH /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'GET /api/alerts': () => ({ body: { items: [], total: 0 } }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /English/ }));
    expect(await screen.findByRole('link', { name: 'Alerts' })).toBeTruthy();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'PATCH' && c.path === '/api/me')).toBe(true),
    );
    expect(api.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'en' });
  });

  it('signs out and returns to the sign-in form', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'POST /api/auth/logout': () => ({ status: 204 }),
      'GET /api/alerts': () => ({ body: { items: [], total: 0 } }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Cerrar sesión' }));
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
    expect(api.calls.some((c) => c.path === '/api/auth/logout')).toBe(true);
  });

  it('returns to the sign-in form, saying why, when the session expires mid-work', async () => {
    let expired = false;
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => (expired ? unauthorized : { body: { items: [], total: 0 } }),
    });
    renderWithProviders(<App />);
    await screen.findByText('Sin alertas');
    expired = true;
    window.location.hash = '#/alerts?status=open';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByText(/Su sesión terminó/)).toBeTruthy();
  });
});

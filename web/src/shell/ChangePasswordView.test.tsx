// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from './App.tsx';

describe('a password an administrator reset must be changed at the first sign-in', () => {
  beforeEach(async () => {
    localStorage.clear();
    window.location.hash = '#/alerts';
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks for a new password before anything else, then opens the app', async () => {
    let changed = false;
    const api = fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, mustChangePassword: !changed } }),
      'POST /api/me/password': () => (
        (changed = true),
        { body: { ...hostAnalyst, mustChangePassword: false } }
      ),
      'GET /api/alerts': () => ({ body: { items: [], total: 0 } }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Elija una contraseña nueva' })).toBeTruthy();
    expect(api.calls.some((c) => c.path === '/api/alerts')).toBe(false);
    fireEvent.change(screen.getByLabelText('Contraseña actual (la que le dieron)'), {
      target: { value: 'violet tangerine lighthouse 47' },
    });
    fireEvent.change(screen.getByLabelText('Contraseña nueva'), {
      target: { value: 'mango quartz harbour 1982' },
    });
    fireEvent.change(screen.getByLabelText('Contraseña nueva otra vez'), {
      target: { value: 'mango quartz harbour 1983' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cambiar contraseña' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Las dos contraseñas nuevas no coinciden.');
    fireEvent.change(screen.getByLabelText('Contraseña nueva otra vez'), {
      target: { value: 'mango quartz harbour 1982' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cambiar contraseña' }));
    expect(await screen.findByText('Sin alertas')).toBeTruthy();
    expect(api.calls.find((c) => c.path === '/api/me/password')?.body).toEqual({
      currentPassword: 'violet tangerine lighthouse 47',
      newPassword: 'mango quartz harbour 1982',
    });
  });

  it('shows the server’s reason when the new password is refused', async () => {
    fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, mustChangePassword: true } }),
      'POST /api/me/password': () => ({
        status: 400,
        body: {
          error: {
            code: 'WEAK_PASSWORD',
            message: { en: 'Choose a stronger password', es: 'Elija una contraseña más segura' },
          },
        },
      }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: 'Elija una contraseña nueva' });
    for (const label of [
      'Contraseña actual (la que le dieron)',
      'Contraseña nueva',
      'Contraseña nueva otra vez',
    ])
      fireEvent.change(screen.getByLabelText(label), { target: { value: 'password1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cambiar contraseña' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Elija una contraseña más segura');
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst, listOf } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';
import { AUDIT_ACTIONS } from '../../../src/shared/audit-actions.ts';

const auditor = {
  ...hostAnalyst,
  id: 'u-9',
  username: 'auditora',
  displayName: 'Elena Vázquez',
  roles: ['auditor'],
};

const entry = (seq: number, action: string, detail: Record<string, unknown> = {}) => ({
  seq,
  at: '2026-12-04T17:00:00.000Z',
  actorUser: 'd0bbc86a-b031-4d2b-ace0-a6e000000001',
  actorUsername: 'analista',
  actorName: 'Lucía Ramírez',
  actorAgency: 'MX-ANAM',
  actorNation: 'MEX',
  action,
  subjectTable: 'alerts',
  subjectIds: ['008bb85b-847a-46e4-bd25-000000000001'],
  requestId: null,
  detail,
  hash: 'h',
});

describe('audit trail', () => {
  beforeEach(async () => {
    window.location.hash = '#/audit';
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('names who did what in words, and searches by user and day through the URL', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: auditor }),
      'GET /api/audit': () => ({
        body: listOf([
          entry(2, 'alert.dismiss', { from: 'acknowledged', to: 'dismissed', reason: 'Permiso verificado' }),
        ]),
      }),
    });
    renderWithProviders(<App />);
    // The action's words are also an option of the action filter, shown before the rows arrive: wait for a row.
    expect(await screen.findByText('Lucía Ramírez')).toBeTruthy();
    expect(screen.getByText('Alerta descartada', { selector: 'td *, td' })).toBeTruthy();
    expect(screen.getByText('Recibida → Descartada')).toBeTruthy();
    expect(screen.getByText('Permiso verificado')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Usuario'), { target: { value: 'analista' } });
    fireEvent.change(screen.getByLabelText('Desde'), { target: { value: '01/12/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buscar' }));
    await waitFor(() => expect(api.calls.at(-1)?.query.get('user')).toBe('analista'));
    expect(api.calls.at(-1)?.query.get('from')).toBe('2026-12-01');
    expect(window.location.hash).toBe('#/audit?user=analista&from=2026-12-01');
  });

  it('offers every action the server records in the action filter, each in words (ES and EN)', async () => {
    fakeApi({
      'GET /api/me': () => ({ body: auditor }),
      'GET /api/audit': () => ({ body: listOf([entry(1, 'approve_roles')]) }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByText('Roles aprobados', { selector: 'span' })).toBeTruthy();
    // The select sits in its label with its options, so it is found by its name attribute.
    const offered = () =>
      [...document.querySelector<HTMLSelectElement>('select[name="action"]')!.options]
        .slice(1)
        .map((o) => [o.value, o.text]);
    expect(offered().map(([value]) => value)).toEqual([...AUDIT_ACTIONS]);
    // No action is shown as its raw code: each has a label, and the administrators' acts are among them.
    expect(offered().filter(([value, text]) => value === text)).toEqual([]);
    expect(offered()).toEqual(
      expect.arrayContaining([
        ['approve_roles', 'Roles aprobados'],
        ['reject_roles', 'Roles rechazados'],
        ['revoke_token', 'Token de API revocado'],
        ['change_password', 'Contraseña cambiada'],
      ]),
    );
    await act(() => applyLocale('en'));
    expect(offered().filter(([value, text]) => value === text)).toEqual([]);
    expect(offered()).toEqual(expect.arrayContaining([['revoke_token', 'API token revoked']]));
  });

  it('verifies the chain and says where it breaks', async () => {
    fakeApi({
      'GET /api/me': () => ({ body: auditor }),
      'GET /api/audit': () => ({ body: listOf([entry(1, 'read')]) }),
      'GET /api/audit/verify': () => ({
        body: { entries: 1234, ok: false, broken: { seq: 17, reason: 'hash' } },
      }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Verificar la cadena' }));
    expect((await screen.findByTestId('chain-status')).textContent).toBe(
      'Cadena rota en la entrada 17: hash',
    );
  });
});

// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst, listOf } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const OPERATION_ID = '00000000-0000-4000-8000-0000000000d1';
const unread = {
  id: '00000000-0000-4000-8000-0000000000e1',
  kind: 'awaiting_decision',
  caseId: CASE_ID,
  operationId: OPERATION_ID,
  createdAt: '2026-11-22T10:00:00Z',
  readAt: null,
};
const read = {
  id: '00000000-0000-4000-8000-0000000000e2',
  kind: 'assigned',
  caseId: CASE_ID,
  operationId: null,
  createdAt: '2026-11-21T10:00:00Z',
  readAt: '2026-11-21T11:00:00Z',
};

describe('notifications', () => {
  beforeEach(async () => {
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the unread count in the header and lists the notifications in words, each leading to its operation or case', async () => {
    window.location.hash = '#/notifications';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/notifications/count': () => ({ body: { unread: 1 } }),
      'GET /api/notifications': () => ({ body: listOf([unread, read]) }),
      'POST /api/notifications/:id/read': () => ({ body: { ...unread, readAt: '2026-11-22T11:00:00Z' } }),
      'GET /api/operations/:id': () => ({
        status: 404,
        body: { error: { code: 'OPERATION_NOT_FOUND', message: '' } },
      }),
    });
    renderWithProviders(<App />);
    const badge = await screen.findByTestId('notification-badge');
    expect(badge.getAttribute('href')).toBe('#/notifications');
    await waitFor(() => expect(badge.textContent).toContain('1'));
    expect(badge.getAttribute('aria-label')).toBe('1 notificación sin leer');
    const pending = await screen.findByRole('link', { name: 'Una operación espera su decisión' });
    expect(pending.getAttribute('href')).toBe(`#/operations/${OPERATION_ID}`);
    expect(screen.getByRole('link', { name: 'Se le asignó un caso' }).getAttribute('href')).toBe(
      `#/cases/${CASE_ID}`,
    );
    fireEvent.click(pending);
    await waitFor(() => expect(window.location.hash).toBe(`#/operations/${OPERATION_ID}`));
    expect(
      api.calls.some((c) => c.method === 'POST' && c.path === `/api/notifications/${unread.id}/read`),
    ).toBe(true);
  });
});

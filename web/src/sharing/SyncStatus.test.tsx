// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { SyncStatus } from './SyncStatus.tsx';

const peer = (detail: { url: string | null; error: string | null } | null) => ({
  name: 'usa',
  agency: null,
  pulls: true,
  triedAt: '2026-12-03T10:00:00Z',
  finishedAt: '2026-12-03T10:00:05Z',
  syncedAt: '2026-12-02T10:00:00Z',
  outcome: 'partial',
  collections: 1,
  objects: 1234,
  withdrawn: 2,
  detail,
});

describe('the peers’ sync status', () => {
  beforeEach(async () => {
    await applyLocale('en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows every user the outcome, when and the counts, and no detail column without a detail', async () => {
    fakeApi({ 'GET /api/federation/sync': () => ({ body: { peers: [peer(null)] } }) });
    renderWithProviders(<SyncStatus />);
    const table = await screen.findByRole('table', { name: 'Peers and sync' });
    expect(within(table).getByText('partly failed')).toBeTruthy();
    expect(within(table).getByText('1,234')).toBeTruthy();
    expect(within(table).getByText('2')).toBeTruthy();
    expect(within(table).queryByRole('columnheader', { name: /administrators/ })).toBeNull();
  });

  it('shows an administrator where the peer is pulled from and why the pull failed', async () => {
    const detail = { url: 'https://usa.example/taxii2/', error: 'https://usa.example/taxii2/…: HTTP 502' };
    fakeApi({ 'GET /api/federation/sync': () => ({ body: { peers: [peer(detail)] } }) });
    renderWithProviders(<SyncStatus />);
    const table = await screen.findByRole('table', { name: 'Peers and sync' });
    expect(within(table).getByRole('columnheader', { name: /administrators/ })).toBeTruthy();
    expect(within(table).getByText(detail.url)).toBeTruthy();
    expect(within(table).getByText(detail.error)).toBeTruthy();
  });
});

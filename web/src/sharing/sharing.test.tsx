// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { alertFixture, fakeApi, hostAnalyst, listOf } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';
import { selection } from './selection.ts';

configure({ asyncUtilTimeout: 10_000 });

const agencies = listOf([
  { code: 'MX-ANAM', nation: 'MEX', nameEn: 'Customs', nameEs: 'Aduanas' },
  { code: 'US-DEA', nation: 'USA', nameEn: 'DEA', nameEs: 'DEA' },
]);
const nations = listOf([
  { code: 'MEX', nameEn: 'Mexico', nameEs: 'México' },
  { code: 'USA', nameEn: 'United States', nameEs: 'Estados Unidos' },
]);
const marking = (releasableTo: string[], recipients: string[] = []) => ({
  ownerAgency: 'MX-ANAM',
  tlp: 'amber' as const,
  releasableTo,
  recipients,
});

describe('the sharing workflow', () => {
  beforeEach(async () => {
    localStorage.clear();
    selection.clear();
    await applyLocale('en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('selects alerts in the queue, previews who will read each, needs a justification, releases them', async () => {
    window.location.hash = '#/alerts';
    const one = alertFixture(1);
    const two = alertFixture(2);
    const api = fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'GET /api/alerts': () => ({ body: { items: [one, two], total: 2 } }),
      'GET /api/agencies': () => ({ body: agencies }),
      'GET /api/nations': () => ({ body: nations }),
      'POST /api/markings/batch/preview': (call) => {
        const body = call.body as { records: { table: string; id: string }[] };
        return {
          body: {
            accepted: true,
            agencies: [
              { agency: 'MX-ANAM', nation: 'MEX' },
              { agency: 'US-DEA', nation: 'USA' },
            ],
            records: body.records.map((r) => ({
              ...r,
              refusal: null,
              before: marking(['MEX']),
              after: marking(['MEX', 'USA'], ['US-DEA']),
              derived: false,
              widening: true,
              unchanged: false,
              readersBefore: ['MX-ANAM'],
              readersAfter: ['MX-ANAM', 'US-DEA'],
            })),
          },
        };
      },
      'POST /api/markings/batch': () => ({
        body: { batchId: '00000000-0000-4000-8000-000000000001', changed: 2, unchanged: 0, records: [] },
      }),
    });
    renderWithProviders(<App />);
    const boxes = await screen.findAllByRole('checkbox', { name: /Select .* to release/ });
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[1]!);
    const bar = await screen.findByRole('complementary', { name: 'Records selected to release' });
    expect(bar.textContent).toContain('2 records selected');
    fireEvent.click(within(bar).getByRole('button', { name: 'Release…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Release the selected records' });
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: /US-DEA/ }));
    // naming an agency brings its nation: a recipient reads only where its nation is releasable
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'USA' }).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const table = await within(dialog).findByRole('table');
    expect(within(table).getAllByText('US-DEA')).toHaveLength(2);
    const release = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Release' });
    expect(release.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Justification/), {
      target: { value: 'joint operation' },
    });
    expect(release.disabled).toBe(false);
    fireEvent.click(release);
    await within(dialog).findByText('2 records released.');
    const sent = api.calls.find((c) => c.method === 'POST' && c.path === '/api/markings/batch');
    expect(sent?.body).toEqual({
      records: [
        { table: 'alerts', id: one.id },
        { table: 'alerts', id: two.id },
      ],
      releaseTo: ['USA'],
      recipients: ['US-DEA'],
      justification: 'joint operation',
    });
    expect(screen.queryByRole('complementary', { name: 'Records selected to release' })).toBeNull();
  });

  it('says which records would be refused and keeps Release disabled', async () => {
    window.location.hash = '#/alerts';
    const one = alertFixture(1);
    fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'GET /api/alerts': () => ({ body: { items: [one], total: 1 } }),
      'GET /api/agencies': () => ({ body: agencies }),
      'GET /api/nations': () => ({ body: nations }),
      'POST /api/markings/batch/preview': () => ({
        body: {
          accepted: false,
          agencies: [],
          records: [
            {
              table: 'alerts',
              id: one.id,
              refusal: 'MARKING_WIDENING_FORBIDDEN',
              before: null,
              after: null,
              derived: false,
              widening: false,
              unchanged: false,
              readersBefore: [],
              readersAfter: [],
            },
          ],
        },
      }),
    });
    renderWithProviders(<App />);
    fireEvent.click((await screen.findAllByRole('checkbox', { name: /Select .* to release/ }))[0]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Release…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: 'USA' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByText('Only the owner agency may release it');
    fireEvent.change(within(dialog).getByLabelText(/Justification/), { target: { value: 'x' } });
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Release' }).disabled).toBe(true);
  });

  it('shows what the agency released, what was received from whom, and each peer’s sync', async () => {
    window.location.hash = '#/shared';
    fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'GET /api/markings/releases': () => ({
        body: listOf([
          {
            id: '00000000-0000-4000-8000-0000000000a1',
            table: 'reports',
            recordId: '00000000-0000-4000-8000-0000000000b1',
            batchId: null,
            releasedBy: 'analista',
            releasedAt: '2026-12-01T10:00:00Z',
            before: { tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
            after: { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
            justification: 'joint operation',
          },
        ]),
      }),
      'GET /api/federation/received': () => ({
        body: {
          groups: [
            {
              ownerAgency: 'US-DEA',
              ownerNation: 'USA',
              via: 'pull',
              source: 'https://usa.example/taxii2/api/collections/x/objects/',
              peer: 'usa',
              type: 'report',
              objects: 3,
              lastAdded: '2026-12-02T10:00:00Z',
            },
          ],
        },
      }),
      'GET /api/federation/sync': () => ({
        body: {
          peers: [
            {
              name: 'usa',
              agency: null,
              pulls: true,
              triedAt: '2026-12-03T10:00:00Z',
              finishedAt: '2026-12-03T10:00:01Z',
              syncedAt: '2026-12-02T10:00:00Z',
              outcome: 'failed',
              collections: 0,
              objects: 0,
              withdrawn: 0,
              detail: null,
            },
          ],
        },
      }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: 'Shared', level: 1 });
    await screen.findByText('joint operation');
    expect(screen.getByText('analista')).toBeTruthy();
    await screen.findByText('US-DEA (USA)');
    expect(screen.getAllByText('usa').length).toBeGreaterThan(0);
    await screen.findByText('failed');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Shared' })).toBeTruthy());
  });
});

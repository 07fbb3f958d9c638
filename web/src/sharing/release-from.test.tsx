// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import {
  consignmentFixture,
  eventFixture,
  fakeApi,
  hostAnalyst,
  lineFixture,
  listOf,
} from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';
import { selection } from './selection.ts';

// sigma needs WebGL2 when its module loads, which jsdom has not (as in EntityView.test.tsx)
vi.mock('../entity/NetworkGraph.tsx', () => ({ NetworkGraph: () => null }));

const OWN = { ownerAgency: 'MX-ANAM', tlp: 'amber' as const, releasableTo: ['MEX'], recipients: [] };
const THEIRS = { ...OWN, ownerAgency: 'MX-ASIPONA-ZLO' };

/** The routes every release needs: who asks, whom to release to, and a preview that accepts everything. */
const releaseRoutes = {
  'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
  'GET /api/agencies': () => ({
    body: listOf([
      { code: 'MX-ANAM', nation: 'MEX', nameEn: 'Customs', nameEs: 'Aduanas' },
      { code: 'US-DEA', nation: 'USA', nameEn: 'DEA', nameEs: 'DEA' },
    ]),
  }),
  'GET /api/nations': () => ({
    body: listOf([
      { code: 'MEX', nameEn: 'Mexico', nameEs: 'México' },
      { code: 'USA', nameEn: 'United States', nameEs: 'Estados Unidos' },
    ]),
  }),
  'POST /api/markings/batch/preview': (call: { body: unknown }) => ({
    body: {
      accepted: true,
      agencies: [],
      records: (call.body as { records: { table: string; id: string }[] }).records.map((r) => ({
        ...r,
        refusal: null,
        before: OWN,
        after: { ...OWN, releasableTo: ['MEX', 'USA'] },
        derived: false,
        widening: true,
        unchanged: false,
        readersBefore: ['MX-ANAM'],
        readersAfter: ['MX-ANAM', 'US-DEA'],
      })),
    },
  }),
  'POST /api/markings/batch': () => ({
    body: { batchId: '00000000-0000-4000-8000-000000000001', changed: 1, unchanged: 0, records: [] },
  }),
};

/** Opens the dialog from the bar, releases to USA with a justification, and answers what was sent. */
async function releaseToUsa(api: ReturnType<typeof fakeApi>) {
  fireEvent.click(await screen.findByRole('button', { name: 'Release…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Release the selected records' });
  fireEvent.click(await within(dialog).findByRole('checkbox', { name: 'USA' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
  await within(dialog).findByRole('table');
  fireEvent.change(within(dialog).getByLabelText(/Justification/), { target: { value: 'joint case' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Release' }));
  await within(dialog).findByRole('status');
  return api.calls.find((c) => c.method === 'POST' && c.path === '/api/markings/batch')?.body as {
    records: { table: string; id: string }[];
  };
}

describe('releasing from a consignment, an entity and the search', () => {
  beforeEach(async () => {
    localStorage.clear();
    selection.clear();
    await applyLocale('en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("selects a consignment's own records, one by one or all at once, and releases them", async () => {
    window.location.hash = '#/consignments/MSCU7300000';
    const consignment = consignmentFixture({
      lines: [
        lineFixture({ id: 'l-1', lineNo: 1 }),
        lineFixture({ id: 'l-2', lineNo: 2, marking: { ...OWN, ownerAgency: 'US-DEA' } }),
      ],
      timeline: [
        eventFixture({ id: 'ev-1', eventId: 'e1', bizStep: 'receiving', marking: OWN }),
        eventFixture({ id: 'ev-2', eventId: 'e2', marking: THEIRS }),
      ],
    });
    const api = fakeApi({ ...releaseRoutes, 'GET /api/consignments/:bol': () => ({ body: consignment }) });
    renderWithProviders(<App />);
    // a box for the agency's own line and event only: another agency's are theirs to release
    const line = await screen.findByRole('checkbox', { name: 'Select 26-16-3100-6000001 #1 to release' });
    expect(screen.queryByRole('checkbox', { name: /#2 to release/ })).toBeNull();
    const whole = screen.getByRole<HTMLInputElement>('checkbox', {
      name: /Select the consignment: its 3 records/,
    });
    fireEvent.click(line);
    expect(whole.indeterminate).toBe(true);
    fireEvent.click(whole);
    expect(whole.checked).toBe(true);
    expect(
      (await screen.findByRole('complementary', { name: 'Records selected to release' })).textContent,
    ).toContain('3 records selected');
    const sent = await releaseToUsa(api);
    expect(sent.records).toEqual([
      { table: 'declaration_lines', id: 'l-1' },
      { table: 'declarations', id: '26-16-3100-6000001' },
      { table: 'epcis_events', id: 'ev-1' },
    ]);
  });

  it('explains why an entity is not released itself and releases the records it was resolved from', async () => {
    const id = '3f0e0000-0000-4000-8000-000000000001';
    window.location.hash = `#/entities/${id}`;
    const inputs = [
      { table: 'declaration_lines', id: 'l-1', label: 'D1 #1', marking: OWN },
      { table: 'declarations', id: 'D1', label: 'D1', marking: OWN },
      { table: 'permits', id: 'p-1', label: 'COF-1', marking: { ...OWN, ownerAgency: 'MX-COFEPRIS' } },
    ];
    const api = fakeApi({
      ...releaseRoutes,
      'GET /api/entities/:id': () => ({
        body: {
          id,
          name: 'Química del Golfo',
          kind: 'company',
          rfc: null,
          status: 'resolved',
          records: [],
          links: [],
          recordCount: 3,
          roles: [],
        },
      }),
      'GET /api/entities/:id/inputs': () => ({ body: listOf(inputs) }),
    });
    renderWithProviders(<App />);
    const section = await screen.findByRole('region', { name: 'Share this entity' });
    expect(section.textContent).toContain('it is not released itself');
    fireEvent.click(within(section).getByRole('button', { name: 'Show the records it was resolved from' }));
    const all = await within(section).findByRole('checkbox', { name: 'Select the 2 records of your agency' });
    // the regulator's permit is listed, with no box: the regulator releases it
    expect(within(section).getByText('COF-1')).toBeTruthy();
    expect(within(section).getAllByRole('checkbox')).toHaveLength(3);
    fireEvent.click(all);
    const sent = await releaseToUsa(api);
    expect(sent.records).toEqual([
      { table: 'declaration_lines', id: 'l-1' },
      { table: 'declarations', id: 'D1' },
    ]);
  });

  it('selects search results beside the list, Tab reaching them, and releases them', async () => {
    window.location.hash = '#/alerts';
    const hit = (kind: string, id: string, records: object[]) => ({
      kind,
      id,
      label: id,
      context: '',
      score: 3,
      open: { view: 'consignments' },
      records,
    });
    const api = fakeApi({
      ...releaseRoutes,
      'GET /api/alerts': () => ({ body: listOf([]) }),
      'GET /api/search': () => ({
        body: {
          items: [
            hit('bill_of_lading', 'MSCU1', [
              { table: 'declaration_lines', id: 'l-1', marking: OWN },
              { table: 'declaration_lines', id: 'l-2', marking: OWN },
            ]),
            hit('incident', 'INC-1', [{ table: 'incidents', id: 'i-1', marking: OWN }]),
            hit('permit', 'COF-1', [{ table: 'permits', id: 'p-1', marking: THEIRS }]),
            hit('company', 'Química', []),
          ],
        },
      }),
    });
    renderWithProviders(<App />);
    const box = await screen.findByRole('combobox', { name: 'Search' });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'mscu' } });
    const picks = await screen.findByRole('group', { name: 'Select results to release' });
    expect(picks.textContent).toContain('select those on its page');
    // one box per result of the agency's own, and one for them all; the listbox keeps options only
    expect(
      within(picks)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-label') ?? c.closest('label')?.textContent),
    ).toEqual([' All these results', ' Bill of lading MSCU1', ' Incident INC-1']);
    fireEvent.click(within(picks).getByRole('checkbox', { name: /Incident INC-1/ }));
    expect(
      within(picks).getByRole<HTMLInputElement>('checkbox', { name: /All these results/ }).indeterminate,
    ).toBe(true);
    fireEvent.click(within(picks).getByRole('checkbox', { name: /Bill of lading MSCU1/ }));
    // focus moving from the box to a checkbox keeps the results open; Escape there closes them, back in the box
    const first = within(picks).getAllByRole('checkbox')[0]!;
    fireEvent.blur(box, { relatedTarget: first });
    first.focus();
    expect(screen.getByRole('group', { name: 'Select results to release' })).toBe(picks);
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Select results to release' })).toBeNull();
    expect(document.activeElement).toBe(box);
    const sent = await releaseToUsa(api);
    expect(sent.records).toEqual([
      { table: 'incidents', id: 'i-1' },
      { table: 'declaration_lines', id: 'l-1' },
      { table: 'declaration_lines', id: 'l-2' },
    ]);
  });
});

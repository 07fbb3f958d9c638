// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { alertFixture, fakeApi, hostAnalyst, listOf, partnerAdvisor } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const marking = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
const theCase = {
  id: CASE_ID,
  title: 'Fenilacetona en Manzanillo',
  summary: 'Dos embarques del mismo importador',
  status: 'open',
  openedBy: 'u-1',
  openedByName: 'Lucía Ramírez',
  openedAt: '2026-11-20T16:00:00Z',
  marking,
};
const detail = {
  ...theCase,
  assignees: [
    {
      id: 'as-1',
      caseId: CASE_ID,
      userId: 'u-7',
      username: 'pruiz',
      agency: 'MX-ANAM',
      assignedBy: 'u-1',
      assignedAt: '2026-11-20T16:05:00Z',
      marking,
    },
  ],
  links: [
    {
      id: 'l-1',
      caseId: CASE_ID,
      kind: 'consignment',
      targetId: 'MEDU123',
      note: 'El embarque',
      linkedBy: 'u-1',
      linkedByName: 'Lucía Ramírez',
      linkedAt: '2026-11-20T16:01:00Z',
      marking,
    },
    {
      id: 'l-2',
      caseId: CASE_ID,
      kind: 'entity',
      targetId: 'e-9',
      note: '',
      linkedBy: 'u-1',
      linkedByName: 'Lucía Ramírez',
      linkedAt: '2026-11-20T16:02:00Z',
      marking,
    },
  ],
  notes: [],
  operations: [],
  timeline: [
    {
      at: '2026-11-20T16:00:00Z',
      kind: 'opened',
      by: 'u-1',
      byName: 'Lucía Ramírez',
      recordId: CASE_ID,
      what: theCase.title,
    },
    {
      at: '2026-11-20T16:01:00Z',
      kind: 'linked',
      by: 'u-1',
      byName: 'Lucía Ramírez',
      recordId: 'l-1',
      what: 'consignment MEDU123',
    },
    {
      at: '2026-11-21T10:00:00Z',
      kind: 'operation',
      by: 'u-3',
      byName: 'Cap. Medina',
      recordId: 't-1',
      what: 'op-1 → under_way: salió',
    },
  ],
};

describe('cases', () => {
  beforeEach(async () => {
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists cases filtered in the URL (status, mine) and pages through the API', async () => {
    window.location.hash = '#/cases?status=open&mine=1';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/cases': () => ({ body: listOf([theCase]) }),
    });
    renderWithProviders(<App />);
    const table = await screen.findByRole('table', { name: 'Casos' });
    expect(within(table).getByRole('link', { name: theCase.title }).getAttribute('href')).toBe(
      `#/cases/${CASE_ID}`,
    );
    const call = api.calls.find((c) => c.path === '/api/cases')!;
    expect(call.query.get('status')).toBe('open');
    expect(call.query.get('assignedTo')).toBe('u-1');
    expect(screen.getByRole('link', { name: 'Casos' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows a case: lead agency, assignees, links to their pages, the timeline in words; adds a note', async () => {
    window.location.hash = `#/cases/${CASE_ID}`;
    let notes: unknown[] = [];
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/cases/:id': () => ({ body: { ...detail, notes } }),
      'POST /api/cases/:id/notes': (call) => {
        notes = [
          {
            id: 'n-1',
            caseId: CASE_ID,
            body: (call.body as { body: string }).body,
            writtenBy: 'u-1',
            writtenByName: 'Lucía Ramírez',
            writtenAt: '2026-11-22T10:00:00Z',
            marking,
          },
        ];
        return { status: 201, body: notes[0] };
      },
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: theCase.title, level: 1 });
    const links = screen.getByTestId('case-links');
    expect(within(links).getByRole('link', { name: 'MEDU123' }).getAttribute('href')).toBe(
      '#/consignments/MEDU123',
    );
    expect(within(links).getByRole('link', { name: 'e-9' }).getAttribute('href')).toBe('#/entities/e-9');
    expect(screen.getByTestId('case-assignees').textContent).toContain('pruiz');
    const timeline = screen.getByTestId('case-timeline').textContent ?? '';
    expect(timeline).toContain('vinculó Embarque MEDU123');
    expect(timeline).toContain('una operación pasó a En curso: salió');
    expect(timeline).not.toMatch(/under_way|consignment/);
    expect(screen.getByRole('button', { name: 'Asignar a un colega…' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Nota nueva'), { target: { value: 'Revisar el permiso' } });
    fireEvent.click(screen.getByRole('button', { name: 'Agregar la nota' }));
    await waitFor(() => expect(screen.getByTestId('case-notes').textContent).toContain('Revisar el permiso'));
    expect(api.calls.find((c) => c.path === `/api/cases/${CASE_ID}/notes`)?.body).toEqual({
      body: 'Revisar el permiso',
    });
  });

  it('offers a partner advisor notes and links but not assignment or closing (another agency leads)', async () => {
    await applyLocale('en');
    window.location.hash = `#/cases/${CASE_ID}`;
    fakeApi({
      'GET /api/me': () => ({ body: partnerAdvisor }),
      'GET /api/cases/:id': () => ({ body: detail }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: theCase.title, level: 1 });
    expect(screen.queryByRole('button', { name: 'Assign a colleague…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close the case…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add the note' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Link the record' })).toBeTruthy();
  });

  it('escalates an alert into an existing case chosen from the open ones', async () => {
    window.location.hash = '#/alerts';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/alerts': () => ({ body: { items: [alertFixture(2)], total: 1 } }),
      'GET /api/alerts/:id': () => ({ body: { ...alertFixture(2), actions: [] } }),
      'GET /api/cases': () => ({ body: listOf([theCase]) }),
      'POST /api/alerts/:id/escalate': () => ({ body: alertFixture(2, { status: 'escalated' }) }),
    });
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByText('26-16-3100-6000002'));
    fireEvent.click(screen.getByRole('button', { name: 'Escalar' }));
    const into = await screen.findByLabelText('Caso de destino');
    await within(into).findByText(theCase.title);
    fireEvent.change(into, { target: { value: CASE_ID } });
    fireEvent.change(screen.getByLabelText('Motivo (opcional)'), { target: { value: 'Mismo importador' } });
    fireEvent.click(screen.getByRole('button', { name: 'Escalar al caso' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === '/api/alerts/alert-2/escalate')?.body).toEqual({
        reason: 'Mismo importador',
        caseId: CASE_ID,
      }),
    );
    // the detail names the cases the alert is in, each a link
    expect((await screen.findByTestId('record-cases')).textContent).toContain(theCase.title);
  });
});

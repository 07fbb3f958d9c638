// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssignableUser, CaseDetail } from '../api/case-endpoints.ts';
import type { OperationDetail, OperationOutcome } from '../api/operation-endpoints.ts';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, findingFixture, hostAnalyst, listOf, partnerAdvisor } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

configure({ asyncUtilTimeout: 10_000 });

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const OP_ID = '00000000-0000-4000-8000-0000000000a1';
const LEAD = 'lead-8848a2c4dffffff';
const marking = {
  ownerAgency: 'MX-ANAM',
  tlp: 'amber' as const,
  releasableTo: ['MEX', 'USA'],
  recipients: [],
};
const theCase: CaseDetail = {
  id: CASE_ID,
  title: 'Fenilacetona en Manzanillo',
  summary: '',
  status: 'open',
  openedBy: 'u-1',
  openedByName: 'analista',
  openedAt: '2026-11-20T16:00:00Z',
  marking,
  assignees: [],
  links: [
    {
      id: 'l-1',
      caseId: CASE_ID,
      kind: 'lead',
      targetId: LEAD,
      note: '',
      linkedBy: 'u-1',
      linkedByName: 'analista',
      linkedAt: '2026-11-20T16:01:00Z',
      marking,
    },
  ],
  notes: [],
  operations: [],
  timeline: [],
};
const people: AssignableUser[] = [
  {
    id: 'u-1',
    username: 'analista',
    displayName: 'Lucía Ramírez',
    agency: 'MX-ANAM',
    nation: 'MEX',
    roles: ['analyst'],
  },
  {
    id: 'u-2',
    username: 'advisor',
    displayName: 'Sarah Collins',
    agency: 'US-DEA',
    nation: 'USA',
    roles: ['advisor'],
  },
  {
    id: 'u-3',
    username: 'comandante',
    displayName: 'Cap. Medina',
    agency: 'MX-SEMAR',
    nation: 'MEX',
    roles: ['commander'],
  },
];
const agencies = [
  { code: 'MX-ANAM', nation: 'MEX', nameEn: 'Customs', nameEs: 'Aduanas' },
  { code: 'MX-SEMAR', nation: 'MEX', nameEn: 'Navy', nameEs: 'Marina' },
  { code: 'US-DEA', nation: 'USA', nameEn: 'DEA', nameEs: 'DEA' },
];
const none = {
  propose: false,
  approve: false,
  reject: false,
  start: false,
  conclude: false,
  withdraw: false,
};
const operation: OperationDetail = {
  id: OP_ID,
  caseId: CASE_ID,
  objective: 'Revisar la bodega de Manzanillo',
  territory: 'MEX',
  state: 'Colima',
  municipality: 'Manzanillo',
  hostUnits: ['MX-ANAM', 'MX-SEMAR'],
  advisors: ['u-2'],
  leadIds: [LEAD],
  status: 'under_way',
  createdBy: 'u-1',
  createdAt: '2026-11-20T16:00:00Z',
  statusChangedAt: '2026-11-21T16:00:00Z',
  marking,
  transitions: [],
  comments: [],
  outcomes: [],
  mayMove: { ...none, conclude: false },
};
const seizure: OperationOutcome = {
  id: 'o-1',
  operationId: OP_ID,
  kind: 'seizure',
  substance: 'Fenilacetona',
  quantityKg: 120,
  place: 'Bodega 4',
  lat: 19.05,
  lon: -104.31,
  entityId: null,
  entityRfcs: [],
  arrests: null,
  note: '',
  observedAt: '2026-11-22T10:00:00Z',
  incidentId: '00000000-0000-4000-8000-0000000000e1',
  leadOutcomeIds: ['lo-1'],
  recordedBy: 'u-1',
  recordedAt: '2026-11-22T10:00:00Z',
  marking,
};

describe('the work on a case and an operation (forms)', () => {
  beforeEach(async () => {
    localStorage.clear();
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('a host analyst drafts an operation on the case (units, a partner advisor, the case’s lead) and lands on it', async () => {
    window.location.hash = `#/cases/${CASE_ID}`;
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/cases/:id': () => ({ body: theCase }),
      'GET /api/cases/:id/assignable': () => ({ body: listOf(people) }),
      'GET /api/agencies': () => ({ body: listOf(agencies) }),
      'POST /api/cases/:id/operations': () => ({ status: 201, body: { ...operation, status: 'draft' } }),
      'GET /api/operations/:id': () => ({ body: { ...operation, status: 'draft' } }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: theCase.title, level: 1 });
    expect(screen.getByText('Ninguna operación de este caso que usted pueda ver.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Planear una operación…' }));
    const form = screen.getByRole('form', { name: 'Planear una operación sobre el caso' });
    const save = within(form).getByRole('button', { name: 'Guardar el borrador' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText('Objetivo'), { target: { value: operation.objective } });
    fireEvent.change(within(form).getByLabelText('Entidad federativa'), { target: { value: 'Colima' } });
    fireEvent.change(within(form).getByLabelText('Municipio (opcional)'), {
      target: { value: 'Manzanillo' },
    });
    // host units: the host nation's agencies only, the user's own ticked
    const units = within(form).getByRole('group', { name: 'Unidades anfitrionas' });
    fireEvent.click(await within(units).findByRole('checkbox', { name: /MX-SEMAR/ }));
    expect(within(units).getAllByRole('checkbox')).toHaveLength(2);
    // advisors: the advisors of agencies that see the case
    const advisors = within(form).getByRole('group', { name: 'Asesores de socios' });
    fireEvent.click(await within(advisors).findByRole('checkbox', { name: /Sarah Collins/ }));
    expect(within(advisors).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(form).getByRole<HTMLInputElement>('checkbox', { name: LEAD }).checked).toBe(true);
    fireEvent.click(save);
    await waitFor(() => expect(window.location.hash).toBe(`#/operations/${OP_ID}`));
    expect(api.calls.find((c) => c.path === `/api/cases/${CASE_ID}/operations`)?.body).toEqual({
      objective: operation.objective,
      state: 'Colima',
      municipality: 'Manzanillo',
      hostUnits: ['MX-ANAM', 'MX-SEMAR'],
      advisors: ['u-2'],
      leadIds: [LEAD],
    });
  });

  it('lists the case’s operations; a partner advisor gets no draft form', async () => {
    await applyLocale('en');
    window.location.hash = `#/cases/${CASE_ID}`;
    fakeApi({
      'GET /api/me': () => ({ body: partnerAdvisor }),
      'GET /api/cases/:id': () => ({
        body: {
          ...theCase,
          operations: [
            {
              id: OP_ID,
              objective: operation.objective,
              status: 'proposed',
              state: 'Colima',
              municipality: null,
              statusChangedAt: operation.statusChangedAt,
            },
          ],
        },
      }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: theCase.title, level: 1 });
    const list = screen.getByTestId('case-operations');
    expect(within(list).getByRole('link', { name: operation.objective }).getAttribute('href')).toBe(
      `#/operations/${OP_ID}`,
    );
    expect(list.textContent).toContain('Proposed');
    expect(screen.queryByRole('button', { name: 'Plan an operation…' })).toBeNull();
  });

  it('the lead agency assigns someone of another agency that sees the case', async () => {
    window.location.hash = `#/cases/${CASE_ID}`;
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/cases/:id': () => ({ body: theCase }),
      'GET /api/cases/:id/assignable': () => ({ body: listOf(people) }),
      'POST /api/cases/:id/assignees': () => ({ status: 201, body: {} }),
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: theCase.title, level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Asignar a un colega…' }));
    const picker = screen.getByLabelText('Persona');
    await within(picker).findByText('Sarah Collins · US-DEA · Asesor');
    expect(within(picker).getByText('Lucía Ramírez (usted) · MX-ANAM · Analista')).toBeTruthy();
    fireEvent.change(picker, { target: { value: 'u-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Asignar' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === `/api/cases/${CASE_ID}/assignees`)?.body).toEqual({
        userId: 'u-2',
      }),
    );
  });

  it('a host analyst records a seizure under way; the outcome links its incident and counts its lead outcomes', async () => {
    window.location.hash = `#/operations/${OP_ID}`;
    let outcomes: OperationOutcome[] = [];
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/operations/:id': () => ({ body: { ...operation, outcomes } }),
      'POST /api/operations/:id/outcomes': () => {
        outcomes = [seizure];
        return { status: 201, body: seizure };
      },
    });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { name: operation.objective, level: 1 });
    expect(screen.getByTestId('operation-leads').textContent).toContain(LEAD);
    expect(screen.getByText('Aún no hay resultados registrados.')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Registrar un resultado' });
    fireEvent.change(within(form).getByLabelText('Sustancia'), { target: { value: 'Fenilacetona' } });
    fireEvent.change(within(form).getByLabelText('Kilogramos'), { target: { value: '120' } });
    fireEvent.change(within(form).getByLabelText('Lugar'), { target: { value: 'Bodega 4' } });
    fireEvent.change(within(form).getByLabelText('Latitud'), { target: { value: '19.05' } });
    fireEvent.change(within(form).getByLabelText('Longitud'), { target: { value: '-104.31' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar el resultado' }));
    const table = await screen.findByTestId('operation-outcomes');
    expect(api.calls.find((c) => c.path === `/api/operations/${OP_ID}/outcomes`)?.body).toEqual({
      kind: 'seizure',
      substance: 'Fenilacetona',
      quantityKg: 120,
      place: 'Bodega 4',
      lat: 19.05,
      lon: -104.31,
    });
    expect(table.textContent).toContain('120 kg de Fenilacetona');
    expect(table.textContent).toContain('1 resultado de pista');
    expect(within(table).getByRole('link', { name: 'Abrir el incidente' }).getAttribute('href')).toBe(
      `#/incidents/${seizure.incidentId}`,
    );
  });

  it('records arrests of record without a place; a partner advisor records nothing', async () => {
    window.location.hash = `#/operations/${OP_ID}`;
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/operations/:id': () => ({ body: operation }),
      'POST /api/operations/:id/outcomes': () => ({ status: 201, body: seizure }),
    });
    renderWithProviders(<App />);
    const form = await screen.findByRole('form', { name: 'Registrar un resultado' });
    fireEvent.change(within(form).getByLabelText('Resultado'), { target: { value: 'arrest' } });
    expect(within(form).queryByLabelText('Latitud')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Detenciones'), { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar el resultado' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === `/api/operations/${OP_ID}/outcomes`)?.body).toEqual({
        kind: 'arrest',
        arrests: 3,
      }),
    );
    cleanup();
    vi.unstubAllGlobals();
    fakeApi({
      'GET /api/me': () => ({ body: partnerAdvisor }),
      'GET /api/operations/:id': () => ({ body: { ...operation, outcomes: [seizure] } }),
    });
    renderWithProviders(<App />);
    await screen.findByTestId('operation-outcomes');
    expect(screen.queryByRole('form', { name: 'Registrar un resultado' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Record an outcome' })).toBeNull();
  });

  it('a site searched with nothing found may name the entity whose risk it lowers', async () => {
    window.location.hash = `#/operations/${OP_ID}`;
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/operations/:id': () => ({ body: operation }),
      'POST /api/operations/:id/outcomes': () => ({ status: 201, body: seizure }),
    });
    renderWithProviders(<App />);
    const form = await screen.findByRole('form', { name: 'Registrar un resultado' });
    fireEvent.change(within(form).getByLabelText('Resultado'), { target: { value: 'site_not_found' } });
    expect(within(form).queryByLabelText('Sustancia')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Latitud'), { target: { value: '24.8' } });
    fireEvent.change(within(form).getByLabelText('Longitud'), { target: { value: '-107.39' } });
    fireEvent.change(within(form).getByLabelText('Entidad que nombra (identificador, opcional)'), {
      target: { value: '00000000-0000-4000-8000-0000000000f1' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar el resultado' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === `/api/operations/${OP_ID}/outcomes`)?.body).toEqual({
        kind: 'site_not_found',
        lat: 24.8,
        lon: -107.39,
        entityId: '00000000-0000-4000-8000-0000000000f1',
      }),
    );
  });

  it('after escalating a finding, the queue leads to the case the server names', async () => {
    window.location.hash = '#/findings?status=open';
    let escalated = false;
    fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/findings': () => ({
        body: { items: escalated ? [] : [findingFixture(1)], total: escalated ? 0 : 1 },
      }),
      'GET /api/findings/:id': () => ({ body: { ...findingFixture(1), actions: [] } }),
      'GET /api/cases': () => ({ body: listOf([]) }),
      'POST /api/findings/:id/escalate': () => {
        escalated = true;
        return { body: { ...findingFixture(1, { status: 'escalated' }), caseId: CASE_ID } };
      },
    });
    renderWithProviders(<App />);
    const row = await screen.findByRole('row', { name: /MEDU/ });
    fireEvent.click(row);
    fireEvent.click(await screen.findByRole('button', { name: 'Escalar' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Escalar al caso' }));
    const notice = await screen.findByTestId('escalated-into');
    expect(within(notice).getByRole('link', { name: 'Abrir el caso' }).getAttribute('href')).toBe(
      `#/cases/${CASE_ID}`,
    );
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { MarkingBadge } from './MarkingBadge.tsx';
import { MarkingControl } from './MarkingEditor.tsx';
import type { Marking } from '../api/types.ts';

function SignedIn({ marking, table = 'alerts' }: { marking: Marking; table?: string }) {
  const { state } = useSession();
  return state.status === 'authenticated' ? (
    <MarkingControl table={table} id="a-1" marking={marking} />
  ) : null;
}

const AGENCIES = (after: (agency: string) => boolean) =>
  [
    ['MX-ANAM', 'MEX', true],
    ['MX-CNI', 'MEX', true],
    ['US-DEA', 'USA', false],
  ].map(([agency, nation, before]) => ({ agency, nation, before, after: after(agency as string) }));

const previewOf = (overrides: Record<string, unknown>) => ({
  before: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
  after: { ownerAgency: 'MX-ANAM', tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
  derived: false,
  widening: true,
  refusal: null,
  justificationRequired: false,
  agencies: AGENCIES(() => true),
  ...overrides,
});
const HOST_ONLY: Marking = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };

describe('markings', () => {
  beforeEach(async () => {
    await applyLocale('en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('labels every TLP level with its FIRST colour class and says who may see it', () => {
    fakeApi({});
    renderWithProviders(
      <>
        <MarkingBadge marking={{ ownerAgency: 'MX-CNI', tlp: 'red', releasableTo: [], recipients: [] }} />
        <MarkingBadge
          marking={{
            ownerAgency: 'MX-ANAM',
            tlp: 'amber+strict',
            releasableTo: ['MEX', 'USA'],
            recipients: [],
          }}
        />
      </>,
    );
    expect(screen.getByText('TLP:RED').className).toContain('tlp-red');
    expect(screen.getByText('TLP:AMBER+STRICT').className).toContain('tlp-amber-strict');
    expect(screen.getByLabelText('TLP:RED, not released beyond MX-CNI, owner MX-CNI')).toBeTruthy();
    expect(screen.getByLabelText(/releasable to MEX, USA/)).toBeTruthy();
  });

  it('shows the owner who would read an item before releasing it to the partner', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'POST /api/markings/:t/:id/preview': () => ({ body: previewOf({}) }),
      'PUT /api/markings/:t/:id': () => ({ body: {} }),
    });
    renderWithProviders(<SignedIn marking={HOST_ONLY} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change marking' }));
    fireEvent.change(screen.getByLabelText('TLP'), { target: { value: 'green' } });
    fireEvent.click(screen.getByLabelText('USA'));
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Preview who would read it' }));
    const preview = await screen.findByRole('region', { name: 'Who reads it now and after the change' });
    const partnerRow = within(preview).getByRole('row', { name: /US-DEA/ });
    expect(partnerRow.className).toBe('changes');
    expect(
      within(partnerRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['USA', 'does not', 'reads it']);
    expect(api.calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/markings/alerts/a-1/preview',
      body: { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
    });
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('TLP:GREEN')).toBeTruthy());
    expect(api.calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/markings/alerts/a-1',
      body: { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
    });
  });

  it('explains why a finding cannot be released wider than its inputs, and saves nothing', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'POST /api/markings/:t/:id/preview': () => ({
        body: previewOf({ derived: true, refusal: 'DERIVED_MARKING_WIDENING', justificationRequired: true }),
      }),
    });
    renderWithProviders(<SignedIn table="findings" marking={HOST_ONLY} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change marking' }));
    fireEvent.click(screen.getByLabelText('USA'));
    fireEvent.click(screen.getByRole('button', { name: 'Preview who would read it' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /cannot be released wider than the records/,
    );
    expect(screen.getByText(/Derived record/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true);
    expect(screen.queryByLabelText(/Justification/)).toBeNull();
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('asks for a justification to narrow a finding, and sends it', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'POST /api/markings/:t/:id/preview': () => ({
        body: previewOf({
          after: { ...HOST_ONLY, tlp: 'amber+strict' },
          derived: true,
          widening: false,
          justificationRequired: true,
          agencies: AGENCIES((agency) => agency === 'MX-ANAM'),
        }),
      }),
      'PUT /api/markings/:t/:id': () => ({ body: {} }),
    });
    renderWithProviders(<SignedIn table="findings" marking={HOST_ONLY} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change marking' }));
    fireEvent.change(screen.getByLabelText('TLP'), { target: { value: 'amber+strict' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview who would read it' }));
    const save = await screen.findByRole<HTMLButtonElement>('button', { name: 'Save' });
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Justification (kept in the audit trail)'), {
      target: { value: 'operación en curso' },
    });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByText('TLP:AMBER+STRICT')).toBeTruthy());
    expect(api.calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/markings/findings/a-1',
      body: {
        tlp: 'amber+strict',
        releasableTo: ['MEX'],
        recipients: [],
        justification: 'operación en curso',
      },
    });
  });

  it('says in Spanish why the server refused a release (403)', async () => {
    await applyLocale('es');
    fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'es' } }),
      'POST /api/markings/:t/:id/preview': () => ({
        body: previewOf({ derived: true, justificationRequired: true }),
      }),
      'PUT /api/markings/:t/:id': () => ({
        status: 403,
        body: {
          error: {
            code: 'DERIVED_MARKING_WIDENING',
            message: { en: 'A derived record is never wider than its inputs', es: 'Un registro derivado…' },
          },
        },
      }),
    });
    renderWithProviders(<SignedIn table="findings" marking={HOST_ONLY} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Cambiar marcado' }));
    fireEvent.click(screen.getByLabelText('USA'));
    fireEvent.click(screen.getByRole('button', { name: 'Ver quién lo leería' }));
    fireEvent.change(await screen.findByLabelText(/Justificación/), {
      target: { value: 'compartir con DEA' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /no puede liberarse más allá de los registros de los que se derivó/,
    );
  });

  it('does not offer a change to another agency', async () => {
    fakeApi({ 'GET /api/me': () => ({ body: hostAnalyst }) });
    renderWithProviders(
      <SignedIn marking={{ ownerAgency: 'MX-CNI', tlp: 'amber', releasableTo: ['MEX'], recipients: [] }} />,
    );
    await screen.findByText('TLP:AMBER');
    expect(screen.queryByRole('button', { name: /marking|marcado/ })).toBeNull();
  });
});

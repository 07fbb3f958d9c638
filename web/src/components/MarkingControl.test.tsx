// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { MarkingBadge } from './MarkingBadge.tsx';
import { MarkingControl } from './MarkingEditor.tsx';
import type { Marking } from '../api/contract.ts';

function SignedIn({ marking }: { marking: Marking }) {
  const { state } = useSession();
  return state.status === 'authenticated' ? (
    <MarkingControl table="alerts" id="a-1" marking={marking} />
  ) : null;
}

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

  it('lets the owner agency release an item to the partner', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }),
      'PUT /api/markings/:t/:id': () => ({ body: {} }),
    });
    renderWithProviders(
      <SignedIn marking={{ ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] }} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Change marking' }));
    fireEvent.change(screen.getByLabelText('TLP'), { target: { value: 'green' } });
    fireEvent.click(screen.getByLabelText('USA'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('TLP:GREEN')).toBeTruthy());
    expect(api.calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/markings/alerts/a-1',
      body: { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
    });
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

// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';

const summary = (n: number) => ({
  billOfLading: `MSCU73000${n}`,
  eventCount: 4,
  lastEventTime: '2026-10-02T06:00:00Z',
  state: 'received',
  findingKinds: n === 1 ? ['quantity_loss'] : [],
  portLocode: 'MXLZC',
});

describe('consignment list', () => {
  beforeEach(async () => {
    window.location.hash = '#/consignments';
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('filters by port, state and findings through the URL, and pages older', async () => {
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/consignments': (c) => ({
        body: {
          items: Array.from({ length: Number(c.query.get('offset')) > 0 ? 3 : 50 }, (_, i) => summary(i + 1)),
        },
      }),
    });
    renderWithProviders(<App />);
    expect(await screen.findByText('MSCU730001')).toBeTruthy();
    expect(screen.getByText('Pérdida de cantidad')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Puerto'), { target: { value: 'MXLZC' } });
    await waitFor(() => expect(api.calls.at(-1)?.query.get('port')).toBe('MXLZC'));
    fireEvent.change(screen.getByLabelText('Situación'), { target: { value: 'lost' } });
    await waitFor(() => expect(api.calls.at(-1)?.query.get('state')).toBe('lost'));
    fireEvent.click(screen.getByLabelText('Con hallazgos'));
    await waitFor(() => expect(api.calls.at(-1)?.query.get('withFindings')).toBe('true'));
    expect(window.location.hash).toBe('#/consignments?port=MXLZC&state=lost&withFindings=true');
    fireEvent.click(await screen.findByRole('button', { name: /›/ }));
    await waitFor(() => expect(api.calls.at(-1)?.query.get('offset')).toBe('50'));
    expect(api.calls.at(-1)?.query.get('port')).toBe('MXLZC'); // paging keeps the filters
  });

  it('exports the filtered list as CSV, every page of it, in Spanish', async () => {
    window.location.hash = '#/consignments?port=MXLZC';
    const api = fakeApi({
      'GET /api/me': () => ({ body: hostAnalyst }),
      'GET /api/consignments': (c) => ({
        body: { items: Number(c.query.get('offset')) > 0 ? [] : [summary(1), summary(2)] },
      }),
    });
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (saved.push(b), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Exportar CSV' }));
    expect(await screen.findByText('2 filas exportadas')).toBeTruthy();
    const exported = api.calls.filter((c) => c.query.get('limit') === '1000');
    expect(exported.every((c) => c.query.get('port') === 'MXLZC')).toBe(true);
    const text = await saved[0]!.text();
    expect(text.split('\r\n')[0]).toBe(
      'Conocimiento de embarque,Situación,Eventos,Último evento,Puerto,Hallazgos',
    );
    expect(text).toContain('MSCU730001,Recibido,4,2026-10-02T06:00:00Z,MXLZC,Pérdida de cantidad');
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { SearchBox } from './SearchBox.tsx';

const hits = [
  {
    kind: 'bill_of_lading',
    id: 'MEDU0001',
    label: 'MEDU0001',
    context: 'MXZLO · Química del Golfo',
    score: 3,
    open: { view: 'consignment', billOfLading: 'MEDU0001' },
  },
  {
    kind: 'entity',
    id: 'e-1',
    label: 'Química del Golfo, S.A. de C.V.',
    context: 'QGO850101AB1',
    score: 2.5,
    open: { view: 'entity', entityId: 'e-1' },
  },
  {
    kind: 'place',
    id: 'p-1',
    label: 'Terminal Química',
    context: 'T-1 · terminal',
    score: 0.7,
    open: { view: 'map' },
  },
];

describe('the header search box', () => {
  beforeEach(async () => {
    window.location.hash = '#/alerts';
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is focused by /, lists what the server found with Spanish kinds, and opens the one chosen with the arrows', async () => {
    const api = fakeApi({ 'GET /api/search': () => ({ body: { items: hits } }) });
    renderWithProviders(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Buscar' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);

    fireEvent.change(box, { target: { value: 'quimica' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Conocimiento de embarqueMEDU0001MXZLO · Química del Golfo',
      'EntidadQuímica del Golfo, S.A. de C.V.QGO850101AB1',
      'LugarTerminal QuímicaT-1 · terminal',
    ]);
    expect(api.calls.at(-1)?.query.get('q')).toBe('quimica');

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(window.location.hash).toBe('#/entities/e-1');
  });

  it('opens the first result on Enter, going up wraps to the last, and a kind without a page opens its list', async () => {
    fakeApi({ 'GET /api/search': () => ({ body: { items: hits } }) });
    renderWithProviders(<SearchBox />);
    const box = screen.getByRole('combobox');
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'MEDU' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(window.location.hash).toBe('#/consignments/MEDU0001');

    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(window.location.hash).toBe('#/map');
  });

  it('says when nothing is found, in English too, and leaves a / typed in another field alone', async () => {
    await applyLocale('en');
    fakeApi({ 'GET /api/search': () => ({ body: { items: [] } }) });
    renderWithProviders(
      <>
        <input aria-label="other" />
        <SearchBox />
      </>,
    );
    const other = screen.getByLabelText('other');
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);

    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(await screen.findByText('Nothing found for “zzz”')).toBeTruthy();
  });

  it('shows the server’s refusal in the user’s language', async () => {
    fakeApi({
      'GET /api/search': () => ({
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: { en: 'The input is not valid', es: 'La entrada no es válida' },
          },
        },
      }),
    });
    renderWithProviders(<SearchBox />);
    const box = screen.getByRole('combobox');
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'x' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('La entrada no es válida'));
  });
});

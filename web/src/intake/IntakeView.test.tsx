// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { fakeApi, hostAnalyst } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { App } from '../shell/App.tsx';
import type { RegistryImport } from '../api/intake-endpoints.ts';

configure({ asyncUtilTimeout: 10_000 });

const regulator = {
  ...hostAnalyst,
  username: 'reguladora',
  displayName: 'Rosa Medina',
  agency: { code: 'MX-COFEPRIS', nation: 'MEX', nameEn: 'Health regulator', nameEs: 'COFEPRIS' },
  roles: ['regulator'],
};

/** An XMLHttpRequest that reports half, then all of the upload, then answers with `answer`. */
function fakeXhr(answer: { status: number; body: unknown }) {
  const sent: { url: string; body: FormData | null }[] = [];
  class FakeXhr {
    upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: (() => void) | null } = {
      onprogress: null,
      onload: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    responseType = '';
    withCredentials = false;
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? 'application/json' : null;
    }
    send(body: FormData) {
      sent.push({ url: this.url, body });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 } as ProgressEvent);
        setTimeout(() => {
          this.upload.onload?.();
          this.status = answer.status;
          this.responseText = JSON.stringify(answer.body);
          this.onload?.();
        }, 20);
      }, 20);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

const permitsSummary: RegistryImport = {
  rows: 3,
  imported: 1,
  rejected: 2,
  errors: [
    {
      line: 3,
      errors: [
        {
          field: 'substance_cas',
          code: 'CAS_FORMAT',
          params: {},
          message: 'expected a CAS number NNNNNNN-NN-N',
        },
      ],
    },
    {
      line: 4,
      errors: [
        {
          field: 'holder_name',
          code: 'TOO_LONG',
          params: { max: 500, length: 1234 },
          message: 'longer than 500 characters (1234)',
        },
      ],
    },
  ],
  analysis: { consignments: 4, findings: 2 },
};

describe('intake', () => {
  beforeEach(async () => {
    localStorage.clear();
    window.location.hash = '#/intake';
    await applyLocale('es');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('uploads with the markings chosen, shows progress, counts and the row errors in Spanish, and downloads them', async () => {
    fakeApi({ 'GET /api/me': () => ({ body: regulator }) });
    const sent = fakeXhr({ status: 200, body: permitsSummary });
    const created: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (created.push(b), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Recepción', level: 1 })).toBeTruthy();
    const kind = screen.getByLabelText('Qué contiene el archivo');
    // A regulator imports permits and locations, not declarations (analysts') — the menu offers what the server allows.
    expect(within(kind).queryByText('Pedimentos aduanales (CSV)')).toBeNull();
    fireEvent.change(kind, { target: { value: 'permits' } });
    fireEvent.change(screen.getByLabelText('TLP'), { target: { value: 'green' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'USA' }));
    const file = new File(['permit_id\n'], 'permisos.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Archivo'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Subir e importar' }));
    expect(await screen.findByRole('progressbar', { name: 'Avance de la subida' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Resultado de permisos.csv' })).toBeTruthy();
    const uploaded = new URL(sent[0]!.url);
    expect(uploaded.pathname + uploaded.search).toBe('/api/permits/import?tlp=green&releasableTo=MEX%2CUSA');
    expect(screen.getByTestId('count-imported').textContent).toBe('1');
    expect(screen.getByTestId('count-rejected').textContent).toBe('2');
    expect(screen.getByTestId('analysis').textContent).toContain('4 embarques analizados, 2 hallazgos');
    const table = screen.getByRole('table', { name: 'Filas con errores' });
    expect(within(table).getByText('se esperaba un número CAS NNNNNNN-NN-N')).toBeTruthy();
    expect(within(table).getByText('más de 500 caracteres (1,234)')).toBeTruthy();
    expect(within(table).queryByText(/expected|longer/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Descargar el informe de errores (CSV)' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await created[0]!.text()).toContain(
      'Línea,Campo,Problema\r\n3,substance_cas,se esperaba un número CAS NNNNNNN-NN-N',
    );
  });

  it('shows a refused upload in the user’s language', async () => {
    await applyLocale('en');
    fakeApi({ 'GET /api/me': () => ({ body: { ...hostAnalyst, locale: 'en' } }) });
    fakeXhr({
      status: 400,
      body: {
        error: {
          code: 'DECLARATIONS_HEADER',
          message: { en: 'The declarations CSV header lacks required columns', es: 'El encabezado…' },
        },
      },
    });
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Intake', level: 1 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('File'), {
      target: { files: [new File(['x'], 'd.csv', { type: 'text/csv' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The declarations CSV header lacks required columns',
    );
  });
});

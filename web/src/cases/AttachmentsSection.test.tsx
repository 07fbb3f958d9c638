// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/index.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { AttachmentsSection } from './AttachmentsSection.tsx';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const marking = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
const attachment = (id: string, filename: string) => ({
  id,
  caseId: CASE_ID,
  filename,
  contentType: 'application/pdf',
  sizeBytes: 2_621_440,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  uploadedBy: 'u-1',
  uploadedByName: 'Lucía Ramírez',
  uploadedAt: '2026-11-22T10:00:00Z',
  marking,
});

/** The list answers what was uploaded so far; an upload is recorded with its form's file. */
function fakeAttachments() {
  const stored = [attachment('a-1', 'acta.pdf')];
  const uploads: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (input.method === 'GET')
        return json(200, { items: stored, total: stored.length, limit: 200, offset: 0 });
      // jsdom's FormData names a File part "blob" on the way through a Request: the part and its framing are checked
      uploads.push(
        `${input.headers.get('content-type')?.split(';')[0]} ${(await input.formData()).has('file')}`,
      );
      stored.unshift(attachment('a-2', 'informe.txt'));
      return json(201, stored[0]);
    }),
  );
  return uploads;
}

beforeEach(async () => {
  await applyLocale('es');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('lists the attachments, each a download, and uploads a file as the multipart field "file"', async () => {
  const uploads = fakeAttachments();
  renderWithProviders(<AttachmentsSection caseId={CASE_ID} mayAttach />);
  const table = await screen.findByTestId('case-attachments');
  const link = within(table).getByRole('link', { name: 'Descargar acta.pdf' });
  expect(link.getAttribute('href')).toBe('/api/attachments/a-1');
  expect(table.textContent).toContain('2,5 MiB');
  expect(table.textContent).toContain('PDF');

  const file = new File(['hola\n'], 'informe.txt', { type: 'text/plain' });
  fireEvent.change(screen.getByLabelText('Archivo por adjuntar'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Adjuntar el archivo' }));
  await waitFor(() =>
    expect(within(screen.getByTestId('case-attachments')).getByText('informe.txt')).toBeTruthy(),
  );
  expect(uploads).toEqual(['multipart/form-data true']);
});

it('refuses a file over the limit before sending it, in the reader’s language', async () => {
  await applyLocale('en');
  const uploads = fakeAttachments();
  renderWithProviders(<AttachmentsSection caseId={CASE_ID} mayAttach />);
  await screen.findByTestId('case-attachments');
  const big = new File(['x'], 'big.pdf', { type: 'application/pdf' });
  Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
  fireEvent.change(screen.getByLabelText('File to attach'), { target: { files: [big] } });
  fireEvent.click(screen.getByRole('button', { name: 'Attach the file' }));
  expect((await screen.findByRole('alert')).textContent).toBe('The file is larger than 10 MiB.');
  expect(uploads).toEqual([]);
});

it('offers no upload to a reader who may not attach', async () => {
  fakeAttachments();
  renderWithProviders(<AttachmentsSection caseId={CASE_ID} mayAttach={false} />);
  await screen.findByTestId('case-attachments');
  expect(screen.queryByRole('button', { name: 'Adjuntar el archivo' })).toBeNull();
});

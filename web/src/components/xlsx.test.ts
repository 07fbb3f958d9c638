import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx.ts';

/** The workbook's parts as text, by path inside the zip. */
async function partsOf(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

describe('XLSX export', () => {
  it('writes a sheet whose text stays text (never a formula) and whose numbers stay numbers', async () => {
    const blob = await toXlsx(
      ['Empresa', 'Kilogramos', 'Nota'],
      [
        ['=HYPERLINK("http://x","Química")', 1250.5, null],
        ['Química del Pacífico, S.A. de C.V.', 3, '+52 55 1234'],
      ],
      'alertas:2026/12?',
    );
    const parts = await partsOf(blob);
    const sheet = parts['xl/worksheets/sheet1.xml']!;
    const workbook = parts['xl/workbook.xml']!;
    const shared = parts['xl/sharedStrings.xml'] ?? '';
    expect(workbook).toContain('name="alertas 2026 12 "');
    expect(sheet).not.toContain('<f>');
    expect(`${sheet}${shared}`).toContain('<t>=HYPERLINK("http://x","Química")</t>');
    expect(`${sheet}${shared}`).toContain('Química del Pacífico, S.A. de C.V.');
    expect(sheet).toContain('<v>1250.5</v>');
    expect(sheet).toMatch(/<pane[^>]*ySplit="1"/);
  });
});

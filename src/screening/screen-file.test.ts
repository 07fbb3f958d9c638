import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';
import { loadControlList } from './control-list.ts';
import { Screener } from './screen-line.ts';
import { isScreenedError, screenDeclarations, type ScreenOutput } from './screen-file.ts';
import { csvHeader, formatOutput } from './format.ts';

let screener: Screener;
beforeAll(async () => {
  screener = await Screener.create(loadControlList());
});

async function screenAll(csv: string): Promise<ScreenOutput[]> {
  const out: ScreenOutput[] = [];
  for await (const o of screenDeclarations([csv], screener)) out.push(o);
  return out;
}

describe('screening a file without a database', () => {
  it('gives one result per input row, in order, errors included with their line', async () => {
    const outputs = await screenAll(
      declarationsCsv([
        {},
        { quantity_kg: '0' },
        { smiles: 'not a smiles' },
        { goods_description: 'Zapatos', cas_number: '', hs_code: '6403.99' },
      ]),
    );
    expect(outputs.map((o) => (isScreenedError(o) ? `error@${o.line}` : o.verdict))).toEqual([
      'controlled',
      'error@3',
      'error@4',
      'clear',
    ]);
    const first = outputs[0];
    expect(first && !isScreenedError(first) && first).toMatchObject({
      declaration_id: '26160012000001',
      line_no: 1,
    });
  });

  it('writes JSONL objects and CSV rows that read back', async () => {
    const outputs = await screenAll(declarationsCsv([{}, { quantity_kg: '-1' }]));
    const jsonl = outputs.map((o) => formatOutput(o, 'jsonl'));
    expect(JSON.parse(jsonl[0] as string)).toMatchObject({ verdict: 'controlled', substance: { id: 'npp' } });
    expect(JSON.parse(jsonl[1] as string)).toMatchObject({
      line: 3,
      error: expect.stringContaining('quantity_kg'),
    });
    const csv = parse<Record<string, string>>(
      csvHeader() + outputs.map((o) => formatOutput(o, 'csv')).join(''),
      {
        columns: true,
      },
    );
    expect(csv.map((r) => [r.verdict, r.substance_id])).toEqual([
      ['controlled', 'npp'],
      ['error', ''],
    ]);
    expect(csv[0]?.reasons_es).toContain('N-fenetil-4-piperidona');
  });
});

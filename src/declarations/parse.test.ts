import { describe, expect, it } from 'vitest';
import { parseDeclarations, DeclarationsHeaderError, type ParsedRow } from './parse.ts';
import { declarationsCsv, VALID_LINE } from './testing/csv-fixture.ts';
import { DECLARATION_COLUMNS } from './row.ts';

async function parseAll(...chunks: (string | Buffer)[]): Promise<ParsedRow[]> {
  const out: ParsedRow[] = [];
  for await (const row of parseDeclarations(chunks)) out.push(row);
  return out;
}

/** A valid line with no quoted cell, so that a quote added to it is the only one. */
function unquotedLine(): string {
  const plain = {
    importer_name: 'Quimica SA',
    importer_address: 'Av 1 Manzanillo',
    consignee_address: 'Calle 2',
  };
  const line = declarationsCsv([{ ...plain, destination: 'Culiacan' }]).split('\n')[1] as string;
  expect(line).not.toContain('"');
  return line;
}

const errorsOf = (rows: ParsedRow[]) => rows.flatMap((r) => (r.kind === 'error' ? [r.error] : []));

describe('declarations CSV', () => {
  it('reads valid rows, keeps unknown columns, turns empty optional cells into null', async () => {
    const rows = await parseAll(declarationsCsv([{}, { smiles: 'CCO', permit_id: 'COF-1' }], ['incoterm']));
    expect(rows).toHaveLength(2);
    const first = rows[0];
    expect(first?.kind).toBe('row');
    if (first?.kind !== 'row') return;
    expect(first.line).toBe(2);
    expect(first.row).toMatchObject({
      line_no: 1,
      quantity_kg: 500,
      cas_number: '39742-60-4',
      smiles: null,
      permit_id: null,
    });
    expect(first.row.extra).toEqual({ incoterm: '' });
  });

  it('reports each bad row with its line and fields, and still reads the good ones', async () => {
    const csv = declarationsCsv([
      {},
      { quantity_kg: '-5' },
      { quantity_kg: '1e12' },
      { quantity_kg: '999999999999' },
      { declared_at: 'yesterday', port_locode: 'Manzanillo' },
      { hs_code: '29' },
      {},
    ]);
    const rows = await parseAll(csv);
    expect(rows.map((r) => r.kind)).toEqual(['row', 'error', 'error', 'error', 'error', 'error', 'row']);
    const errors = errorsOf(rows);
    expect(errors[0]).toMatchObject({
      line: 3,
      line_no: 2,
      errors: [{ field: 'quantity_kg', message: 'must be greater than zero' }],
    });
    expect(errors[2]?.errors[0]).toMatchObject({ code: 'ABSURD', params: { max: 100_000_000 } });
    expect(errors[2]?.errors[0]?.message).toMatch(/absurd/);
    // Every problem has a code from the catalogue, for the web app to say it in the user's language.
    expect(errors[3]?.errors.map((e) => [e.field, e.code])).toEqual([
      ['declared_at', 'INSTANT'],
      ['port_locode', 'LOCODE'],
    ]);
    expect(errors[4]?.errors[0]?.code).toBe('HS_CODE');
  });

  it('isolates bad quoting, wrong column counts and invalid UTF-8 to their own rows', async () => {
    const header = DECLARATION_COLUMNS.join(',');
    const good = declarationsCsv([{}]).split('\n')[1] as string;
    const badQuote = good.replace('N-fenetil-4-piperidona', '"N-fe"x"netil-4-piperidona"');
    const fewer = '26160012000001,3,2026-06-01,MXZLO';
    const text = [header, good, badQuote, fewer, good].join('\n') + '\n';
    const cut = good.indexOf('Culiac');
    const [before, after] = [good.slice(0, cut), good.slice(cut)];
    const invalidUtf8 = Buffer.concat([
      Buffer.from(text + before),
      Buffer.from([0xff]),
      Buffer.from(after + '\n'),
    ]);
    const rows = await parseAll(invalidUtf8);
    expect(rows.map((r) => r.kind)).toEqual(['row', 'error', 'error', 'row', 'error']);
    const [quote, columns, utf8] = errorsOf(rows);
    expect(quote?.errors[0]?.message).toMatch(/bad quoting/);
    expect(columns?.errors[0]?.message).toMatch(/expected 24 fields/);
    expect(utf8).toMatchObject({ line: 6 });
    expect(utf8?.errors[0]?.message).toMatch(/UTF-8/);
  });

  it('reads the same rows whatever the chunking, CRLF and BOM included', async () => {
    const text =
      '\uFEFF' + declarationsCsv([{ goods_description: 'línea\r\ncon salto' }, {}]).replaceAll('\n', '\r\n');
    const bytes = Buffer.from(text);
    const whole = await parseAll(bytes);
    const byteByByte = await parseAll(...[...bytes].map((b) => Buffer.from([b])));
    expect(byteByByte).toEqual(whole);
    expect(whole.every((r) => r.kind === 'row')).toBe(true);
  });

  it('refuses a file whose header lacks contract columns', async () => {
    await expect(parseAll('declaration_id,line_no\n1,1\n')).rejects.toBeInstanceOf(DeclarationsHeaderError);
    expect(VALID_LINE.declaration_id).toHaveLength(14);
  });

  it('reports a quote that never closes and every line after it, one error per line', async () => {
    const good = unquotedLine();
    const unclosed = good.replace(',160,', ',"160,');
    expect(unclosed).not.toBe(good);
    const text = [DECLARATION_COLUMNS.join(','), good, unclosed, good, good].join('\n') + '\n';
    const rows = await parseAll(text);
    expect(rows.map((r) => (r.kind === 'row' ? r.line : [r.error.line, r.error.errors[0]?.message]))).toEqual(
      [
        2,
        [3, 'bad quoting: the quote opened at line 3 never closes'],
        [4, 'not read: part of the damaged record of line 3'],
        [5, 'not read: part of the damaged record of line 3'],
      ],
    );
  });

  it('refuses a quote that closes a line later in a name, reporting both lines', async () => {
    const good = unquotedLine();
    const opens = good.replace(',160,', ',"160,');
    const closes = good.replace(',Agencia Aduanal Pérez,', ',Agencia Aduanal Pérez",');
    expect(closes).not.toBe(good);
    expect([opens, closes]).not.toContain(good);
    const text = [DECLARATION_COLUMNS.join(','), opens, closes, good].join('\n') + '\n';
    const rows = await parseAll(text);
    expect(rows.map((r) => (r.kind === 'row' ? r.line : [r.error.line, r.error.errors[0]?.field]))).toEqual([
      [2, expect.any(String)],
      [3, '(row)'],
      4,
    ]);
  });
});

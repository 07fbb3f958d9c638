import { describe, expect, it } from 'vitest';
import { PERMIT_COLUMNS } from './file-formats.ts';
import { parseCsvRows } from '../csv/rows.ts';
import { LocationRow, PermitRow } from './model.ts';

describe('parseCsvRows', () => {
  it('parses permits and names the line and field of each bad one', async () => {
    const csv = [
      PERMIT_COLUMNS.join(','),
      'COF-1,qin010101ab1,"Química Industrial, S.A. de C.V.",79-03-8,50000,2024-01-01,2024-12-31,urn:epc:id:sgln:7501234.00001.0',
      'COF-2,QIN010101AB1,Química,79-03-8,-5,2024-01-01,2024-12-31,',
      'COF-3,QIN010101AB1,Química,not-a-cas,100,2024-13,2024-12-31,',
    ].join('\n');
    const parsed = await parseCsvRows(csv, PermitRow, PERMIT_COLUMNS);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        value: {
          permit_id: 'COF-1',
          holder_rfc: 'QIN010101AB1',
          holder_name: 'Química Industrial, S.A. de C.V.',
          substance_cas: '79-03-8',
          max_kg_per_year: 50000,
          valid_from: '2024-01-01',
          valid_to: '2024-12-31',
          site_id: 'urn:epc:id:sgln:7501234.00001.0',
        },
      },
    ]);
    expect(parsed.errors).toEqual([
      {
        line: 3,
        errors: [
          { field: 'max_kg_per_year', code: 'POSITIVE', params: {}, message: 'must be greater than zero' },
        ],
      },
      {
        line: 4,
        errors: [
          { field: 'substance_cas', code: 'CAS_FORMAT', params: {}, message: expect.any(String) },
          { field: 'valid_from', code: 'DATE', params: {}, message: 'expected YYYY-MM-DD' },
        ],
      },
    ]);
  });

  it('rejects a file whose header lacks a column, and keeps empty operator as null', async () => {
    const missing = await parseCsvRows('location_id,name\nA,B', LocationRow, [
      'location_id',
      'name',
      'kind',
      'lat',
      'lon',
    ]);
    expect(missing.errors[0]?.errors).toHaveLength(3);
    const ok = await parseCsvRows(
      'location_id,name,kind,lat,lon,operator_rfc\ngeo-1,Patio,Checkpoint,19.1,-104.2,',
      LocationRow,
      ['location_id', 'name', 'kind', 'lat', 'lon'],
    );
    expect(ok.rows[0]?.value).toMatchObject({ kind: 'checkpoint', operator_rfc: null, lat: 19.1 });
  });

  it('reports a quote that never closes, and every line it swallowed, and stores nothing from them', async () => {
    const csv = [
      PERMIT_COLUMNS.join(','),
      'COF-1,QIN010101AB1,Química,79-03-8,100,2024-01-01,2024-12-31,',
      'COF-2,QIN010101AB1,"Química,79-03-8,100,2024-01-01,2024-12-31,',
      'COF-3,QIN010101AB1,Química,79-03-8,100,2024-01-01,2024-12-31,',
      'COF-4,QIN010101AB1,Química,79-03-8,100,2024-01-01,2024-12-31,',
    ].join('\n');
    const parsed = await parseCsvRows(csv, PermitRow, PERMIT_COLUMNS);
    expect(parsed.rows.map((r) => r.value.permit_id)).toEqual(['COF-1']);
    expect(parsed.errors.map((e) => [e.line, e.errors[0]?.message])).toEqual([
      [3, 'bad quoting: the quote opened at line 3 never closes'],
      [4, 'not read: part of the damaged record of line 3'],
      [5, 'not read: part of the damaged record of line 3'],
    ]);
  });

  it('reports each line a quote closed lines later swallowed, and reads on after it', async () => {
    const csv = [
      PERMIT_COLUMNS.join(','),
      'COF-1,QIN010101AB1,"Quími"ca,79-03-8,100,2024-01-01,2024-12-31,',
      'COF-2,QIN010101AB1,"Química,79-03-8,100,2024-01-01,2024-12-31,',
      'COF-3,QIN010101AB1,Química",79-03-8,100,2024-01-01,2024-12-31,',
      'COF-4,QIN010101AB1,Química\u0000,79-03-8,100,2024-01-01,2024-02-30,',
      'COF-5,QIN010101AB1,Química,79-03-8,100,2024-01-01,2024-12-31,',
    ].join('\n');
    const parsed = await parseCsvRows(csv, PermitRow, PERMIT_COLUMNS);
    expect(parsed.rows.map((r) => r.value.permit_id)).toEqual(['COF-5']);
    expect(parsed.errors.map((e) => [e.line, e.errors[0]?.field])).toEqual([
      [2, '(row)'],
      [3, 'holder_name'],
      [4, '(row)'],
      [5, 'holder_name'],
    ]);
    expect(parsed.errors[1]?.errors[0]?.message).toMatch(
      /runs from line 3 to line 4; a closing quote is missing/,
    );
    expect(parsed.errors[2]?.errors[0]?.message).toBe('not read: part of the damaged record of line 3');
  });
});

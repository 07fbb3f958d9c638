import { describe, expect, it } from 'vitest';
import { PERMIT_COLUMNS } from './file-formats.ts';
import { parseCsvRows } from './csv-rows.ts';
import { LocationRow, PermitRow } from './model.ts';

describe('parseCsvRows', () => {
  it('parses permits and names the row and field of each bad one', () => {
    const csv = [
      PERMIT_COLUMNS.join(','),
      'COF-1,qin010101ab1,"Química Industrial, S.A. de C.V.",79-03-8,50000,2024-01-01,2024-12-31,urn:epc:id:sgln:7501234.00001.0',
      'COF-2,QIN010101AB1,Química,79-03-8,-5,2024-01-01,2024-12-31,',
      'COF-3,QIN010101AB1,Química,not-a-cas,100,2024-13,2024-12-31,',
    ].join('\n');
    const parsed = parseCsvRows(csv, PermitRow, PERMIT_COLUMNS);
    expect(parsed.rows).toEqual([
      {
        row: 2,
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
      { row: 3, field: 'max_kg_per_year', message: expect.any(String) },
      { row: 4, field: 'substance_cas', message: expect.any(String) },
      { row: 4, field: 'valid_from', message: expect.any(String) },
    ]);
  });

  it('rejects a file whose header lacks a column, and keeps empty operator as null', () => {
    expect(
      parseCsvRows('location_id,name\nA,B', LocationRow, ['location_id', 'name', 'kind', 'lat', 'lon'])
        .errors,
    ).toHaveLength(3);
    const ok = parseCsvRows(
      'location_id,name,kind,lat,lon,operator_rfc\ngeo-1,Patio,Checkpoint,19.1,-104.2,',
      LocationRow,
      ['location_id', 'name', 'kind', 'lat', 'lon'],
    );
    expect(ok.rows[0]?.value).toMatchObject({ kind: 'checkpoint', operator_rfc: null, lat: 19.1 });
  });
});

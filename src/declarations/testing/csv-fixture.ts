/** Builds declarations CSV text for tests, from valid defaults and per-row overrides. */
import { stringify } from 'csv-stringify/sync';
import { DECLARATION_COLUMNS, type DeclarationColumn } from '../row.ts';

export const VALID_LINE: Record<DeclarationColumn, string> = {
  declaration_id: '26160012000001',
  line_no: '1',
  declared_at: '2026-06-01T10:00:00-06:00',
  port_locode: 'MXZLO',
  customs_office: '160',
  origin_country: 'CN',
  vessel_imo: '9321483',
  container_no: 'MSCU1234565',
  bill_of_lading: 'MEDU0001',
  importer_name: 'Química del Pacífico, S.A. de C.V.',
  importer_rfc: 'QPA010101AB1',
  importer_address: 'Av. Teniente Azueta 1, Manzanillo, Colima',
  consignee_name: 'Distribuidora Norte S.A.',
  consignee_rfc: 'DNO020202CD2',
  consignee_address: 'Calle 2, Culiacán, Sinaloa',
  broker_name: 'Agencia Aduanal Pérez',
  hs_code: '2933.37',
  goods_description: 'N-fenetil-4-piperidona',
  cas_number: '39742-60-4',
  smiles: '',
  quantity_kg: '500',
  declared_value_usd: '12000',
  permit_id: '',
  destination: 'Culiacán, Sinaloa',
};

export function declarationsCsv(
  rows: Partial<Record<DeclarationColumn | string, string>>[],
  extraColumns: string[] = [],
): string {
  const header = [...DECLARATION_COLUMNS, ...extraColumns];
  const body = rows.map((row, i) =>
    header.map(
      (column) =>
        row[column] ??
        (column === 'line_no' ? String(i + 1) : ((VALID_LINE as Record<string, string>)[column] ?? '')),
    ),
  );
  return stringify([header, ...body]);
}

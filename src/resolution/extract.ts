/**
 * Party records from source rows (pure): one per declaration line and role, one per permit holder,
 * one per location operator. Shared by the repository (rows from the database) and the evaluation
 * script (rows from a scenario's CSV files), so both see the same records.
 */
import type { PartyFields } from './party.ts';

type Cell = string | number | null | undefined;

const present = (value: Cell): string | null => {
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text === '' ? null : text;
};

export interface DeclarationLineRow {
  declaration_id: string;
  line_no: number | string;
  importer_name?: Cell;
  importer_rfc?: Cell;
  importer_address?: Cell;
  consignee_name?: Cell;
  consignee_rfc?: Cell;
  consignee_address?: Cell;
  broker_name?: Cell;
}

export function partiesOfDeclarationLine(row: DeclarationLineRow): PartyFields[] {
  const parties: PartyFields[] = [];
  const roles = [
    ['importer', row.importer_name, row.importer_rfc, row.importer_address],
    ['consignee', row.consignee_name, row.consignee_rfc, row.consignee_address],
    ['broker', row.broker_name, null, null],
  ] as const;
  for (const [role, name, rfc, address] of roles) {
    const written = present(name);
    if (!written) continue;
    parties.push({
      recordId: `decl:${row.declaration_id}:${row.line_no}:${role}`,
      source: 'declaration',
      role,
      name: written,
      rfc: present(rfc),
      address: present(address),
      phone: null,
    });
  }
  return parties;
}

export function partyOfPermit(row: { permit_id: string; holder_name: Cell; holder_rfc: Cell }): PartyFields {
  return {
    recordId: `permit:${row.permit_id}:holder`,
    source: 'permit',
    role: 'holder',
    name: present(row.holder_name) ?? '',
    rfc: present(row.holder_rfc),
    address: null,
    phone: null,
  };
}

/**
 * A location names its operator only by RFC: the location's own name is the site's ("Terminal
 * Especializada de Contenedores II"), not the company's, so the record carries no name.
 */
export function partyOfLocation(row: { location_id: string; operator_rfc: Cell }): PartyFields | null {
  const rfc = present(row.operator_rfc);
  if (!rfc) return null;
  return {
    recordId: `location:${row.location_id}:operator`,
    source: 'location',
    role: 'operator',
    name: '',
    rfc,
    address: null,
    phone: null,
  };
}

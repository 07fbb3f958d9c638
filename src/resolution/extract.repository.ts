/**
 * SQL that reads party records out of the source tables (declarations and their lines, permits,
 * locations). A system task: run as the schema owner; every party keeps its source row's marking.
 */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type MarkingRow } from '../markings/marking.ts';
import { partiesOfDeclarationLine, partyOfLocation, partyOfPermit } from './extract.ts';
import type { ExtractedParty } from './repository.ts';

const MARKING_COLUMNS = 'owner_agency, tlp, releasable_to, recipients';

export async function tableExists(tx: Tx, table: string): Promise<boolean> {
  const { rows } = await tx.query<{ found: string | null }>('select to_regclass($1)::text as found', [table]);
  return rows[0]?.found != null;
}

/** Every party mentioned by the source tables (a system task: run as the schema owner). */
export async function extractParties(tx: Tx): Promise<ExtractedParty[]> {
  const parties: ExtractedParty[] = [];
  if (await tableExists(tx, 'declaration_lines')) {
    // one party per line and role; the importer's address is on the declaration (header) only
    const { rows } = await tx.query<
      MarkingRow & Record<string, string | number | null> & { declaration_id: string; line_no: number }
    >(
      `select l.owner_agency, l.tlp, l.releasable_to, l.recipients, l.declaration_id, l.line_no, l.bill_of_lading,
              l.importer_name, nullif(l.importer_rfc, '') as importer_rfc, nullif(d.importer_address, '') as importer_address,
              l.consignee_name, nullif(l.consignee_rfc, '') as consignee_rfc,
              nullif(l.consignee_address, '') as consignee_address, nullif(l.broker_name, '') as broker_name
         from declaration_lines l left join declarations d on d.id = l.declaration_id
        order by l.declaration_id, l.line_no`,
    );
    for (const row of rows) {
      for (const party of partiesOfDeclarationLine(row)) {
        parties.push({
          ...party,
          marking: markingFromRow(row),
          declarationId: row.declaration_id,
          billOfLading: (row.bill_of_lading as string | null) ?? null,
          permitId: null,
          locationId: null,
        });
      }
    }
  }
  if (await tableExists(tx, 'permits')) {
    const { rows } = await tx.query<
      MarkingRow & { permit_id: string; holder_name: string; holder_rfc: string }
    >(
      `select distinct on (permit_id) ${MARKING_COLUMNS}, permit_id, holder_name, holder_rfc
         from permits order by permit_id, valid_to desc`,
    );
    for (const row of rows) {
      parties.push({
        ...partyOfPermit(row),
        marking: markingFromRow(row),
        declarationId: null,
        billOfLading: null,
        permitId: row.permit_id,
        locationId: null,
      });
    }
  }
  if (await tableExists(tx, 'locations')) {
    const { rows } = await tx.query<MarkingRow & { location_id: string; name: string; operator_rfc: string }>(
      `select ${MARKING_COLUMNS}, location_id, name, operator_rfc from locations
        where operator_rfc is not null and operator_rfc <> '' order by location_id`,
    );
    for (const row of rows) {
      const party = partyOfLocation(row);
      if (!party) continue;
      parties.push({
        ...party,
        marking: markingFromRow(row),
        declarationId: null,
        billOfLading: null,
        permitId: null,
        locationId: row.location_id,
      });
    }
  }
  return parties;
}

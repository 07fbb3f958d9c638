/**
 * SQL that reads party records out of the source tables (declarations and their lines, permits,
 * locations). A system task: run as the schema owner; every party keeps its source row's marking.
 */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type MarkingRow } from '../shared/marking.ts';
import { partiesOfDeclarationLine, partyOfLocation, partyOfPermit } from './extract.ts';
import type { ExtractedParty } from './repository.ts';

const MARKING_COLUMNS = 'owner_agency, tlp, releasable_to, recipients';

export async function tableExists(tx: Tx, table: string): Promise<boolean> {
  const { rows } = await tx.query<{ found: string | null }>('select to_regclass($1)::text as found', [table]);
  return rows[0]?.found != null;
}

/**
 * A stored party record's id names its contributing agency (`decl:D1:1:importer@MX-ANAM`): declaration,
 * permit and location numbers are each agency's own, so two agencies may use the same one
 * (migrations/0541). The pure extraction (extract.ts, also used by the evaluation) leaves ids unqualified.
 */
export const qualified = (recordId: string, ownerAgency: string) => `${recordId}@${ownerAgency}`;

/** Every party mentioned by the source tables (a system task: run as the schema owner). */
export async function extractParties(tx: Tx): Promise<ExtractedParty[]> {
  const parties: ExtractedParty[] = [];
  if (await tableExists(tx, 'declaration_lines')) {
    // One party per line and role, marked as the line. The importer's address is on the declaration
    // (header) only: it is taken only when the header is at least as widely released as the line, so a
    // party record never shows a header its readers may not see.
    const { rows } = await tx.query<
      MarkingRow & Record<string, string | number | null> & { declaration_id: string; line_no: number }
    >(
      `select l.owner_agency, l.tlp, l.releasable_to, l.recipients, l.declaration_id, l.line_no, l.bill_of_lading,
              l.importer_name, nullif(l.importer_rfc, '') as importer_rfc, case when d.tlp <= l.tlp and l.releasable_to <@ d.releasable_to and l.recipients <@ d.recipients
                   then nullif(d.importer_address, '') end as importer_address,
              l.consignee_name, nullif(l.consignee_rfc, '') as consignee_rfc,
              nullif(l.consignee_address, '') as consignee_address, nullif(l.broker_name, '') as broker_name
         from declaration_lines l left join declarations d on d.id = l.declaration_id and d.owner_agency = l.owner_agency
        order by l.declaration_id, l.line_no, l.owner_agency`,
    );
    for (const row of rows) {
      for (const party of partiesOfDeclarationLine(row)) {
        parties.push({
          ...party,
          recordId: qualified(party.recordId, row.owner_agency),
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
      // one holder per agency and permit number (numbers are the registering agency's, 0502)
      `select distinct on (owner_agency, permit_id) ${MARKING_COLUMNS}, permit_id, holder_name, holder_rfc
         from permits order by owner_agency, permit_id, valid_to desc`,
    );
    for (const row of rows) {
      const party = partyOfPermit(row);
      parties.push({
        ...party,
        recordId: qualified(party.recordId, row.owner_agency),
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
        recordId: qualified(party.recordId, row.owner_agency),
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

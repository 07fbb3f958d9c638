/**
 * Party records out of the source records (declaration lines, permits, locations), each read through its owning
 * capability's face. A system task: run as the schema owner; every party keeps its source row's marking.
 */
import type { Tx } from '../store/database.ts';
import { markingFromRow } from '../shared/marking.ts';
import { linesWithParties } from '../declarations/index.ts';
import { locationOperators, permitHolders } from '../custody/index.ts';
import { partiesOfDeclarationLine, partyOfLocation, partyOfPermit } from './extract.ts';
import type { ExtractedParty } from './repository.ts';

/**
 * A stored party record's id names its contributing agency (`decl:D1:1:importer@MX-ANAM`): declaration,
 * permit and location numbers are each agency's own, so two agencies may use the same one
 * (migrations/0541). The pure extraction (extract.ts, also used by the evaluation) leaves ids unqualified.
 */
export const qualified = (recordId: string, ownerAgency: string) => `${recordId}@${ownerAgency}`;

/**
 * Every party mentioned by the source records (a system task: run as the schema owner), read through their
 * owners' faces: declaration lines (declarations), permit holders and place operators (custody).
 */
export async function extractParties(tx: Tx): Promise<ExtractedParty[]> {
  const parties: ExtractedParty[] = [];
  // One party per line and role, marked as the line (the importer's address only from a header at least as
  // widely released as the line: linesWithParties).
  for (const row of await linesWithParties(tx)) {
    for (const party of partiesOfDeclarationLine(row)) {
      parties.push({
        ...party,
        recordId: qualified(party.recordId, row.owner_agency),
        marking: markingFromRow(row),
        declarationId: row.declaration_id,
        billOfLading: row.bill_of_lading ?? null,
        permitId: null,
        locationId: null,
      });
    }
  }
  for (const row of await permitHolders(tx)) {
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
  for (const row of await locationOperators(tx)) {
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
  return parties;
}

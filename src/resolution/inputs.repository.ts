/**
 * The input records an entity was resolved from, as marked records one may release: an entity and its party
 * records are derived (never wider than their inputs, docs/SHARING.md), so sharing what the web's entity page
 * shows means releasing the declaration lines, declarations, permits and locations its visible records came
 * from. Read through their owners' faces under the caller's row-level security: a source row the caller may not
 * see is not answered.
 */
import { declarationSources } from '../declarations/index.ts';
import { registrySources } from '../custody/index.ts';
import { markingFromRow, type Marking } from '../shared/marking.ts';
import type { Tx } from '../store/database.ts';
import type { StoredParty } from './repository.ts';

export interface EntityInput {
  /** The marked table, as the markings API names it. */
  table: 'declaration_lines' | 'declarations' | 'permits' | 'locations';
  id: string;
  /** A declaration number and line, a permit number, a location id: what the analyst knows it by. */
  label: string;
  marking: Marking;
}

/** decl:<declaration>:<line>:<role>[@agency]: the line a declaration's party record was extracted from. */
const DECLARATION_RECORD = /^decl:(.+):(\d+):(?:importer|consignee|broker)(?:@.*)?$/;
const ORDER: readonly EntityInput['table'][] = ['declaration_lines', 'declarations', 'permits', 'locations'];

/**
 * The distinct source records of `members`, lines first, then declarations, permits and locations, each in its
 * label's order. A declaration's header is an input of its importer's record (the address comes from it).
 */
export async function entityInputs(
  tx: Tx,
  members: readonly Pick<StoredParty, 'recordId' | 'role' | 'marking' | 'permitId' | 'locationId'>[],
): Promise<EntityInput[]> {
  const lines = new Map<string, { declarationId: string; lineNo: number; owner: string }>();
  const headers = new Map<string, { declarationId: string; owner: string }>();
  const permits = new Map<string, { permitId: string; owner: string }>();
  const locations = new Map<string, { locationId: string; owner: string }>();
  for (const m of members) {
    const owner = m.marking.ownerAgency;
    const declared = DECLARATION_RECORD.exec(m.recordId);
    if (declared) {
      const declarationId = declared[1]!;
      const lineNo = Number(declared[2]);
      lines.set(`${owner}|${declarationId}|${lineNo}`, { declarationId, lineNo, owner });
      if (m.role === 'importer') headers.set(`${owner}|${declarationId}`, { declarationId, owner });
    }
    if (m.permitId) permits.set(`${owner}|${m.permitId}`, { permitId: m.permitId, owner });
    if (m.locationId) locations.set(`${owner}|${m.locationId}`, { locationId: m.locationId, owner });
  }
  const rows = [
    ...(await declarationSources(tx, [...lines.values()], [...headers.values()])),
    ...(await registrySources(tx, [...permits.values()], [...locations.values()])),
  ];
  return rows
    .map((r) => ({ table: r.table, id: r.id, label: r.label, marking: markingFromRow(r) }))
    .sort(
      (a, b) =>
        ORDER.indexOf(a.table) - ORDER.indexOf(b.table) ||
        a.label.localeCompare(b.label) ||
        a.id.localeCompare(b.id),
    );
}

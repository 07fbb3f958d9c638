/**
 * The records of a search hit the agency may release, as the release selection names them: the server names
 * every marked record a hit was found in (a bill of lading's lines, a declaration, a permit…), leaving out
 * derived ones; only the owner widens a marking, so only the agency's own are offered.
 */
import type { SearchHit } from '../api/types.ts';
import { mayRelease, type Selected } from '../sharing/selection.ts';

export function hitRecords(hit: SearchHit, agency: string, label: string): Selected[] {
  const own = hit.records.filter((r) => mayRelease(r.marking, agency));
  // one record is the hit itself; several (a bill of lading's lines) are told apart by their place in it
  return own.map((r, i) => ({
    table: r.table,
    id: r.id,
    label: own.length > 1 ? `${label} (${i + 1})` : label,
  }));
}

/**
 * The global search over cases (src/search/ composes it with the others): by title or summary
 * (migrations/0760_search_cases.sql), under the caller's row-level security, ordered by what the caller sees
 * (score, title, id); each opens the case's page. The context is data only: the day it was opened and its lead
 * agency's code.
 */
import type { Tx } from '../store/database.ts';
import { candidates, contextOf } from '../store/text-search.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { SearchMatch } from '../shared/search.ts';

export async function searchCases(tx: Tx, text: string, limit: number): Promise<SearchMatch<Marking>[]> {
  const { rows } = await tx.query<MarkingRow & { id: string; title: string; day: string; score: number }>(
    `select c.id::text as id, c.title, to_char(c.opened_at at time zone 'UTC', 'YYYY-MM-DD') as day,
            c.owner_agency, c.tlp, c.releasable_to, c.recipients, c_candidate.score
       from ${candidates('centinela_search_cases', 'cases', 'c')}
      order by c_candidate.score desc, c.title, c.id`,
    [text, limit],
  );
  return rows.map((r) => ({
    kind: 'case',
    id: r.id,
    label: r.title,
    context: contextOf(r.day, r.owner_agency),
    score: r.score,
    open: { view: 'case', caseId: r.id },
    reads: [{ table: 'cases', id: r.id, marking: markingFromRow(r) }],
  }));
}

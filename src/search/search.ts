/**
 * One box over every kind of record: each capability's search runs under the caller's row-level security and
 * returns its best matches; this merges them into one ranking. The order is total and depends only on what the
 * caller sees — score, then kind (in SEARCH_KINDS order), then label, then id, compared as code points, never by
 * locale or by the engine's plan — so an agency's answer is the same whatever others hold (docs/SHARING.md).
 */
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import { SEARCH_KINDS, type SearchMatch } from '../shared/search.ts';
import type { Searcher } from './searchers.ts';
import { compareCodeUnits } from '../shared/compare.ts';

type Match = SearchMatch<Marking>;

export function compareMatches(a: Match, b: Match): number {
  return (
    b.score - a.score ||
    SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) ||
    compareCodeUnits(a.label, b.label) ||
    compareCodeUnits(a.id, b.id)
  );
}

/**
 * The best `limit` matches across every searcher. Each searcher returns its own best `limit`, so the merged
 * first `limit` are the best of all. They run one after another: a transaction is one connection.
 */
export async function searchAll(
  tx: Tx,
  searchers: readonly Searcher[],
  text: string,
  limit: number,
): Promise<Match[]> {
  const found: Match[] = [];
  for (const search of searchers) found.push(...(await search(tx, text, limit)));
  return found.sort(compareMatches).slice(0, limit);
}

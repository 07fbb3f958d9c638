/**
 * One box over every kind of record: each capability's search runs under the caller's row-level security and
 * returns its best matches; this merges them into one ranking. The order is total and depends only on what the
 * caller sees — score, then kind (in SEARCH_KINDS order), then label, then id, compared as code points, never by
 * locale or by the engine's plan — so an agency's answer is the same whatever others hold (docs/SHARING.md).
 */
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
 * How many searchers run at once. Each runs in a transaction of its own (a connection), so the box answers in
 * about the time of its slowest searchers rather than the sum of them all; a few at a time are enough for a
 * server's cores and leave the pool to the other requests.
 */
const SEARCHERS_AT_ONCE = 3;

/**
 * The best `limit` matches across every searcher, each run by `run` (in a transaction of the caller's). Each
 * searcher returns its own best `limit`, so the merged first `limit` are the best of all; the merge does not
 * depend on which searcher finished first.
 */
export async function searchAll(
  searchers: readonly Searcher[],
  run: (search: Searcher) => Promise<Match[]>,
  limit: number,
): Promise<Match[]> {
  const found: Match[] = [];
  let next = 0;
  const worker = async () => {
    while (next < searchers.length) found.push(...(await run(searchers[next++]!)));
  };
  await Promise.all(Array.from({ length: Math.min(SEARCHERS_AT_ONCE, searchers.length) }, worker));
  return found.sort(compareMatches).slice(0, limit);
}

/**
 * The one list envelope of the API (docs/CONVENTIONS.md): every collection route answers
 * `{ items, total, limit, offset }` and takes `limit` (1 to LIST_LIMIT_MAX, default LIST_LIMIT_DEFAULT) and
 * `offset`. Here rather than in the HTTP layer because the web reads pages with the same numbers.
 */

/** The largest page any list gives: the web's exports and the map read page after page up to it. */
export const LIST_LIMIT_MAX = 1000;
export const LIST_LIMIT_DEFAULT = 50;
/** Offsets past this are refused rather than scanned: no list the product shows is that deep. */
export const LIST_OFFSET_MAX = 10_000_000;

/** One page of a list: the items, how many there are in all, and the window asked for. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageWindow {
  limit: number;
  offset: number;
}

/** A page of a list held in full (short lists: agencies, a user's tokens, a permit's history). */
export function pageOfAll<T>(all: readonly T[], window: PageWindow): Page<T> {
  return {
    items: all.slice(window.offset, window.offset + window.limit),
    total: all.length,
    limit: window.limit,
    offset: window.offset,
  };
}

/**
 * The list's total: read off the page when the page is the list's last (shorter than asked for, and not past the
 * end), otherwise `count()`. A filtered list or a search usually fits one page, and its count would evaluate the
 * filter a second time.
 */
export async function totalOf(
  window: PageWindow,
  shown: number,
  count: () => Promise<number>,
): Promise<number> {
  const last = shown < window.limit && (shown > 0 || window.offset === 0);
  return last ? window.offset + shown : count();
}

/**
 * Reading a list through the API's one list envelope (`{ items, total, limit, offset }`, src/shared/paging.ts):
 * page after page through the list's own route, so every page is read and audited as the list's.
 */
import { LIST_LIMIT_MAX } from '../../../src/shared/paging.ts';

/**
 * Every item of a list, page after page through the list's own API (the same visibility, each page read and
 * audited as the list's), until a page comes back short or `max` items are in.
 */
export async function collectPages<T>(
  fetchPage: (limit: number, offset: number) => Promise<{ items: T[]; total?: number }>,
  pageSize: number,
  onProgress: (loaded: number, total: number | null) => void = () => {},
  max = Infinity,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await fetchPage(Math.min(pageSize, max - items.length), offset);
    items.push(...page.items);
    onProgress(items.length, page.total ?? null);
    if (items.length >= max) return { items, truncated: page.items.length > 0 && (page.total ?? 0) > max };
    if (page.items.length < pageSize) return { items, truncated: false };
  }
}

/** Every item of a short list the screens hold in full (agencies, nations, users, tokens, places). */
export async function everyItem<T>(
  fetchPage: (limit: number, offset: number) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> {
  return (await collectPages(fetchPage, LIST_LIMIT_MAX)).items;
}

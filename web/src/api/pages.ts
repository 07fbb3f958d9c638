/**
 * Reading a whole list through the API's one list envelope (`{ items, total, limit, offset }`,
 * src/shared/paging.ts): short lists the screens hold in full (agencies, nations, users, tokens, places) are read
 * page after page at the largest page the server gives, until the total is in.
 */
import { LIST_LIMIT_MAX } from '../../../src/shared/paging.ts';

export interface ApiPage<T> {
  items: T[];
  total: number;
}

/** Every item of a list: `fetchPage` asks for one window of it. */
export async function everyItem<T>(
  fetchPage: (limit: number, offset: number) => Promise<ApiPage<T>>,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += LIST_LIMIT_MAX) {
    const page = await fetchPage(LIST_LIMIT_MAX, offset);
    all.push(...page.items);
    if (page.items.length < LIST_LIMIT_MAX || all.length >= page.total) return all;
  }
}

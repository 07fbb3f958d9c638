/**
 * The list envelope's schemas, for every capability's routes (src/shared/paging.ts has the numbers and the
 * type): one query fragment for `limit` and `offset`, one response shape around an item schema.
 */
import { z } from 'zod';
import { LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX, LIST_OFFSET_MAX } from '../shared/paging.ts';

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(LIST_LIMIT_MAX)
    .default(LIST_LIMIT_DEFAULT)
    .describe(`Items per page, at most ${LIST_LIMIT_MAX}`),
  offset: z.coerce.number().int().min(0).max(LIST_OFFSET_MAX).default(0).describe('Items to skip'),
};

/** `{ items, total, limit, offset }` around the list's item schema. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('Items in the whole list as the caller may see it, filters applied'),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

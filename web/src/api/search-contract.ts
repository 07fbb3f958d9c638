/** The global search's answer (GET /api/search), validated at the boundary like every other response. */
import { z } from 'zod';
import { SEARCH_KINDS } from '../../../src/shared/search.ts';

export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  label: z.string(),
  context: z.string(),
  score: z.number(),
  open: z.discriminatedUnion('view', [
    z.object({ view: z.literal('consignment'), billOfLading: z.string() }),
    z.object({ view: z.literal('entity'), entityId: z.string() }),
    z.object({ view: z.literal('map') }),
    z.object({ view: z.literal('consignments') }),
  ]),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchAnswer = z.object({ items: z.array(SearchHit) });

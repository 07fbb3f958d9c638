import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { recordReadsOf } from '../audit/index.ts';
import { Marking } from '../shared/marking.ts';
import {
  SEARCH_KINDS,
  SEARCH_LIMIT_DEFAULT,
  SEARCH_LIMIT_MAX,
  SEARCH_QUERY_MAX,
  type SearchMatch,
} from '../shared/search.ts';
import { searchAll } from './search.ts';
import { SEARCHERS } from './searchers.ts';

const SearchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(SEARCH_QUERY_MAX)
    // no control character at all, not even the tab and line breaks other parameters may carry
    .regex(/^[^\p{Cc}]*$/u, 'no control characters')
    // the noninterference test (src/sharing/observe.ts) asks each example as every user
    .meta({ examples: ['química', 'MEDU', '26160012', 'cof 1', 'INC-1', 'fr 0', 'case by'] }),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(SEARCH_LIMIT_DEFAULT),
});

const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  label: z.string(),
  context: z.string(),
  score: z.number(),
  open: z.discriminatedUnion('view', [
    z.object({ view: z.literal('consignment'), billOfLading: z.string() }),
    z.object({ view: z.literal('entity'), entityId: z.string() }),
    z.object({ view: z.literal('permit'), permitId: z.string() }),
    z.object({ view: z.literal('incident'), incidentId: z.string() }),
    z.object({ view: z.literal('fieldReport'), reportId: z.string() }),
    z.object({ view: z.literal('case'), caseId: z.string() }),
    z.object({ view: z.literal('map') }),
    z.object({ view: z.literal('consignments') }),
  ]),
  records: z
    .array(z.object({ table: z.string(), id: z.string(), marking: Marking }))
    .describe(
      'The marked records the hit was found in, as POST /api/markings/batch names them (a release); derived ' +
        "records (an entity's party records) are left out: their inputs are released instead",
    ),
});

/** Tables whose records are derived from others and never widened (docs/SHARING.md): not offered to release. */
const DERIVED = new Set(['party_records']);

/** The records each hit was found in, by table: one audit entry for the request names them all. */
function readsByTable(matches: readonly SearchMatch<Marking>[]) {
  const byTable: Record<string, { id: string; marking: Marking }[]> = {};
  for (const match of matches)
    for (const read of match.reads) (byTable[read.table] ??= []).push({ id: read.id, marking: read.marking });
  return byTable;
}

/** The global search: one box over every kind of record the caller may see. */
const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;

  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary:
          'Records matching a text (identifiers, names, descriptions), best first: exact, prefix, inside, then fuzzy; accents and case aside',
        querystring: SearchQuery,
        response: { 200: z.object({ items: z.array(SearchHit) }) },
      },
      // who asks comes before what is asked: without a session the answer is 401, whatever the query
      preValidation: async (request) => {
        callerOf(request);
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { q, limit } = request.query;
      const matches = await searchAll(
        SEARCHERS,
        (search) => app.db.asUser(actor, (tx) => search(tx, q, limit)),
        limit,
      );
      // recorded before anything is answered: a read the trail cannot name is never returned
      await app.db.asUser(actor, (tx) => recordReadsOf(tx, actor, readsByTable(matches)));
      return {
        items: matches.map(({ reads, ...hit }) => ({
          ...hit,
          records: reads
            .filter((read) => !DERIVED.has(read.table))
            .map(({ table, id, marking }) => ({ table, id, marking })),
        })),
      };
    },
  );
};

export default routes;

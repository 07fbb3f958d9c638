import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { analyseConsignments } from '../custody/index.ts';
import { Marking, MarkingChange } from '../shared/marking.ts';
import { changeMarking } from './service.ts';
import { MarkingPreview, previewMarking } from './preview.ts';
import {
  BatchPreview,
  BatchRelease,
  BatchReleaseBody,
  BatchResult,
  previewBatch,
  releaseBatch,
} from './batch.ts';
import { listReleases } from './releases.repository.ts';
import { pageOf, pageQuery } from '../http/paging.ts';
import { recordReads } from '../audit/index.ts';

const MarkingChangeBody = MarkingChange.extend({
  justification: z
    .string()
    .max(1000)
    .optional()
    .describe('Why; required to narrow a derived record (a finding, a stored track), and kept by the audit'),
}).strict();

const Release = z.object({
  id: z.string().uuid(),
  table: z.string(),
  recordId: z.string(),
  batchId: z.string().uuid().nullable(),
  releasedBy: z.string().nullable(),
  releasedAt: z.string(),
  before: MarkingChange,
  after: MarkingChange,
  justification: z.string().nullable(),
});

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.put(
    '/markings/:table/:id',
    {
      schema: {
        tags: ['markings'],
        summary: "Change a record's TLP and releasability (owner agency only; audited)",
        description:
          'A derived record (finding, stored track) can only be narrowed, with a justification. A change to an input re-derives the consignments it is an input of, for the agencies that see it now.',
        params: z.strictObject({ table: z.string().regex(/^[a-z_]{1,63}$/), id: z.string().min(1).max(200) }),
        body: MarkingChangeBody,
        response: { 200: Marking },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { justification, ...change } = request.body;
      const after = await app.db.asUser(actor, (tx) =>
        changeMarking(tx, actor, request.params.table, request.params.id, change, justification),
      );
      // What was derived from the record follows it now, not at the next capture (the database marked
      // those consignments stale in the same transaction).
      await analyseConsignments(app.db, actor, 'stale');
      return after;
    },
  );
  app.post(
    '/markings/:table/:id/preview',
    {
      schema: {
        tags: ['markings'],
        summary: 'What a marking change would do, before it is saved (nothing is changed; audited as a read)',
        description:
          'Whether the change would be accepted (else the error it would get), whether it needs a justification, and which agencies may read the record now and would after, by the database’s rule. A derived record is read only by the agencies that see its inputs: the rule is its ceiling.',
        params: z.strictObject({ table: z.string().regex(/^[a-z_]{1,63}$/), id: z.string().min(1).max(200) }),
        body: MarkingChange,
        response: { 200: MarkingPreview },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, (tx) =>
        previewMarking(tx, actor, request.params.table, request.params.id, request.body),
      );
    },
  );
  app.post(
    '/markings/batch/preview',
    {
      schema: {
        tags: ['markings'],
        summary:
          'What releasing many records would do, record by record (nothing is changed; audited as a read)',
        description:
          'Each record keeps its marking, with the nations and recipients added and the TLP given. Per record: the refusal it would get (or none) and which agencies may read it now and could after, by the database’s rule.',
        body: BatchRelease,
        response: { 200: BatchPreview },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, (tx) => previewBatch(tx, actor, request.body));
    },
  );
  app.post(
    '/markings/batch',
    {
      schema: {
        tags: ['markings'],
        summary: 'Release many records in one act, with a justification (all or nothing; audited per record)',
        description:
          'Every record goes through the single change (owner agency only; a derived record is never widened). The first refusal answers its error, naming the record (`field` records.N, `detail` table/id), and nothing is changed. What was derived from the records is re-analysed as for a single change.',
        body: BatchReleaseBody,
        response: { 200: BatchResult },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const result = await app.db.asUser(actor, (tx) => releaseBatch(tx, actor, request.body));
      await analyseConsignments(app.db, actor, 'stale');
      return result;
    },
  );
  app.get(
    '/markings/releases',
    {
      schema: {
        tags: ['markings'],
        summary: 'What the caller’s agency released: each widening of a marking, newest first',
        description:
          'To whom (the marking before and after), when, by whom and why. The agency’s own register: marked red for it alone.',
        querystring: z.strictObject({ ...pageQuery }),
        response: { 200: pageOf(Release) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const page = await listReleases(tx, request.query);
        await recordReads(
          tx,
          actor,
          'marking_releases',
          page.items.map((r) => ({
            id: r.id,
            marking: {
              ownerAgency: actor.agency,
              tlp: 'red' as const,
              releasableTo: [actor.nation],
              recipients: [],
            },
          })),
        );
        return { ...page, ...request.query };
      });
    },
  );
};

export default routes;

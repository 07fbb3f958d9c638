import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { analyseConsignments } from '../custody/index.ts';
import { Marking, MarkingChange } from '../shared/marking.ts';
import { changeMarking } from './service.ts';
import { MarkingPreview, previewMarking } from './preview.ts';

const MarkingChangeBody = MarkingChange.extend({
  justification: z
    .string()
    .max(1000)
    .optional()
    .describe('Why; required to narrow a derived record (a finding, a stored track), and kept by the audit'),
}).strict();

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
};

export default routes;

import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { Marking, MarkingChange } from './marking.ts';
import { changeMarking } from './service.ts';

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.put(
    '/markings/:table/:id',
    {
      schema: {
        tags: ['markings'],
        summary: "Change a record's TLP and releasability (owner agency only; audited)",
        params: z.strictObject({ table: z.string().regex(/^[a-z_]{1,63}$/), id: z.string().min(1).max(200) }),
        body: MarkingChange,
        response: { 200: Marking },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, (tx) =>
        changeMarking(tx, actor, request.params.table, request.params.id, request.body),
      );
    },
  );
};

export default routes;

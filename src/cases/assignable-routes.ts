/**
 * Who a case's pickers offer: `GET /api/cases/{id}/assignable`, the people of every agency the case's marking
 * admits (not only the caller's own), whom the lead agency may assign and a host analyst may attach to an
 * operation as advisors. For those who run cases (analysts, commanders) who see the case.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import { callerOf, type App } from '../http/types.ts';
import { recordReads } from '../audit/index.ts';
import { pageOfAll } from '../shared/paging.ts';
import { assignableUsers, WORKING_ROLES } from './assignable.repository.ts';
import { visibleCase } from './service.ts';

const AssignableUserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agency: z.string(),
  nation: z.string(),
  roles: z.array(z.enum(WORKING_ROLES)).describe('The roles that work cases the user holds'),
});

const assignableRoutes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.get(
    '/cases/:id/assignable',
    {
      schema: {
        tags: ['cases'],
        summary:
          'The people who may be put on the case: active analysts, advisors and commanders of every agency its marking admits',
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(AssignableUserView) },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'analyst', 'commander');
      return app.db.asUser(actor, async (tx) => {
        const theCase = await visibleCase(tx, request.params.id);
        await recordReads(tx, actor, 'cases', [theCase]);
        return pageOfAll(await assignableUsers(tx, theCase.marking), request.query);
      });
    },
  );
};

export default assignableRoutes;

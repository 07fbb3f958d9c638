/**
 * The entity network's route: the neighbourhood of an entity, with communities and explained risk. It lives with
 * the network (which reads resolution and custody through their faces), not with the entities, so resolution
 * needs nothing of the network.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { entityNetwork } from './service.ts';

const RiskPath = z.object({ source: z.string(), path: z.array(z.string()), contribution: z.number() });
const NetworkView = z.object({
  entityId: z.string(),
  depth: z.number(),
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: z.string(),
      community: z.number(),
      risk: z.number(),
      riskPaths: z.array(RiskPath).describe("the strongest path that explains the node's risk (at most one)"),
    }),
  ),
  edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), kind: z.string() })),
  complete: z
    .boolean()
    .describe('false when the neighbourhood had more than 500 nodes and the farthest were left out'),
});

const EntityParams = z.strictObject({ id: z.uuid() });

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;

  app.get(
    '/entities/:id/network',
    {
      schema: {
        tags: ['entities'],
        summary: 'The neighbourhood of an entity to depth N, with communities and explained risk',
        params: EntityParams,
        querystring: z.strictObject({ depth: z.coerce.number().int().min(1).max(4).default(2) }),
        response: { 200: NetworkView },
      },
    },
    async (request) => entityNetwork(app.db, callerOf(request), request.params.id, request.query.depth),
  );
};

export default routes;

/**
 * `GET /api/stix/bundle`: the STIX 2.1 bundle of exactly what the caller may see (the HTTP face of
 * `centinela export stix`; the TAXII 2.1 server will page the same objects).
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { callerOf, type App } from '../http/types.ts';
import { exportBundle } from './export.ts';
import peerRoutes from './peer-routes.ts';
import sharedRoutes from './shared-routes.ts';

const StixObjectView = z
  .looseObject({
    type: z.string(),
    id: z.string(),
  })
  .describe('A STIX 2.1 object (its properties as STIX defines them for its type)');

const Bundle = z.object({
  type: z.literal('bundle'),
  id: z.string().describe('Names the contents: the same objects and versions, the same id'),
  objects: z.array(StixObjectView),
});

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.get(
    '/stix/bundle',
    {
      schema: {
        tags: ['federation'],
        summary:
          'A STIX 2.1 bundle of everything the caller may see, with its TLP 2.0 and releasability markings',
        response: { 200: Bundle },
      },
    },
    async (request) => exportBundle(app.db, callerOf(request)),
  );
  await app.register(peerRoutes);
  await app.register(sharedRoutes);
};

export default routes;

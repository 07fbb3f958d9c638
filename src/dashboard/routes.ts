import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { dashboard } from './service.ts';

const count = z.number().int().min(0);
const DashboardView = z.object({
  window: z.object({ from: z.iso.date(), to: z.iso.date(), weeks: z.number().int() }),
  alerts: z.object({
    byWeek: z.array(z.object({ week: z.iso.date(), alerts: count })),
    byPort: z.array(z.object({ port: z.string(), alerts: count, open: count })),
    bySubstance: z.array(
      z.object({
        substanceId: z.string(),
        name: z.object({ en: z.string(), es: z.string() }).nullable(),
        alerts: count,
      }),
    ),
    byStatus: z.array(z.object({ status: z.string(), alerts: count })),
    openByAge: z.array(z.object({ age: z.enum(['0-7', '8-30', '31-90', '90+']), alerts: count })),
  }),
  findings: z.object({
    byWeek: z.array(z.object({ week: z.iso.date(), findings: count })),
    byKind: z.array(z.object({ kind: z.string(), findings: count, open: count })),
    byPort: z.array(z.object({ port: z.string(), findings: count })),
  }),
});

/** The dashboard's counts: alerts and findings by week, port, substance or kind, status and waiting time. */
const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Counts of the alerts and findings the caller may see, over its latest weeks',
        querystring: z.strictObject({
          weeks: z.coerce.number().int().min(1).max(104).default(12),
          to: z.iso
            .date()
            .optional()
            .describe('last day of the window; default: the latest declaration seen'),
        }),
        response: { 200: DashboardView },
      },
    },
    async (request) => dashboard(app.db, callerOf(request), request.query),
  );
};

export default routes;

import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { searchAudit } from './repository.ts';
import { verifyAuditChain } from './verify.ts';

const AuditEntryView = z.object({
  seq: z.number(),
  at: z.string(),
  actorUser: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorName: z.string().nullable(),
  actorAgency: z.string().nullable(),
  actorNation: z.string().nullable(),
  action: z.string(),
  subjectTable: z.string().nullable(),
  subjectIds: z.array(z.string()),
  requestId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit trail, newest first (auditors)',
        querystring: z.strictObject({
          action: z.string().max(64).optional(),
          table: z.string().max(64).optional(),
          user: z.string().max(64).optional().describe("a user's id or username"),
          agency: z.string().max(64).optional(),
          subjectId: z.string().max(200).optional(),
          from: z.iso.date().optional().describe('first day (UTC) included'),
          to: z.iso.date().optional().describe('last day (UTC) included'),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.array(AuditEntryView) },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'auditor');
      const entries = await app.db.asUser(actor, (tx) => searchAudit(tx, request.query));
      return entries.map(({ prevHash: _prev, ...entry }) => entry);
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify the whole hash chain (auditors)',
        response: {
          200: z.object({
            entries: z.number(),
            ok: z.boolean(),
            broken: z.object({ seq: z.number(), reason: z.string() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'auditor');
      const result = await verifyAuditChain((work) => app.db.asUser(actor, work));
      return { ...result, ok: result.broken === null };
    },
  );
};

export default routes;

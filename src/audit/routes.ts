import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { Marking } from '../shared/marking.ts';
import { totalOf } from '../shared/paging.ts';
import { chainHeads, countAudit, searchAudit } from './repository.ts';
import { LEGACY_CHAIN } from './chains.ts';
import { verifyAuditChain } from './verify.ts';
import { sequenceAudit, startAuditSequencer } from './sequencer.ts';
import { EXPORT_FORMATS, exportAudit } from './export.ts';

const AuditEntryView = z.object({
  chain: z
    .string()
    .describe(
      "the entry's chain: `agency:<code>`, the caller's agency's chain (0594); before it the agencies that could read it (its visibility class, 0592), or `legacy`",
    ),
  seq: z.number().describe('its position in its chain'),
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
  marking: Marking.nullable().describe('the marking of what the entry names; null for entries before 0590'),
  hash: z.string(),
});

const AuditFilters = z.strictObject({
  action: z.string().max(64).optional(),
  table: z.string().max(64).optional(),
  user: z.string().max(64).optional().describe("a user's id or username"),
  agency: z.string().max(64).optional(),
  subjectId: z.string().max(200).optional(),
  from: z.iso.date().optional().describe('first day (UTC) included'),
  to: z.iso.date().optional().describe('last day (UTC) included'),
});

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  // Requests stage their entries; a listening server chains them shortly after they commit (sequencer.ts).
  // Without a listener (tests, the OpenAPI generator) entries are chained when the trail is read.
  let sequencer: ReturnType<typeof startAuditSequencer> | null = null;
  app.addHook('onListen', async () => {
    sequencer ??= startAuditSequencer(app.db);
  });
  app.addHook('onClose', async () => {
    await sequencer?.stop();
  });
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          "Audit trail, newest first (auditors): its agency's chain (and the class chains written before 0594)",
        querystring: AuditFilters.extend(pageQuery),
        response: { 200: pageOf(AuditEntryView) },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'auditor');
      await sequenceAudit(app.db);
      // Row-level security leaves the entries this auditor may read (the visibility rule on their markings).
      const { limit, offset } = request.query;
      const [entries, total] = await app.db.asUser(actor, async (tx) => {
        const found = await searchAudit(tx, request.query);
        return [
          found,
          await totalOf(request.query, found.length, () => countAudit(tx, request.query)),
        ] as const;
      });
      const items = entries.map(({ prevHash: _prev, marking, ...entry }) => ({
        ...entry,
        marking: marking ?? null,
      }));
      return { items, total, limit, offset };
    },
  );

  app.get(
    '/audit/export',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Export the entries the auditor may read, oldest first, with their chains (CSV or JSON Lines)',
        querystring: AuditFilters.extend({ format: z.enum(EXPORT_FORMATS).default('jsonl') }),
        produces: ['text/csv', 'application/x-ndjson'],
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, 'auditor');
      await sequenceAudit(app.db);
      const { format, ...filters } = request.query;
      const chunks: string[] = [];
      await exportAudit(
        (work) => app.db.asUser(actor, work),
        format,
        filters,
        (chunk) => {
          chunks.push(chunk);
        },
      );
      const day = new Date().toISOString().slice(0, 10);
      void reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="centinela-audit-${day}.${format}"`);
      return chunks.join('');
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary:
          "Verify every chain the auditor may read (its agency's chain, and class chains written before 0594)",
        response: {
          200: z.object({
            chains: z
              .number()
              .describe("chains verified: the caller agency's, and class chains written before 0594"),
            entries: z.number().describe('entries verified in those chains'),
            ok: z.boolean(),
            broken: z.object({ chain: z.string(), seq: z.number(), reason: z.string() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'auditor');
      await sequenceAudit(app.db);
      // The chains the caller reads whole (row-level security); each is checked as the owner (hashes, not
      // contents). Nothing of another chain is counted or named, so the answer depends only on what the
      // caller may read.
      // The legacy chain (before 0592) is read partly, by markings: only the operator verifies it.
      const visible = (await app.db.asUser(actor, chainHeads))
        .map((head) => head.chain)
        .filter((chain) => chain !== LEGACY_CHAIN);
      const result = await verifyAuditChain((work) => app.db.asOwner(work), { chains: visible });
      return {
        chains: visible.length,
        entries: result.entries,
        ok: result.broken === null,
        broken: result.broken && {
          chain: result.broken.chain,
          seq: result.broken.seq,
          reason: result.broken.reason,
        },
      };
    },
  );
};

export default routes;

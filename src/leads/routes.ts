/**
 * Leads over HTTP: the caller's ranked leads and one lead with its evidence and history (analysts, advisors and
 * commanders read them), decisions on a lead and outcomes of a search (analysts and commanders: a partner's
 * advisor recommends, it does not decide — BRIEF "Operations"). Every read is audited by the rows it cites.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { callerOf, type App } from '../http/types.ts';
import { importMarking, Marking, MarkingChange } from '../shared/marking.ts';
import { parseInstant, INSTANT_RANGE_MESSAGE } from '../store/bounds.ts';
import { Contribution, EVIDENCE_KINDS, Lead } from './model.ts';
import { decide, listLeads, recordOutcome, showLead } from './service.ts';

const READERS = ['analyst', 'advisor', 'commander'] as const;
const DECIDERS = ['analyst', 'commander'] as const;
const LEADS_LIMIT_MAX = 1_000;

const instant = z.iso
  .datetime({ offset: true })
  .refine((v) => parseInstant(v) !== null, INSTANT_RANGE_MESSAGE)
  .transform((v) => parseInstant(v)!);
const AsOfQuery = instant
  .optional()
  .describe(
    'The instant the leads stand at (later evidence ignored, decay counted from it); default: the newest evidence you may see',
  );
const LeadIdParams = z.strictObject({
  leadId: z
    .string()
    .regex(/^lead-[0-9a-f]{15}$/)
    .describe('`lead-<H3 cell>`'),
});

const DecisionView = z.object({
  id: z.string(),
  leadId: z.string(),
  action: z.enum(['accept', 'reject', 'merge']),
  mergedInto: z.string().nullable(),
  reason: z.string(),
  decidedBy: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string(),
  marking: Marking,
});
const OutcomeView = z.object({
  id: z.string(),
  leadId: z.string(),
  outcome: z.enum(['found', 'nothing_found']),
  note: z.string(),
  lat: z.number(),
  lon: z.number(),
  observedAt: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  marking: Marking,
});
const LeadItem = Lead.extend({
  decision: DecisionView.optional().describe('The newest decision you may see'),
});
const EvidenceDetail = Contribution.extend({
  kind: z.enum(EVIDENCE_KINDS),
  at: z.string(),
  lat: z.number(),
  lon: z.number(),
  what: z
    .string()
    .describe('Status, finding or incident kind, Admiralty grading and source type, or outcome'),
});

const markingBody = MarkingChange.partial()
  .optional()
  .describe("The record's marking; default amber, releasable to your nation");

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;

  app.get(
    '/leads',
    {
      schema: {
        tags: ['leads'],
        summary: 'Your ranked leads, best first, computed from the evidence you may see',
        querystring: z.strictObject({
          asOf: AsOfQuery,
          limit: z.coerce.number().int().min(1).max(LEADS_LIMIT_MAX).default(50),
        }),
        response: {
          200: z.object({
            asOf: z.string().nullable(),
            resolution: z.number().int(),
            items: z.array(LeadItem),
          }),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request, ...READERS);
      return app.db.asUser(actor, (tx) => listLeads(tx, actor, request.query));
    },
  );

  app.get(
    '/leads/:leadId',
    {
      schema: {
        tags: ['leads'],
        summary: 'One of your leads with its evidence, decisions and outcomes',
        params: LeadIdParams,
        querystring: z.strictObject({ asOf: AsOfQuery }),
        response: {
          200: z.object({
            asOf: z.string(),
            resolution: z.number().int(),
            lead: Lead.extend({ evidence: z.array(EvidenceDetail) }),
            decisions: z.array(DecisionView).describe('Newest first'),
            outcomes: z.array(OutcomeView).describe('Newest first'),
          }),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request, ...READERS);
      return app.db.asUser(actor, (tx) => showLead(tx, actor, request.params.leadId, request.query.asOf));
    },
  );

  app.post(
    '/leads/:leadId/decisions',
    {
      schema: {
        tags: ['leads'],
        summary: 'Accept, reject or merge one of your leads, with a reason, on the record',
        params: LeadIdParams,
        body: z.strictObject({
          action: z.enum(['accept', 'reject', 'merge']),
          reason: z.string().trim().min(1).max(2_000),
          mergedInto: z
            .string()
            .regex(/^lead-[0-9a-f]{15}$/)
            .optional(),
          marking: markingBody,
        }),
        response: { 201: DecisionView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...DECIDERS);
      const { marking, ...body } = request.body;
      const decision = await app.db.asUser(actor, (tx) =>
        decide(tx, actor, request.params.leadId, { ...body, marking: importMarking(actor, marking) }),
      );
      return reply.status(201).send(decision);
    },
  );

  app.post(
    '/leads/:leadId/outcomes',
    {
      schema: {
        tags: ['leads'],
        summary: 'Record what a search of the lead found; it feeds back into the leads as evidence',
        params: LeadIdParams,
        body: z.strictObject({
          outcome: z.enum(['found', 'nothing_found']),
          note: z.string().trim().max(2_000).default(''),
          observedAt: instant.optional().describe('When the search was made; default now'),
          marking: markingBody,
        }),
        response: { 201: OutcomeView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...DECIDERS);
      const { marking, ...body } = request.body;
      const outcome = await app.db.asUser(actor, (tx) =>
        recordOutcome(tx, actor, request.params.leadId, { ...body, marking: importMarking(actor, marking) }),
      );
      return reply.status(201).send(outcome);
    },
  );
};

export default routes;

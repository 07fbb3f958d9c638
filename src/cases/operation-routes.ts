/**
 * Operations over HTTP: the board (filters by state, jurisdiction and case; `status=proposed` with your nation's
 * territory is a commander's approval queue), one operation with its decisions, comments and outcomes and the
 * moves the caller may make now; drafting on a case, moving (each move with a reason), comments and
 * recommendations, outcomes. The role gates let the roles through; the territory's rule is then the service's and
 * the database's (0745).
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import { callerOf, type App } from '../http/types.ts';
import { recordReads } from '../audit/index.ts';
import { Marking, MarkingChange } from '../shared/marking.ts';
import {
  OPERATION_ACTIONS,
  OPERATION_COMMENT_KINDS,
  OPERATION_STATUSES,
  OUTCOME_KINDS,
} from '../shared/cases.ts';
import { totalOf } from '../shared/paging.ts';
import { parseInstant, INSTANT_RANGE_MESSAGE } from '../store/bounds.ts';
import { countOperations, listOperations } from './operations.repository.ts';
import { commentOn, draftOperation, moveOperation, showOperation } from './operations.service.ts';
import { recordOperationOutcome } from './outcomes.service.ts';
import type { MailingAct } from './mail.ts';

const HOST_WORKERS = ['analyst', 'commander'] as const;
const CONTRIBUTORS = ['analyst', 'advisor', 'commander'] as const;

const OperationView = z.object({
  id: z.string(),
  caseId: z.string(),
  objective: z.string(),
  territory: z.string().describe('The nation whose territory the operation is in: its commanders decide'),
  state: z.string(),
  municipality: z.string().nullable(),
  hostUnits: z.array(z.string()).describe('Agencies of the host nation'),
  advisors: z.array(z.string()).describe('Users (partner advisors) attached to it'),
  leadIds: z.array(z.string()),
  status: z.enum(OPERATION_STATUSES),
  createdBy: z.string(),
  createdAt: z.string(),
  statusChangedAt: z.string(),
  marking: Marking,
});
const TransitionView = z.object({
  id: z.string(),
  operationId: z.string(),
  action: z.enum(OPERATION_ACTIONS),
  from: z.enum(OPERATION_STATUSES),
  to: z.enum(OPERATION_STATUSES),
  reason: z.string(),
  decidedBy: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string(),
  marking: Marking,
});
const CommentView = z.object({
  id: z.string(),
  operationId: z.string(),
  kind: z.enum(OPERATION_COMMENT_KINDS),
  body: z.string(),
  writtenBy: z.string(),
  writtenByName: z.string().nullable(),
  writtenAt: z.string(),
  marking: Marking,
});
const OutcomeView = z.object({
  id: z.string(),
  operationId: z.string(),
  kind: z.enum(OUTCOME_KINDS),
  substance: z.string().nullable(),
  quantityKg: z.number().nullable(),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  entityId: z.string().nullable(),
  entityRfcs: z
    .array(z.string())
    .describe(
      "The named entity's RFCs, normalised: what links the outcome to the entity in every reader's network",
    ),
  arrests: z.number().int().nullable(),
  note: z.string(),
  observedAt: z.string(),
  incidentId: z.string().nullable().describe('The incident the outcome became (a seizure or a site)'),
  leadOutcomeIds: z.array(z.string()).describe("The outcomes it recorded on the operation's leads"),
  recordedBy: z.string(),
  recordedAt: z.string(),
  marking: Marking,
});
const OperationDetail = OperationView.extend({
  transitions: z.array(TransitionView).describe('Oldest first'),
  comments: z.array(CommentView),
  outcomes: z.array(OutcomeView),
  mayMove: z.record(z.enum(OPERATION_ACTIONS), z.boolean()).describe('The moves you may make now'),
});

const IdParams = z.strictObject({ id: z.uuid() });
const markingBody = MarkingChange.partial()
  .optional()
  .describe("The record's marking; default the operation's (or the case's), never wider");
const instant = z.iso
  .datetime({ offset: true })
  .refine((v) => parseInstant(v) !== null, INSTANT_RANGE_MESSAGE)
  .transform((v) => parseInstant(v)!);
const text = (max: number) => z.string().trim().min(1).max(max);

const operationRoutes: FastifyPluginAsync<{ act: MailingAct }> = async (instance, { act }) => {
  const app = instance as unknown as App;

  app.get(
    '/operations',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Operations you may see, most recently moved first (the board; `status=proposed`: the approval queue)',
        querystring: z.strictObject({
          ...pageQuery,
          status: z.enum(OPERATION_STATUSES).optional(),
          caseId: z.uuid().optional(),
          territory: z
            .string()
            .regex(/^[A-Z]{3}$/)
            .optional(),
          state: z.string().trim().min(1).max(100).optional(),
        }),
        response: { 200: pageOf(OperationView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { limit, offset, ...filter } = request.query;
      return app.db.asUser(actor, async (tx) => {
        const items = await listOperations(tx, filter, limit, offset);
        await recordReads(tx, actor, 'operations', items);
        const total = await totalOf({ limit, offset }, items.length, () => countOperations(tx, filter));
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/operations/:id',
    {
      schema: {
        tags: ['operations'],
        summary: 'One operation: its decisions, comments, outcomes and the moves you may make now',
        params: IdParams,
        response: { 200: OperationDetail },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, (tx) => showOperation(tx, actor, request.params.id));
    },
  );

  app.post(
    '/cases/:id/operations',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Draft an operation on the case (the host nation: its analysts and commanders); no tactical data',
        params: IdParams,
        body: z.strictObject({
          objective: text(2_000),
          state: text(100).describe('The state (entidad federativa) of the jurisdiction'),
          municipality: text(200).optional(),
          hostUnits: z
            .array(z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/))
            .max(50)
            .optional(),
          advisors: z.array(z.uuid()).max(50).optional(),
          leadIds: z
            .array(z.string().regex(/^lead-[0-9a-f]{15}$/))
            .max(100)
            .optional(),
          marking: markingBody,
        }),
        response: { 201: OperationView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...HOST_WORKERS);
      const drafted = await app.db.asUser(actor, (tx) =>
        draftOperation(tx, actor, request.params.id, request.body),
      );
      return reply.status(201).send(drafted);
    },
  );

  for (const action of OPERATION_ACTIONS)
    app.post(
      `/operations/:id/${action}`,
      {
        schema: {
          tags: ['operations'],
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} the operation, with a reason (docs/OPERATIONS.md: who may)`,
          params: IdParams,
          body: z.strictObject({ reason: text(2_000) }),
          response: { 200: z.object({ operation: OperationView, transition: TransitionView }) },
        },
      },
      async (request) => {
        const actor = callerOf(request, ...HOST_WORKERS);
        return act(actor, (tx) => moveOperation(tx, actor, request.params.id, action, request.body.reason));
      },
    );

  app.post(
    '/operations/:id/comments',
    {
      schema: {
        tags: ['operations'],
        summary: 'Comment on the operation or recommend (a partner advisor’s voice; it changes no state)',
        params: IdParams,
        body: z.strictObject({
          kind: z.enum(OPERATION_COMMENT_KINDS).default('comment'),
          body: text(20_000),
          marking: markingBody,
        }),
        response: { 201: CommentView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...CONTRIBUTORS);
      const comment = await act(actor, (tx) => commentOn(tx, actor, request.params.id, request.body));
      return reply.status(201).send(comment);
    },
  );

  app.post(
    '/operations/:id/outcomes',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Record an outcome (seizure, site found or not, entity confirmed, arrests of record); a seizure or a site becomes an incident and feeds the leads',
        params: IdParams,
        body: z.strictObject({
          kind: z.enum(OUTCOME_KINDS),
          substance: text(200).optional(),
          quantityKg: z.number().min(0).max(1_000_000).optional(),
          place: text(200).optional(),
          lat: z.number().min(-90).max(90).optional(),
          lon: z.number().min(-180).max(180).optional(),
          entityId: z.uuid().optional(),
          arrests: z.number().int().min(0).max(10_000).optional(),
          note: z.string().trim().max(2_000).optional(),
          observedAt: instant.optional(),
          marking: markingBody,
        }),
        response: { 201: OutcomeView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...HOST_WORKERS);
      const outcome = await app.db.asUser(actor, (tx) =>
        recordOperationOutcome(tx, actor, request.params.id, request.body),
      );
      return reply.status(201).send(outcome);
    },
  );
};

export default operationRoutes;

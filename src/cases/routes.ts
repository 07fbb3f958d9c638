/**
 * Cases over HTTP: the list (filters a case board and a record's "in which cases" use), one case with its
 * assignees, links the reader sees the targets of, notes and timeline; opening, assigning, linking, noting,
 * closing and reopening, each on the record. Analysts and commanders open and run cases; a partner's advisor
 * reads, links what it may share and writes notes.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import { callerOf, type App } from '../http/types.ts';
import { recordReads } from '../audit/index.ts';
import { importMarking, Marking, MarkingChange } from '../shared/marking.ts';
import { CASE_LINK_KINDS, CASE_STATUSES, OPERATION_STATUSES } from '../shared/cases.ts';
import { totalOf } from '../shared/paging.ts';
import { countCases, listCases } from './repository.ts';
import { assign, link, note, openCase, setStatus, showCase } from './service.ts';
import operationRoutes from './operation-routes.ts';
import notificationRoutes from './notification-routes.ts';
import attachmentRoutes from './attachment-routes.ts';
import assignableRoutes from './assignable-routes.ts';
import { mailingAct, type Mailer } from './mail.ts';

const RUNNERS = ['analyst', 'commander'] as const;
const CONTRIBUTORS = ['analyst', 'advisor', 'commander'] as const;

export const CaseView = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.enum(CASE_STATUSES),
  openedBy: z.string(),
  openedByName: z.string().nullable(),
  openedAt: z.string(),
  marking: Marking.describe("The case's marking; its owner is the lead agency"),
});
const AssigneeView = z.object({
  id: z.string(),
  caseId: z.string(),
  userId: z.string(),
  username: z.string().nullable(),
  agency: z.string().nullable(),
  assignedBy: z.string(),
  assignedAt: z.string(),
  marking: Marking,
});
const LinkView = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(CASE_LINK_KINDS),
  targetId: z.string().describe('An id; a bill of lading for a consignment; `lead-<H3 cell>` for a lead'),
  note: z.string(),
  linkedBy: z.string(),
  linkedByName: z.string().nullable(),
  linkedAt: z.string(),
  marking: Marking,
});
const NoteView = z.object({
  id: z.string(),
  caseId: z.string(),
  body: z.string(),
  writtenBy: z.string(),
  writtenByName: z.string().nullable(),
  writtenAt: z.string(),
  marking: Marking,
});
const TimelineEntryView = z.object({
  at: z.string(),
  kind: z.enum(['opened', 'assigned', 'linked', 'noted', 'attached', 'operation']),
  by: z.string(),
  byName: z.string().nullable(),
  recordId: z.string(),
  what: z.string(),
});
const CaseDetail = CaseView.extend({
  assignees: z.array(AssigneeView),
  links: z.array(LinkView).describe('Only the links whose targets you may see'),
  notes: z.array(NoteView),
  operations: z
    .array(
      z.object({
        id: z.string(),
        objective: z.string(),
        status: z.enum(OPERATION_STATUSES),
        state: z.string(),
        municipality: z.string().nullable(),
        statusChangedAt: z.string(),
      }),
    )
    .describe("The case's operations you may see (GET /api/operations/{id} for one)"),
  timeline: z.array(TimelineEntryView).describe('Oldest first'),
});

const IdParams = z.strictObject({ id: z.uuid() });
const markingBody = MarkingChange.partial()
  .optional()
  .describe("The record's marking; default amber, releasable to your nation");
const noteMarkingBody = MarkingChange.partial()
  .optional()
  .describe("The note's marking; default the case's, and never wider than the case's whatever is asked");
const reasonBody = z.strictObject({ reason: z.string().trim().min(1).max(2_000) });

/** What the composition root gives the cases' routes: the mailer of notifications, when mail is set up. */
export interface CaseRoutesOptions {
  mailer?: Mailer | null;
}

const routes: FastifyPluginAsync<CaseRoutesOptions> = async (instance, options) => {
  const app = instance as unknown as App;
  // an act that notifies mails its recipients once it has committed (mail.ts)
  const act = mailingAct(app.db, options.mailer ?? null);

  app.get(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Cases you may see, newest first',
        querystring: z.strictObject({
          ...pageQuery,
          status: z.enum(CASE_STATUSES).optional(),
          assignedTo: z.uuid().optional().describe('Cases this user is assigned to'),
          linkedKind: z.enum(CASE_LINK_KINDS).optional(),
          linkedId: z
            .string()
            .min(1)
            .max(200)
            .optional()
            .describe('Cases linking this record (that you see)'),
        }),
        response: { 200: pageOf(CaseView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { limit, offset, ...filter } = request.query;
      return app.db.asUser(actor, async (tx) => {
        const items = await listCases(tx, filter, limit, offset);
        await recordReads(tx, actor, 'cases', items);
        const total = await totalOf({ limit, offset }, items.length, () => countCases(tx, filter));
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'One case: assignees, links, notes and its timeline, as far as you may see them',
        params: IdParams,
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, (tx) => showCase(tx, actor, request.params.id));
    },
  );

  app.post(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open a case led by your agency',
        body: z.strictObject({
          title: z.string().trim().min(1).max(300),
          summary: z.string().trim().max(10_000).optional(),
          marking: markingBody,
        }),
        response: { 201: CaseView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...RUNNERS);
      const { marking, ...body } = request.body;
      const opened = await app.db.asUser(actor, (tx) =>
        openCase(tx, actor, { ...body, marking: importMarking(actor, marking) }),
      );
      return reply.status(201).send(opened);
    },
  );

  app.post(
    '/cases/:id/assignees',
    {
      schema: {
        tags: ['cases'],
        summary: 'Assign a user of an agency that may see the case (the lead agency assigns)',
        params: IdParams,
        body: z.strictObject({ userId: z.uuid() }),
        response: { 201: AssigneeView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...RUNNERS);
      const assignee = await act(actor, (tx) => assign(tx, actor, request.params.id, request.body.userId));
      return reply.status(201).send(assignee);
    },
  );

  app.post(
    '/cases/:id/links',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Link a record you may see to the case; the link is marked no wider than the case and the record',
        params: IdParams,
        body: z.strictObject({
          kind: z.enum(CASE_LINK_KINDS),
          targetId: z.string().trim().min(1).max(200),
          note: z.string().trim().max(2_000).optional(),
        }),
        response: { 201: LinkView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...CONTRIBUTORS);
      const stored = await app.db.asUser(actor, (tx) => link(tx, actor, request.params.id, request.body));
      return reply.status(201).send(stored);
    },
  );

  app.post(
    '/cases/:id/notes',
    {
      schema: {
        tags: ['cases'],
        summary: 'Write a note on the case (marked no wider than the case)',
        params: IdParams,
        body: z.strictObject({ body: z.string().trim().min(1).max(20_000), marking: noteMarkingBody }),
        response: { 201: NoteView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...CONTRIBUTORS);
      const written = await app.db.asUser(actor, (tx) => note(tx, actor, request.params.id, request.body));
      return reply.status(201).send(written);
    },
  );

  for (const [action, status] of [
    ['close', 'closed'],
    ['reopen', 'open'],
  ] as const)
    app.post(
      `/cases/:id/${action}`,
      {
        schema: {
          tags: ['cases'],
          summary: `${action === 'close' ? 'Close' : 'Reopen'} the case (its lead agency), with a reason`,
          params: IdParams,
          body: reasonBody,
          response: { 200: CaseView },
        },
      },
      async (request) => {
        const actor = callerOf(request, ...RUNNERS);
        return app.db.asUser(actor, (tx) =>
          setStatus(tx, actor, request.params.id, status, request.body.reason),
        );
      },
    );

  await app.register(operationRoutes, { act });
  await app.register(notificationRoutes);
  await app.register(attachmentRoutes);
  await app.register(assignableRoutes);
};

export default routes;

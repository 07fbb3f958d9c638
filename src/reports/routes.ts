import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit, recordReads } from '../audit/index.ts';
import { Marking, MarkingChange } from '../shared/marking.ts';
import { totalOf } from '../shared/paging.ts';
import { countReports, findReport, insertReport, listReports } from './repository.ts';

const ReportView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  marking: Marking,
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

const NewReport = z.strictObject({
  title: z.string().min(1).max(300),
  body: z.string().min(1).max(100_000),
  marking: MarkingChange,
});

/** Intelligence reports: assessments and field notes, each owned by an agency and marked. */
const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;

  app.get(
    '/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Reports the caller may see, newest first',
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(ReportView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const { limit, offset } = request.query;
        const reports = await listReports(tx, limit, offset);
        await recordReads(
          tx,
          actor,
          'reports',
          reports.map((r) => ({ id: r.id, marking: r.marking })),
        );
        const total = await totalOf(request.query, reports.length, () => countReports(tx));
        return { items: reports, total, limit, offset };
      });
    },
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'One report',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: ReportView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const report = await findReport(tx, request.params.id);
        if (!report) throw new AppError('NOT_FOUND');
        await recordReads(tx, actor, 'reports', [{ id: report.id, marking: report.marking }]);
        return report;
      });
    },
  );

  app.post(
    '/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Write a report owned by the caller’s agency',
        body: NewReport,
        response: { 201: ReportView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, 'analyst', 'advisor', 'regulator', 'commander');
      const report = await app.db.asUser(actor, async (tx) => {
        const created = await insertReport(tx, {
          id: randomUUID(),
          title: request.body.title,
          body: request.body.body,
          marking: { ownerAgency: actor.agency, ...request.body.marking },
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, { action: 'create', table: 'reports', ids: [created.id] });
        return created;
      });
      return reply.status(201).send(report);
    },
  );
};

export default routes;

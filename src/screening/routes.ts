/**
 * Screening API: the alert queue (list, filter, read) and the analyst's actions on an alert, plus
 * the declarations upload that screens and stores a file. Every query runs as the caller, so
 * row-level security decides what is visible; every action and read of marked rows is audited.
 */
import type { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { FieldErrorBody } from '../csv/row-issues.ts';
import { pageOf, pageQuery } from '../http/paging.ts';
import type { App, EscalationHook } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { recordReads, recordReadsOf } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { ImportMarkingQuery, Marking, importMarking } from '../shared/marking.ts';
import { ALERT_ACTIONS, ALERT_STATUSES } from '../shared/workflow.ts';
import { WORKFLOW_ACTION_BODIES } from './workflow-step.ts';
import { ALERT_SORTS, findAlert, listAlertActions, listAlerts, type Alert } from './alerts.repository.ts';
import { actOnAlert } from './alert-service.ts';
import { importDeclarations } from './import-declarations.ts';
import { sharedScreener } from './shared-screener.ts';
import { ALERT_SEVERITIES } from './severity.ts';
import { loadControlList } from './control-list.ts';
import { substanceName, substancesMatching } from './substance-search.ts';

/** Uploads larger than this are refused; a bigger file goes through `centinela import declarations`. */
const UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;

const Reason = z.object({ code: z.string(), en: z.string(), es: z.string() });

const AlertView = z.object({
  id: z.string(),
  declarationId: z.string(),
  lineNo: z.number(),
  billOfLading: z.string().nullable(),
  verdict: z.enum(['controlled', 'analog', 'watch']),
  substanceId: z.string().nullable(),
  /** The listed substance's name; null when the id is not on the control list (or there is none). */
  substanceName: z.object({ en: z.string(), es: z.string() }).nullable(),
  score: z.number(),
  severity: z.enum(ALERT_SEVERITIES),
  reasons: z.array(Reason),
  portLocode: z.string(),
  declaredAt: z.string(),
  status: z.enum(ALERT_STATUSES),
  assignee: z.string().nullable(),
  /** The assignee's display name, for callers of the assignee's nation; null otherwise. */
  assigneeName: z.string().nullable(),
  dismissReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  marking: Marking,
});

/** What escalating answers besides the alert: the case it went into, for the web to lead there. */
const EscalatedAlertView = AlertView.extend({
  caseId: z.string().optional().describe('The case the alert was escalated into (opened or named)'),
});

const AlertDetail = AlertView.extend({
  actions: z.array(
    z.object({
      action: z.string(),
      fromStatus: z.string(),
      toStatus: z.string(),
      actorUser: z.string().nullable(),
      assignee: z.string().nullable(),
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

const ImportSummaryView = z.object({
  list_version: z.string(),
  rows: z.number(),
  imported: z.number(),
  already_imported: z.number(),
  rejected: z.number(),
  alerts: z.object({ controlled: z.number(), analog: z.number(), watch: z.number() }),
  verdicts: z.object({ controlled: z.number(), analog: z.number(), watch: z.number(), clear: z.number() }),
  batches: z.number(),
  errors: z.array(
    z.object({
      line: z.number(),
      declaration_id: z.string().optional(),
      line_no: z.number().optional(),
      errors: z.array(FieldErrorBody),
    }),
  ),
});

/** An alert as the API shows it: with the listed substance's name, so no client needs the control list. */
const withSubstanceName = (alert: Alert) => ({
  ...alert,
  substanceName: substanceName(loadControlList(), alert.substanceId),
});

export interface ScreeningRoutesOptions {
  /** Escalating an alert also opens a case for it or adds it to one (cases' `escalateInto`, from the root). */
  escalated?: EscalationHook;
}

const routes: FastifyPluginAsync<ScreeningRoutesOptions> = async (instance, options) => {
  const app = instance as unknown as App;
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1 } });
  // A CSV body is handed over as a stream: the import reads it row by row.
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));

  app.get(
    '/alerts',
    {
      schema: {
        tags: ['screening'],
        summary: 'The screening alert queue the caller may see, filtered, sorted and paginated',
        querystring: z.strictObject({
          verdict: z.enum(['controlled', 'analog', 'watch']).optional(),
          port: z
            .string()
            .regex(/^[A-Z]{2}[A-Z2-9]{3}$/)
            .optional(),
          substance: z
            .string()
            .max(64)
            .optional()
            .describe('a listed substance: name or synonym in Spanish or English, CAS number, or id'),
          status: z.enum(ALERT_STATUSES).optional(),
          severity: z.enum(ALERT_SEVERITIES).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          sort: z.enum(ALERT_SORTS).default('score'),
          order: z.enum(['asc', 'desc']).default('desc'),
          ...pageQuery,
        }),
        response: { 200: pageOf(AlertView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const query = request.query;
      const { substance, ...filters } = query;
      const list = loadControlList();
      // The text names listed substances (by name, synonym, CAS or id); an id the list lacks still matches itself.
      const substanceIds =
        substance === undefined ? undefined : [...substancesMatching(list, substance), substance.trim()];
      return app.db.asUser(actor, async (tx) => {
        const { alerts, total } = await listAlerts(tx, { ...filters, substanceIds });
        await recordReads(
          tx,
          actor,
          'alerts',
          alerts.map((a) => ({ id: a.id, marking: a.marking })),
        );
        return {
          items: alerts.map(withSubstanceName),
          total,
          limit: query.limit,
          offset: query.offset,
        };
      });
    },
  );

  app.get(
    '/alerts/:id',
    {
      schema: {
        tags: ['screening'],
        summary: 'One alert with the history of what analysts did with it',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: AlertDetail },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const alert = await findAlert(tx, request.params.id);
        if (!alert) throw new AppError('ALERT_NOT_FOUND', { field: 'id' });
        const actions = await listAlertActions(tx, alert.id);
        await recordReadsOf(tx, actor, {
          alerts: [{ id: alert.id, marking: alert.marking }],
          alert_actions: actions,
        });
        return {
          ...withSubstanceName(alert),
          actions: actions.map(({ id: _id, marking: _marking, ...action }) => action),
        };
      });
    },
  );

  for (const action of ALERT_ACTIONS) {
    app.post(
      `/alerts/:id/${action}`,
      {
        schema: {
          tags: ['screening'],
          summary:
            action === 'dismiss'
              ? 'Dismiss an alert (a reason is required)'
              : `${action[0]?.toUpperCase()}${action.slice(1)} an alert`,
          params: z.strictObject({ id: z.uuid() }),
          body: WORKFLOW_ACTION_BODIES[action],
          response: { 200: action === 'escalate' ? EscalatedAlertView : AlertView },
        },
      },
      async (request) => {
        const actor = callerOf(request, 'analyst');
        const body = (request.body ?? {}) as { assignee?: string; reason?: string; caseId?: string };
        const { alert, caseId } = await app.db.asUser(actor, async (tx) => {
          const acted = await actOnAlert(tx, actor, request.params.id, {
            action,
            assignee: body.assignee,
            reason: body.reason,
          });
          const into =
            action === 'escalate' && options.escalated
              ? await options.escalated(tx, actor, {
                  kind: 'alert',
                  id: acted.id,
                  caseId: body.caseId,
                  reason: body.reason,
                })
              : undefined;
          return { alert: acted, caseId: into?.id };
        });
        return { ...withSubstanceName(alert), ...(caseId ? { caseId } : {}) };
      },
    );
  }

  app.post(
    '/declarations/import',
    {
      schema: {
        tags: ['screening'],
        summary:
          'Import a declarations CSV (multipart field "file", or a text/csv body): every line screened and stored, alerts for the non-clear ones; idempotent',
        consumes: ['multipart/form-data', 'text/csv'],
        querystring: ImportMarkingQuery,
        response: { 200: ImportSummaryView },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'analyst');
      const source = request.isMultipart()
        ? (await request.file())?.file
        : (request.body as Readable | undefined);
      if (!source || typeof source.pipe !== 'function') throw new AppError('DECLARATIONS_FILE_MISSING');
      return importDeclarations(app.db, actor, source, await sharedScreener(), {
        marking: importMarking(actor, request.query),
      });
    },
  );
};

export default routes;

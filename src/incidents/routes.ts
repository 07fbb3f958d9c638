/**
 * Incidents and field reports over HTTP: the CSV imports (multipart field "file" or a text/csv body, with the
 * markings as query parameters, as the other imports) and the lists and records the caller may see, every read
 * recorded in the audit trail.
 */
import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordReads } from '../audit/index.ts';
import { FieldErrorBody } from '../csv/row-issues.ts';
import { AppError } from '../errors/app-error.ts';
import { pageOf, pageQuery } from '../http/paging.ts';
import { callerOf, type App } from '../http/types.ts';
import {
  INCIDENT_KINDS,
  INDICATORS,
  PLACED_BY,
  RELIABILITY_GRADES,
  SOURCE_TYPES,
} from '../shared/evidence.ts';
import { ImportMarkingQuery, Marking, importMarking } from '../shared/marking.ts';
import { totalOf } from '../shared/paging.ts';
import { importFieldReports, importIncidents, recordFieldReport, recordIncident } from './import.ts';
import { FIELD_REPORT_COLUMNS, INCIDENT_COLUMNS } from './model.ts';
import { partiesOf, type EntitiesOfParties } from './parties.ts';
import {
  countFieldReports,
  countIncidents,
  findFieldReport,
  findIncident,
  listFieldReports,
  listIncidents,
  ownFieldReportId,
  ownIncidentId,
} from './repository.ts';

/** An evidence file larger than this is refused; the CLI imports bigger ones. */
const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

const EvidenceImportSummary = z.object({
  rows: z.number(),
  imported: z.number().describe('New records'),
  updated: z.number().describe('Records already imported (same source id) whose content or marking changed'),
  unchanged: z.number().describe('Records already imported as they are'),
  rejected: z.number(),
  errors: z.array(
    z.object({
      line: z.number().describe('1-based line in the file (the header is line 1)'),
      errors: z.array(FieldErrorBody),
    }),
  ),
});

const Position = {
  lat: z.number(),
  lon: z.number(),
  place: z.string().nullable().describe('The place as the file named it'),
  placedBy: z
    .enum(PLACED_BY)
    .describe('Where the position comes from: the row, the locations registry, a locality'),
};

const IncidentView = z.object({
  id: z.string(),
  incidentId: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  occurredAt: z.string(),
  ...Position,
  substanceCas: z.string().nullable(),
  substanceName: z.string().nullable(),
  quantityKg: z.number().nullable(),
  billOfLading: z.string().nullable(),
  containerNo: z.string().nullable(),
  partyNames: z.array(z.string()),
  partyRfcs: z.array(z.string()),
  narrative: z.string(),
  marking: Marking,
  importedAt: z.string(),
});

const IncidentDetail = IncidentView.extend({
  parties: z
    .array(
      z.object({
        by: z.enum(['rfc', 'name']),
        value: z.string().describe('The RFC or the name as the incident gives it'),
        entityId: z
          .string()
          .nullable()
          .describe('The entity it resolved into, when the caller may read one; null otherwise'),
      }),
    )
    .describe("The incident's parties, RFCs first, each linked to its resolved entity"),
});

const FieldReportView = z.object({
  id: z.string(),
  reportId: z.string(),
  observedAt: z.string(),
  ...Position,
  sourceType: z.enum(SOURCE_TYPES),
  reliability: z.enum(RELIABILITY_GRADES),
  credibility: z.number().int(),
  indicators: z.array(z.enum(INDICATORS)),
  narrative: z.string(),
  marking: Marking,
  importedAt: z.string(),
});

async function uploadedText(request: FastifyRequest): Promise<string> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw new AppError('EVIDENCE_FILE_MISSING');
    return (await file.toBuffer()).toString('utf8');
  }
  const body = request.body as Readable | string | undefined;
  if (typeof body === 'string') return body;
  if (!body || typeof body.pipe !== 'function') throw new AppError('EVIDENCE_FILE_MISSING');
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

const days = {
  from: z.iso.date().optional().describe('First day (UTC) included'),
  to: z.iso.date().optional().describe('Last day (UTC) included'),
};

/** A cell of a record sent as JSON: text as in the CSV, or a list for the `;`-separated columns. */
const Cell = z.union([z.string().max(20_000), z.number(), z.array(z.string().max(500)).max(200)]).optional();
const recordBody = (columns: readonly string[]) =>
  z.strictObject(Object.fromEntries(columns.map((column) => [column, Cell])));

/** The record's columns as the CSV would hold them: numbers as text, lists joined by `;`. */
function cellsOf(body: Record<string, string | number | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).map(([column, value]) => [
      column,
      Array.isArray(value) ? value.join(';') : value === undefined ? '' : String(value),
    ]),
  );
}

const RecordAnswer = z.object({
  id: z.string().describe('The stored record'),
  outcome: z.enum(['imported', 'updated', 'unchanged']),
});

/** What the composition root gives the incidents' routes: resolution's matching of parties to entities. */
export interface IncidentRoutesOptions {
  entitiesOfParties: EntitiesOfParties;
}

const routes: FastifyPluginAsync<IncidentRoutesOptions> = async (instance, options) => {
  const app = instance as unknown as App;
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1 } });
  app.addContentTypeParser('text/csv', { bodyLimit: UPLOAD_LIMIT_BYTES }, (_request, payload, done) =>
    done(null, payload),
  );

  for (const [path, what, run] of [
    ['incidents', 'an incidents', importIncidents],
    ['field-reports', 'a field reports', importFieldReports],
  ] as const)
    app.post(
      `/${path}/import`,
      {
        schema: {
          tags: ['incidents'],
          summary: `Import ${what} CSV (multipart field "file", or a text/csv body) with the markings to apply; per-row errors; idempotent by the source's id`,
          consumes: ['multipart/form-data', 'text/csv'],
          querystring: ImportMarkingQuery,
          response: { 200: EvidenceImportSummary },
        },
      },
      async (request) => {
        const actor = callerOf(request, 'analyst', 'commander', 'admin');
        return run(app.db, actor, await uploadedText(request), importMarking(actor, request.query));
      },
    );

  for (const [path, what, columns, record, ownId] of [
    ['incidents', 'incident', INCIDENT_COLUMNS, recordIncident, ownIncidentId],
    ['field-reports', 'field report', FIELD_REPORT_COLUMNS, recordFieldReport, ownFieldReportId],
  ] as const)
    app.post(
      `/${path}`,
      {
        schema: {
          tags: ['incidents'],
          summary: `Record one ${what} (the web form): its CSV columns as JSON, checked and stored as a CSV row is, with the markings to apply; a refused record names every field with an error`,
          querystring: ImportMarkingQuery,
          body: recordBody(columns),
          response: { 201: RecordAnswer, 200: RecordAnswer },
        },
      },
      async (request, reply) => {
        const actor = callerOf(request, 'analyst', 'commander', 'admin');
        const cells = cellsOf(request.body);
        const outcome = await record(app.db, actor, cells, importMarking(actor, request.query));
        const sourceId = (cells[columns[0]] ?? '').trim();
        const id = await app.db.asUser(actor, (tx) => ownId(tx, actor.agency, sourceId));
        if (!id) throw new AppError('INTERNAL');
        void reply.status(outcome === 'imported' ? 201 : 200);
        return { id, outcome };
      },
    );

  app.get(
    '/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Incidents the caller may see, latest first',
        querystring: z.strictObject({ kind: z.enum(INCIDENT_KINDS).optional(), ...days, ...pageQuery }),
        response: { 200: pageOf(IncidentView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const { kind, from, to, limit, offset } = request.query;
        const items = await listIncidents(tx, { kind, from, to, limit, offset });
        await recordReads(tx, actor, 'incidents', items);
        const total = await totalOf(request.query, items.length, () =>
          countIncidents(tx, { kind, from, to }),
        );
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/incidents/:id',
    {
      schema: {
        tags: ['incidents'],
        summary: 'One incident, its parties linked to the entities they resolved into',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: IncidentDetail },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const incident = await findIncident(tx, request.params.id);
        if (!incident) throw new AppError('INCIDENT_NOT_FOUND', { field: 'id' });
        await recordReads(tx, actor, 'incidents', [incident]);
        return { ...incident, parties: await partiesOf(tx, incident, options.entitiesOfParties) };
      });
    },
  );

  app.get(
    '/field-reports',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Field reports the caller may see, latest first',
        querystring: z.strictObject({ sourceType: z.enum(SOURCE_TYPES).optional(), ...days, ...pageQuery }),
        response: { 200: pageOf(FieldReportView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const { sourceType, from, to, limit, offset } = request.query;
        const items = await listFieldReports(tx, { sourceType, from, to, limit, offset });
        await recordReads(tx, actor, 'field_reports', items);
        const total = await totalOf(request.query, items.length, () =>
          countFieldReports(tx, { sourceType, from, to }),
        );
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/field-reports/:id',
    {
      schema: {
        tags: ['incidents'],
        summary: 'One field report',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: FieldReportView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const report = await findFieldReport(tx, request.params.id);
        if (!report) throw new AppError('FIELD_REPORT_NOT_FOUND', { field: 'id' });
        await recordReads(tx, actor, 'field_reports', [report]);
        return report;
      });
    },
  );
};

export default routes;

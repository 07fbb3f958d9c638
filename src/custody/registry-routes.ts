/**
 * The registries from the web app (issue 16): permits and locations uploaded as CSV files with the markings to
 * apply, one permit with its history of edits. Every import is followed by the analysis of the consignments it
 * made stale, so the summary says what the analysis did.
 */
import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FieldErrorBody } from '../csv/row-issues.ts';
import { recordReads } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { pageOf, pageQuery } from '../http/paging.ts';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { ImportMarkingQuery, importMarking } from '../shared/marking.ts';
import { pageOfAll } from '../shared/paging.ts';
import { PermitView } from './consignment-view.schema.ts';
import { analyseConsignments } from './findings.service.ts';
import { listPermitChanges } from './permit-history.repository.ts';
import { findPermit, type StoredPermit } from './registry.repository.ts';
import type { Actor } from '../shared/actor.ts';
import type { Tx } from '../store/database.ts';
import { importLocations, importPermits } from './registry.service.ts';

/** A registry file larger than this is refused; the CLI imports bigger ones. */
const REGISTRY_LIMIT_BYTES = 20 * 1024 * 1024;

const RegistryImportSummary = z.object({
  rows: z.number(),
  imported: z.number().describe('Rows stored: new records and records updated'),
  rejected: z.number(),
  errors: z.array(
    z.object({
      line: z.number().describe('1-based line in the file (the header is line 1)'),
      errors: z.array(FieldErrorBody),
    }),
  ),
  analysis: z
    .object({ consignments: z.number(), findings: z.number() })
    .describe('The analysis run after the import over the consignments it made stale'),
});

const PermitChangeView = z.object({
  id: z.string(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  changedByName: z.string().nullable().describe("For callers of the changer's nation only"),
  changedByNation: z.string(),
  fields: z.array(
    z.object({
      field: z.enum(['holderName', 'maxKgPerYear', 'validFrom', 'validTo', 'siteId']),
      before: z.union([z.string(), z.number()]).nullable(),
      after: z.union([z.string(), z.number()]).nullable(),
    }),
  ),
});

async function uploadedText(request: FastifyRequest): Promise<string> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw new AppError('REGISTRY_FILE_MISSING');
    return (await file.toBuffer()).toString('utf8');
  }
  const body = request.body as Readable | string | undefined;
  if (typeof body === 'string') return body;
  if (!body || typeof body.pipe !== 'function') throw new AppError('REGISTRY_FILE_MISSING');
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** A permit the caller reads, its read recorded; one the caller cannot see does not exist for it. */
async function readPermit(tx: Tx, actor: Actor, id: string): Promise<StoredPermit> {
  const permit = await findPermit(tx, id);
  if (!permit) throw new AppError('PERMIT_NOT_FOUND', { field: 'id' });
  await recordReads(tx, actor, 'permits', [{ id: permit.id, marking: permit.marking }]);
  return permit;
}

export async function registryRoutes(app: App): Promise<void> {
  await app.register(multipart, { limits: { fileSize: REGISTRY_LIMIT_BYTES, files: 1 } });
  app.addContentTypeParser('text/csv', { bodyLimit: REGISTRY_LIMIT_BYTES }, (_request, payload, done) =>
    done(null, payload),
  );

  for (const [what, run, roles] of [
    ['permits', importPermits, ['regulator', 'admin']],
    ['locations', importLocations, ['analyst', 'regulator', 'admin']],
  ] as const) {
    app.post(
      `/${what}/import`,
      {
        schema: {
          tags: ['custody'],
          summary: `Import a ${what} CSV (multipart field "file", or a text/csv body) with the markings to apply; per-row errors; then the stale consignments are analysed`,
          consumes: ['multipart/form-data', 'text/csv'],
          querystring: ImportMarkingQuery,
          response: { 200: RegistryImportSummary },
        },
      },
      async (request) => {
        const actor = callerOf(request, ...roles);
        const summary = await run(
          app.db,
          actor,
          await uploadedText(request),
          importMarking(actor, request.query),
        );
        const analysis = await analyseConsignments(app.db, actor, 'stale');
        return { ...summary, analysis };
      },
    );
  }

  app.get(
    '/permits/:id',
    {
      schema: {
        tags: ['custody'],
        summary: 'One permit of the registry',
        params: z.object({ id: z.uuid() }),
        response: { 200: PermitView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        return readPermit(tx, actor, request.params.id);
      });
    },
  );

  app.get(
    '/permits/:id/history',
    {
      schema: {
        tags: ['custody'],
        summary: "A permit's edits, newest first: who changed which fields when (marked as the permit)",
        params: z.object({ id: z.uuid() }),
        querystring: z.object(pageQuery),
        response: { 200: pageOf(PermitChangeView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => {
        const permit = await readPermit(tx, actor, request.params.id);
        return pageOfAll(await listPermitChanges(tx, permit.id, actor.nation), request.query);
      });
    },
  );
}

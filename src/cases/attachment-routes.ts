/**
 * Case attachments over HTTP: upload (multipart field "file", the marking as query parameters so that it comes
 * before the file), the list of a case's attachments or of all the caller sees, and the download. A download is
 * offered as a file to save, never to render (`Content-Disposition: attachment`, `nosniff`), with the type checked
 * at upload.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordReads } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { pageOf, pageQuery } from '../http/paging.ts';
import { callerOf, type App } from '../http/types.ts';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MEDIA_TYPES } from '../shared/attachments.ts';
import { Marking, Tlp } from '../shared/marking.ts';
import { totalOf } from '../shared/paging.ts';
import { countAttachments, listAttachments } from './attachments.repository.ts';
import { attach, download, type Upload } from './attachments.service.ts';
import { visibleCase } from './service.ts';

const CONTRIBUTORS = ['analyst', 'advisor', 'commander'] as const;

const AttachmentView = z.object({
  id: z.string(),
  caseId: z.string(),
  filename: z.string(),
  contentType: z.enum(ATTACHMENT_MEDIA_TYPES),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the content, hexadecimal'),
  uploadedBy: z.string(),
  uploadedByName: z.string().nullable(),
  uploadedAt: z.string(),
  marking: Marking,
});

const commaList = (items: z.ZodType<string[], string[]>) =>
  z
    .string()
    .max(2_000)
    .transform((text) =>
      text
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(items)
    .optional();

/** The attachment's marking: each part absent is the case's, and the whole never wider than the case's. */
const AttachMarkingQuery = z.strictObject({
  tlp: Tlp.optional(),
  releasableTo: commaList(Marking.shape.releasableTo.max(100)).describe('Nations, comma-separated'),
  recipients: commaList(Marking.shape.recipients.max(100)).describe('Agencies, comma-separated'),
});

const IdParams = z.strictObject({ id: z.uuid() });

/** The multipart upload's file, read whole (at most ATTACHMENT_MAX_BYTES: the parser stops beyond). */
async function uploadOf(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new AppError('ATTACHMENT_MISSING', { field: 'file' });
  const file = await request.file();
  if (!file) throw new AppError('ATTACHMENT_MISSING', { field: 'file' });
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('ATTACHMENT_TOO_LARGE', { field: 'file' });
    throw error;
  }
  return { filename: file.filename, declaredType: file.mimetype, content };
}

/** `filename*` (RFC 6266, RFC 8187) for any name; `filename` an ASCII stand-in for old clients. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const attachmentRoutes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  await app.register(multipart, { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 0 } });

  app.post(
    '/cases/:id/attachments',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Attach a file to the case (multipart field "file"; PDF, PNG, JPEG, text, CSV, XLSX or DOCX, at most 10 MiB, its type checked against its content); marked no wider than the case',
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: AttachMarkingQuery,
        response: { 201: AttachmentView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, ...CONTRIBUTORS);
      // the case first: who may not see it learns nothing of what the upload would have been refused for
      await app.db.asUser(actor, (tx) => visibleCase(tx, request.params.id));
      const upload = await uploadOf(request);
      const stored = await app.db.asUser(actor, (tx) =>
        attach(tx, actor, request.params.id, upload, request.query),
      );
      return reply.status(201).send(stored);
    },
  );

  app.get(
    '/cases/:id/attachments',
    {
      schema: {
        tags: ['cases'],
        summary: "The case's attachments you may see, newest first (without their content)",
        params: IdParams,
        querystring: z.strictObject({ ...pageQuery }),
        response: { 200: pageOf(AttachmentView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { limit, offset } = request.query;
      const filter = { caseId: request.params.id };
      return app.db.asUser(actor, async (tx) => {
        await visibleCase(tx, request.params.id);
        const items = await listAttachments(tx, filter, limit, offset);
        await recordReads(tx, actor, 'case_attachments', items);
        const total = await totalOf({ limit, offset }, items.length, () => countAttachments(tx, filter));
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/attachments',
    {
      schema: {
        tags: ['cases'],
        summary: 'The attachments you may see across cases, newest first (without their content)',
        querystring: z.strictObject({ ...pageQuery }),
        response: { 200: pageOf(AttachmentView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { limit, offset } = request.query;
      return app.db.asUser(actor, async (tx) => {
        const items = await listAttachments(tx, {}, limit, offset);
        await recordReads(tx, actor, 'case_attachments', items);
        const total = await totalOf({ limit, offset }, items.length, () => countAttachments(tx, {}));
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'Download an attachment: its content with its stored type, as a file to save',
        params: IdParams,
        produces: ATTACHMENT_MEDIA_TYPES,
        response: {
          200: z
            .instanceof(Buffer)
            .meta({ description: "The file's bytes", type: 'string', format: 'binary' }),
        },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request);
      const { attachment, content } = await app.db.asUser(actor, (tx) =>
        download(tx, actor, request.params.id),
      );
      void reply
        .type(attachment.contentType)
        .header('content-disposition', contentDisposition(attachment.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store');
      return reply.send(content);
    },
  );
};

export default attachmentRoutes;

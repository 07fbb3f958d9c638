/**
 * An EPCIS document uploaded from the web app (issue 16): a JSON file (or body) with the markings to apply,
 * answered with what an import summary says — events read, stored, already stored, the errors by event (the
 * document is stored whole or not at all) and what the analysis of the touched consignments found.
 */
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { FieldErrorBody } from '../csv/row-issues.ts';
import { AppError } from '../errors/app-error.ts';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { ImportMarkingQuery, importMarking } from '../shared/marking.ts';
import { captureAndAnalyse, type Analyse } from './capture-and-analyse.ts';
import { validateEpcisDocument } from './validate.ts';

const IMPORT_BYTE_LIMIT = 32 * 1024 * 1024;

const EpcisImportSummary = z.object({
  events: z.number(),
  stored: z.number(),
  alreadyStored: z.number().describe('Events whose eventID was stored before (idempotent)'),
  rejected: z.number().describe('Events with an error (then nothing of the document is stored)'),
  errors: z.array(
    z.object({
      line: z.number().describe('1-based position of the event in the eventList; 0 for the document itself'),
      eventId: z.string().nullable(),
      errors: z.array(FieldErrorBody),
    }),
  ),
  analysis: z.object({ consignments: z.number(), findings: z.number() }).nullable(),
});
type EpcisImportSummary = z.infer<typeof EpcisImportSummary>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('MALFORMED_JSON');
  }
}

export async function epcisImportRoute(app: App, analyser: Analyse): Promise<void> {
  await app.register(multipart, { limits: { fileSize: IMPORT_BYTE_LIMIT, files: 1 } });
  app.post(
    '/epcis/import',
    {
      bodyLimit: IMPORT_BYTE_LIMIT,
      schema: {
        tags: ['epcis'],
        summary:
          'Import an EPCISDocument (multipart field "file", or a JSON body) with the markings to apply: stored whole or not at all, errors by event, then the touched consignments analysed',
        consumes: ['multipart/form-data', 'application/json', 'application/ld+json'],
        querystring: ImportMarkingQuery,
        response: { 200: EpcisImportSummary },
      },
    },
    async (request): Promise<EpcisImportSummary> => {
      const actor = callerOf(request, 'analyst', 'admin', 'regulator');
      let document: unknown;
      if (request.isMultipart()) {
        const file = await request.file();
        if (!file) throw new AppError('EPCIS_FILE_MISSING');
        document = parseJson((await file.toBuffer()).toString('utf8'));
      } else document = request.body;
      if (document === undefined || document === null) throw new AppError('EPCIS_FILE_MISSING');
      const events = (document as { epcisBody?: { eventList?: unknown } }).epcisBody?.eventList;
      const eventCount = Array.isArray(events) ? events.length : 0;
      const validation = validateEpcisDocument(document);
      if (!validation.ok) {
        const byEvent = new Map<number, EpcisImportSummary['errors'][number]>();
        for (const e of validation.errors) {
          const line = e.eventIndex === null ? 0 : e.eventIndex + 1;
          const entry = byEvent.get(line) ?? { line, eventId: e.eventId, errors: [] };
          entry.errors.push({
            field: e.field || '(event)',
            code: e.code,
            params: e.params,
            message: e.message,
          });
          byEvent.set(line, entry);
        }
        const errors = [...byEvent.values()].sort((a, b) => a.line - b.line);
        return {
          events: eventCount,
          stored: 0,
          alreadyStored: 0,
          rejected: errors.filter((e) => e.line > 0).length,
          errors,
          analysis: null,
        };
      }
      const result = await captureAndAnalyse(app.db, actor, [document], {
        analyse: 'touched',
        analyser,
        marking: importMarking(actor, request.query),
      });
      return {
        events: result.events,
        stored: result.stored,
        alreadyStored: result.events - result.stored,
        rejected: 0,
        errors: [],
        analysis: result.analysis,
      };
    },
  );
}

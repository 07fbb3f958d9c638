/**
 * EPCIS 2.0 REST binding (subset): asynchronous capture with a capture job, and the events query
 * with the common parameters and pagination. Row-level security decides which events a caller sees.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { recordReads } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { captureAndAnalyse, type Analyse } from './capture-and-analyse.ts';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { EventQueryParams, decodePageToken, encodePageToken, queryDocument } from './query.ts';
import { findCaptureJob, queryEvents } from './repository.ts';
import { epcisImportRoute } from './import-route.ts';

/** Events per capture call, advertised as GS1-EPCIS-Capture-Limit. */
const CAPTURE_EVENT_LIMIT = 10_000;
const CAPTURE_BYTE_LIMIT = 32 * 1024 * 1024;
const GS1_HEADERS = { 'GS1-EPCIS-Version': '2.0.0', 'GS1-CBV-Version': '2.0.0' };

const CaptureJobBody = z.object({
  captureID: z.string(),
  running: z.boolean(),
  success: z.boolean().nullable(),
  captureErrorBehaviour: z.string(),
  eventCount: z.number(),
  storedCount: z.number(),
  errors: z.array(z.unknown()),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** What the composition root gives the EPCIS routes: custody's analysis, run after each capture. */
export interface EpcisRoutesOptions {
  analyse: Analyse;
}

const routes: FastifyPluginAsync<EpcisRoutesOptions> = async (instance, options) => {
  const app = instance as unknown as App;
  await epcisImportRoute(app, options.analyse);
  app.addContentTypeParser(
    'application/ld+json',
    { parseAs: 'string', bodyLimit: CAPTURE_BYTE_LIMIT },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError('MALFORMED_JSON'), undefined);
      }
    },
  );

  app.options(
    '/epcis/capture',
    { schema: { tags: ['epcis'], summary: 'Capture limits' } },
    async (_request, reply) => {
      void reply.headers({
        ...GS1_HEADERS,
        'GS1-EPCIS-Capture-Limit': String(CAPTURE_EVENT_LIMIT),
        'GS1-EPCIS-Capture-File-Size-Limit': String(CAPTURE_BYTE_LIMIT),
      });
      return reply.code(204).send();
    },
  );

  app.post(
    '/epcis/capture',
    {
      bodyLimit: CAPTURE_BYTE_LIMIT,
      schema: {
        tags: ['epcis'],
        summary:
          'Capture an EPCISDocument (whole or nothing; idempotent by eventID); 202 + Location of the capture job',
        body: z.looseObject({ type: z.string() }),
        response: { 202: z.object({ captureID: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, 'analyst', 'admin', 'regulator');
      const body = request.body as { epcisBody?: { eventList?: unknown[] } };
      if ((body.epcisBody?.eventList?.length ?? 0) > CAPTURE_EVENT_LIMIT) {
        throw new AppError('EPCIS_CAPTURE_LIMIT', {
          field: 'epcisBody.eventList',
          detail: `at most ${CAPTURE_EVENT_LIMIT} events`,
        });
      }
      const { captureIds } = await captureAndAnalyse(app.db, actor, [request.body], {
        analyse: 'touched',
        analyser: options.analyse,
      });
      const result = { captureId: captureIds[0]! };
      void reply.headers({ ...GS1_HEADERS, Location: `/api/epcis/capture/${result.captureId}` });
      return reply.code(202).send({ captureID: result.captureId });
    },
  );

  app.get(
    '/epcis/capture/:captureID',
    {
      schema: {
        tags: ['epcis'],
        summary: 'Status of a capture job',
        params: z.object({ captureID: z.uuid() }),
        response: { 200: CaptureJobBody },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const job = await app.db.asUser(actor, (tx) => findCaptureJob(tx, request.params.captureID));
      if (!job) throw new AppError('EPCIS_CAPTURE_NOT_FOUND', { field: 'captureID' });
      const { id, ...rest } = job;
      return { captureID: id, ...rest };
    },
  );

  app.get(
    '/epcis/events',
    {
      schema: {
        tags: ['epcis'],
        summary:
          'EPCIS events query (common parameters, perPage / nextPageToken); returns an EPCISQueryDocument',
        querystring: EventQueryParams,
        response: { 200: z.looseObject({ type: z.literal('EPCISQueryDocument') }) },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request);
      const { perPage, nextPageToken, ...filters } = request.query;
      const after = nextPageToken ? decodePageToken(nextPageToken) : undefined;
      if (after === null) throw new AppError('EPCIS_INVALID_PAGE_TOKEN', { field: 'nextPageToken' });
      const rows = await app.db.asUser(actor, async (tx) => {
        const found = await queryEvents(tx, { ...filters, after }, perPage + 1);
        await recordReads(tx, actor, 'epcis_events', found.slice(0, perPage));
        return found;
      });
      const page = rows.slice(0, perPage);
      const last = page.at(-1);
      void reply.headers(GS1_HEADERS);
      if (rows.length > perPage && last) {
        const params = new URLSearchParams(request.query as unknown as Record<string, string>);
        params.set('nextPageToken', encodePageToken(last.event_time, last.id));
        params.set('perPage', String(perPage));
        void reply.header('Link', `</api/epcis/events?${params.toString()}>; rel="next"`);
      }
      return queryDocument(
        page.map((r) => r.document),
        new Date().toISOString(),
      );
    },
  );
};

export default routes;

/**
 * The TAXII 2.1 server under /taxii2/: discovery, one API root, one collection (everything the caller may see),
 * its objects, one object and its versions, and its manifest; for a peer's account also the inbox it pushes to
 * (write-only: POST objects) and the status resources of its pushes (inbox.ts). A peer instance reads it with the token of its
 * machine account here (`centinela peers add`), as a bearer token or as HTTP Basic (its username, the token as
 * password); it receives exactly what its agency may see: the objects are those of `centinela export stix`, read
 * as the caller under row-level security, and the reads are audited. Requests must accept
 * `application/taxii+json;version=2.1` (406 otherwise), and every answer is of that type.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { taxiiErrorOf } from '../shared/taxii-error.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { callerOf, type App } from '../http/types.ts';
import { collectionPage, versionOf, type PageEntry } from './collection.ts';
import { pushObjects, readStatus } from './inbox.ts';
import {
  acceptsTaxii,
  ApiRoot,
  API_ROOT_PATH,
  Collection,
  COLLECTION,
  DATE_ADDED_FIRST,
  DATE_ADDED_LAST,
  Discovery,
  Envelope,
  INBOX,
  isTaxiiContent,
  Manifest,
  MAX_CONTENT_LENGTH,
  MAX_LIMIT,
  PostEnvelope,
  Status,
  STIX_MEDIA_TYPE,
  TAXII_MEDIA_TYPE,
  TaxiiQuery,
  Versions,
} from './taxii.ts';

export interface TaxiiRoutesOptions {
  /** Who an API token belongs to (identity's `authenticate`, passed by the composition root): HTTP Basic. */
  authenticate: (db: Database, token: string, requestId: string) => Promise<Actor | null>;
}

const CollectionParams = z.object({ collectionId: z.string().max(100) });
const ObjectParams = CollectionParams.extend({ objectId: z.string().max(300) });
const StatusParams = z.object({ statusId: z.string().max(100) });
const Collections = z.object({ collections: z.array(Collection) });
const tags = ['taxii'];

/** HTTP Basic: the username of a (peer) account and one of its API tokens as the password. */
function basicCredentials(header: string | undefined): { username: string; token: string } | null {
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  return { username: decoded.slice(0, colon), token: decoded.slice(colon + 1) };
}

/** The absolute URL of a path on this server, as the client reached it. */
const urlOf = (request: FastifyRequest, path: string) => `${request.protocol}://${request.host}${path}`;

/** The collections a caller is shown: the inbox to a peer's account only (no one else may write there). */
const collectionsOf = (actor: Actor) => (actor.peer ? [COLLECTION, INBOX] : [COLLECTION]);

/** One collection of the caller's (404 for any other id). */
function collectionFor(actor: Actor, collectionId: string) {
  const found = collectionsOf(actor).find((c) => c.id === collectionId);
  if (!found) throw new AppError('NOT_FOUND', { detail: 'no such collection' });
  return found;
}

/** A page of the caller's collection (404 for an unknown collection, 403 for the inbox): only the page built. */
async function pageFor(
  app: App,
  request: FastifyRequest,
  collectionId: string,
  query: TaxiiQuery,
  limit?: number,
) {
  const actor = callerOf(request);
  if (!collectionFor(actor, collectionId).can_read)
    throw new AppError('FORBIDDEN', { detail: `collection ${collectionId} is write-only` });
  return collectionPage(app.db, actor, query, limit);
}

/** The `X-TAXII-Date-Added-First/Last` headers of a page (none for an empty one). */
function dateAddedHeaders(page: readonly PageEntry[]): Record<string, string> {
  if (page.length === 0) return {};
  return { [DATE_ADDED_FIRST]: page[0]!.dateAdded, [DATE_ADDED_LAST]: page[page.length - 1]!.dateAdded };
}

function taxii(reply: FastifyReply, headers: Record<string, string> = {}): FastifyReply {
  return reply.type(TAXII_MEDIA_TYPE).headers(headers);
}

const routes: FastifyPluginAsync<TaxiiRoutesOptions> = async (instance, options) => {
  const app = instance as unknown as App;
  app.addHook('onRequest', async (request) => {
    const basic = request.actor ? null : basicCredentials(request.headers.authorization);
    if (basic) {
      const actor = await options.authenticate(app.db, basic.token, request.id);
      if (actor && actor.username === basic.username) {
        request.actor = actor;
        request.credential = basic.token;
      }
    }
    // who asks comes first (401), then what they accept (406)
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (!acceptsTaxii(request.headers.accept))
      throw new AppError('NOT_ACCEPTABLE', { detail: `accept ${TAXII_MEDIA_TYPE}` });
  });

  // exactly the TAXII media type (Fastify would write `version="2.1"; charset=utf-8`), errors included; an error is
  // a TAXII error message (the catalogue's code, words and request id in its fields)
  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.header('content-type', TAXII_MEDIA_TYPE);
    if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      return payload;
    }
    const error = taxiiErrorOf(body, reply.statusCode);
    return error ? JSON.stringify(error) : payload;
  });

  // a push's envelope (the POST's own checks run first: its onRequest hook answers 403/404 and 415 unread)
  app.addContentTypeParser(
    'application/taxii+json',
    { parseAs: 'string', bodyLimit: MAX_CONTENT_LENGTH },
    app.getDefaultJsonParser('error', 'error'),
  );

  // an unknown path under /taxii2/ (or a method a resource does not answer) is a TAXII 404 too
  app.setNotFoundHandler(async (request) => {
    throw new AppError('ROUTE_NOT_FOUND', { detail: request.url });
  });

  app.get(
    '/',
    { schema: { tags, summary: 'TAXII 2.1 discovery', response: { 200: Discovery } } },
    async (request, reply) => {
      callerOf(request);
      taxii(reply);
      return {
        title: 'Centinela TAXII 2.1',
        description:
          'Controlled drug-precursor intelligence, released under TLP 2.0 and releasability markings',
        default: urlOf(request, API_ROOT_PATH),
        api_roots: [urlOf(request, API_ROOT_PATH)],
      };
    },
  );

  app.get(
    '/api/',
    { schema: { tags, summary: 'The TAXII 2.1 API root', response: { 200: ApiRoot } } },
    async (request, reply) => {
      callerOf(request);
      taxii(reply);
      return {
        title: 'Centinela',
        description:
          "One collection: what the reading agency may see; and a peer instance's inbox, where it pushes",
        versions: [TAXII_MEDIA_TYPE],
        max_content_length: MAX_CONTENT_LENGTH, // of a POST to the inbox (413 beyond)
      };
    },
  );

  app.get(
    '/api/collections/',
    { schema: { tags, summary: 'The collections the caller may read', response: { 200: Collections } } },
    async (request, reply) => {
      const actor = callerOf(request);
      taxii(reply);
      return { collections: collectionsOf(actor) };
    },
  );

  app.get(
    '/api/collections/:collectionId/',
    {
      schema: { tags, summary: 'One collection', params: CollectionParams, response: { 200: Collection } },
    },
    async (request, reply) => {
      const found = collectionFor(callerOf(request), request.params.collectionId);
      taxii(reply);
      return found;
    },
  );

  app.get(
    '/api/collections/:collectionId/objects/',
    {
      schema: {
        tags,
        summary:
          'The objects the caller may see, ascending by date added (filters, added_after, limit and next paging)',
        params: CollectionParams,
        querystring: TaxiiQuery,
        response: { 200: Envelope },
      },
    },
    async (request, reply) => {
      const { page, more, next } = await pageFor(app, request, request.params.collectionId, request.query);
      taxii(reply, dateAddedHeaders(page));
      return { more, ...(next ? { next } : {}), objects: page.map((e) => e.object) };
    },
  );

  app.get(
    '/api/collections/:collectionId/objects/:objectId/',
    {
      schema: {
        tags,
        summary: 'One object (its version held) when the caller may see it',
        params: ObjectParams,
        querystring: TaxiiQuery,
        response: { 200: Envelope },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, 'match[id]': request.params.objectId };
      const { page, more, next } = await pageFor(app, request, request.params.collectionId, query);
      if (page.length === 0 && !request.query.next) throw new AppError('NOT_FOUND');
      taxii(reply, dateAddedHeaders(page));
      return { more, ...(next ? { next } : {}), objects: page.map((e) => e.object) };
    },
  );

  app.get(
    '/api/collections/:collectionId/objects/:objectId/versions/',
    {
      schema: {
        tags,
        summary: 'The versions held of one object',
        params: ObjectParams,
        querystring: TaxiiQuery,
        response: { 200: Versions },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, 'match[id]': request.params.objectId, next: undefined };
      const { page: found } = await pageFor(app, request, request.params.collectionId, query, MAX_LIMIT);
      if (found.length === 0) throw new AppError('NOT_FOUND');
      taxii(reply, dateAddedHeaders(found));
      return { more: false, versions: found.map(versionOf) };
    },
  );

  app.post(
    '/api/collections/:collectionId/objects/',
    {
      bodyLimit: MAX_CONTENT_LENGTH,
      // before the body is read: a collection the caller may not write (403, 404), then the media type (415)
      onRequest: async (request) => {
        const { collectionId } = request.params;
        if (!collectionFor(callerOf(request), collectionId).can_write)
          throw new AppError('FORBIDDEN', { detail: `collection ${collectionId} is read-only` });
        if (!isTaxiiContent(request.headers['content-type']))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: `send ${TAXII_MEDIA_TYPE}` });
      },
      schema: {
        tags,
        summary:
          "Add objects to the inbox (a peer instance's account): received as a sync would pull them; 202 and the status",
        params: CollectionParams,
        consumes: [TAXII_MEDIA_TYPE],
        body: PostEnvelope,
        response: { 202: Status },
      },
    },
    async (request, reply) => {
      const status = await pushObjects(app.db, callerOf(request), request.body.objects);
      taxii(reply).code(202);
      return status;
    },
  );

  app.get(
    '/api/status/:statusId/',
    {
      schema: {
        tags,
        summary: 'The status of one of the caller’s pushes (404 for anyone else’s)',
        params: StatusParams,
        response: { 200: Status },
      },
    },
    async (request, reply) => {
      const status = await readStatus(app.db, callerOf(request), request.params.statusId);
      taxii(reply);
      return status;
    },
  );

  app.get(
    '/api/collections/:collectionId/manifest/',
    {
      schema: {
        tags,
        summary: 'The manifest of the objects the caller may see (id, date added, version, media type)',
        params: CollectionParams,
        querystring: TaxiiQuery,
        response: { 200: Manifest },
      },
    },
    async (request, reply) => {
      const { page, more, next } = await pageFor(app, request, request.params.collectionId, request.query);
      taxii(reply, dateAddedHeaders(page));
      return {
        more,
        ...(next ? { next } : {}),
        objects: page.map((e) => ({
          id: e.object.id,
          date_added: e.dateAdded,
          version: versionOf(e),
          media_type: STIX_MEDIA_TYPE,
        })),
      };
    },
  );
};

export default routes;

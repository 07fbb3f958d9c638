import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../store/database.ts';
import { AppError } from '../errors/app-error.ts';
import { errorBody, handleError } from './error-handler.ts';
import { authenticationHook } from './authentication.ts';
import { boundInput } from './input-bounds.ts';
import { apiRoutes } from './routes.ts';
import type { App } from './types.ts';

export interface AppOptions {
  db: Database;
  /** Log requests (off in tests). */
  logger?: boolean;
  /** Folder of the built web app; served at / when it exists. */
  webRoot?: string;
  /** Login attempts allowed per minute per address and username. */
  loginAttemptsPerMinute?: number;
}

export const API_INFO = {
  title: 'Centinela API',
  description:
    'Screening, chain of custody, entity resolution and releasability-enforced sharing of drug-precursor intelligence.',
  version: '0.1.0',
};

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);
  app.decorateRequest('actor', null);
  app.decorateRequest('credential', null);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: API_INFO,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'centinela_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
  app.addHook('onRequest', authenticationHook);
  app.addHook('preValidation', boundInput);

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok', engine: options.db.engine }));
  await app.register(apiRoutes(options), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? join(import.meta.dirname, '..', '..', 'web', 'dist');
  const hasWeb = existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html'); // the single-page app routes on the client
    }
    return reply
      .status(404)
      .send(errorBody(new AppError('ROUTE_NOT_FOUND', { detail: request.url }), request.id));
  });
  return app;
}

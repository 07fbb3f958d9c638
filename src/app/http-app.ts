import type { MailSettings } from '../cases/mail.ts';
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
import { errorBody, handleError } from '../http/error-handler.ts';
import { authenticationHook } from '../http/authentication.ts';
import { boundInput } from '../http/input-bounds.ts';
import { withErrorResponses } from '../http/openapi-errors.ts';
import { apiRoutes } from './api-routes.ts';
import taxiiRoutes from '../federation/taxii-routes.ts';
import { registerSecurity } from '../http/security.ts';
import type { ThrottleLimits } from '../identity/login-throttle.ts';
import { authenticate } from '../identity/service.ts';
import type { App } from '../http/types.ts';

export interface AppOptions {
  db: Database;
  /** Log requests (off in tests). */
  logger?: boolean;
  /** Folder of the built web app; served at / when it exists. */
  webRoot?: string;
  /** Failed logins allowed per username and per address (src/identity/login-throttle.ts). */
  loginThrottle?: ThrottleLimits;
  /** Served behind TLS (directly or through a proxy): Secure cookies, HSTS. */
  tls?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (Fastify's trustProxy: true or the proxies' addresses). */
  trustProxy?: boolean | string;
  /** Origins besides the server's own allowed to write with a session cookie. */
  allowedOrigins?: readonly string[];
  /** The mail server notifications are also sent through (src/cases/mail.ts); none: in-app only. */
  mail?: MailSettings | null;
}

/** The deployment's settings from the environment (documented in docs/SECURITY.md). */
export function securityOptionsFromEnv(
  env = process.env,
): Pick<AppOptions, 'tls' | 'trustProxy' | 'allowedOrigins'> {
  const proxy = env.CENTINELA_TRUST_PROXY;
  return {
    tls: env.CENTINELA_TLS === '1' || env.CENTINELA_TLS === 'true',
    ...(proxy ? { trustProxy: proxy === 'true' ? true : proxy } : {}),
    allowedOrigins: (env.CENTINELA_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  };
}

const API_INFO = {
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
    trustProxy: options.trustProxy ?? false,
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
    transformObject: (document) =>
      'openapiObject' in document ? withErrorResponses(document.openapiObject) : document.swaggerObject,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerSecurity(app, { tls: options.tls, allowedOrigins: options.allowedOrigins });

  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
  app.addHook('onRequest', authenticationHook(authenticate));
  app.addHook('preValidation', boundInput);

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok', engine: options.db.engine }));
  await app.register(apiRoutes(options), { prefix: '/api' });
  await app.register(taxiiRoutes, { prefix: '/taxii2', authenticate });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? join(import.meta.dirname, '..', '..', 'web', 'dist');
  const hasWeb = existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (
      hasWeb &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/taxii2/')
    ) {
      return reply.sendFile('index.html'); // the single-page app routes on the client
    }
    return reply
      .status(404)
      .send(errorBody(new AppError('ROUTE_NOT_FOUND', { detail: request.url }), request.id));
  });
  return app;
}

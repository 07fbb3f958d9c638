import helmet from '@fastify/helmet';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { App } from './types.ts';

export interface SecurityOptions {
  /** Behind TLS: cookies get `Secure` and responses HSTS. */
  tls?: boolean | undefined;
  /** Origins (scheme://host[:port]) besides the server's own that may write with a session cookie. */
  allowedOrigins?: readonly string[] | undefined;
}

/**
 * The Content-Security-Policy the built web app works with: its own scripts and styles only (React sets
 * style attributes through the DOM, which CSP does not restrict, but MapLibre and sigma inject style
 * elements), MapLibre's worker from the app's origin or a blob: URL, map images and glyphs as blob:/data:.
 * No framing (clickjacking), no plugins, forms post only here.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'blob:', 'data:'],
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** Security headers (helmet) and the cross-origin check on cookie-authenticated writes. */
export async function registerSecurity(app: App, options: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...CONTENT_SECURITY_POLICY,
        upgradeInsecureRequests: options.tls ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: options.tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  const allowed = new Set(options.allowedOrigins ?? []);
  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    assertSameOrigin(request, allowed);
  });
}

/** The server's origin as a browser spells it (no default port), from the Host header the request came with. */
function ownOrigin(request: FastifyRequest): string {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return '';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser attaches the session cookie to a request another site makes it send; it also names that site in
 * `Origin` (every browser does for POST, PUT, PATCH and DELETE) or, failing that, `Sec-Fetch-Site`. A write that
 * carries the cookie and comes from another origin is refused. Bearer tokens are not sent by browsers on their
 * own, so requests authenticated by one are not at risk; a client with no Origin at all is not a browser.
 */
function assertSameOrigin(request: FastifyRequest, allowed: ReadonlySet<string>): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.authorization?.startsWith('Bearer ')) return;
  if (!request.headers.cookie) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin === ownOrigin(request) || allowed.has(origin)) return;
    throw new AppError('CROSS_ORIGIN_REJECTED', { detail: origin });
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site')
    throw new AppError('CROSS_ORIGIN_REJECTED', { detail: String(site) });
}

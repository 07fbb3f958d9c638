import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Tx } from '../store/database.ts';
import type { Actor, Role } from '../shared/actor.ts';
import type { FieldError } from '../shared/row-errors.ts';
import { AppError } from '../errors/app-error.ts';

/** The cookie that carries a browser session: identity's login sets it, the authentication hook reads it. */
export const SESSION_COOKIE = 'centinela_session';

/** The Fastify instance every capability's routes plugin receives (zod schemas, typed handlers). */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
  interface FastifyRequest {
    /** The logged-in caller, or null; set by the authentication hook. */
    actor: Actor | null;
    /** The secret that authenticated the request (to revoke it on logout). */
    credential: string | null;
  }
}

/**
 * What escalating an alert or a finding does besides its workflow step, in the same transaction: the composition
 * root passes cases' `escalateInto` to screening's and custody's routes (they may not import cases).
 */
export type EscalationHook = (
  tx: Tx,
  actor: Actor,
  subject: {
    kind: 'alert' | 'finding';
    id: string;
    caseId?: string | undefined;
    reason?: string | undefined;
  },
) => Promise<{ id: string }>;

/** What a user whose password was reset may do before changing it. */
const PASSWORD_CHANGE_ROUTES = new Set(['/api/me', '/api/me/password', '/api/auth/logout']);

/**
 * The caller, who must be logged in and, when roles are given, hold one of them. Handlers call
 * this first; row-level security then limits what the caller's transaction can see.
 */
export function callerOf(request: FastifyRequest, ...roles: Role[]): Actor {
  const actor = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (actor.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(request.routeOptions.url ?? ''))
    throw new AppError('PASSWORD_CHANGE_REQUIRED');
  const route = request.routeOptions.url ?? '';
  if (actor.peer && route !== '/taxii2' && !route.startsWith('/taxii2/'))
    throw new AppError('FORBIDDEN', { detail: 'a peer instance reads the TAXII routes only' });
  if (roles.length > 0 && !roles.some((role) => actor.roles.includes(role))) {
    throw new AppError('FORBIDDEN', { detail: `needs one of: ${roles.join(', ')}` });
  }
  return actor;
}

/** The shape of every error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: { en: string; es: string };
    field?: string | undefined;
    row?: number | undefined;
    detail?: string | undefined;
    fieldErrors?: FieldError[];
    requestId: string;
  };
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { SESSION_COOKIE } from './types.ts';

/** Who a bearer token or session secret belongs to (identity's `authenticate`, passed by the composition root). */
export type Authenticate = (db: Database, token: string, requestId: string) => Promise<Actor | null>;

/**
 * Reads a bearer token or the session cookie and sets `request.actor` (null when absent or invalid). The actor
 * carries the secret: every transaction of the request hands it to the database, which verifies it again.
 */
export function authenticationHook(
  authenticate: Authenticate,
): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  return async (request, _reply) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : request.cookies[SESSION_COOKIE];
    if (!token) return;
    const actor = await authenticate(request.server.db, token, request.id);
    if (!actor) return;
    request.actor = actor;
    request.credential = token;
  };
}

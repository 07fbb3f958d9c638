import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticate } from '../identity/service.ts';
import { SESSION_COOKIE } from './types.ts';

/**
 * Reads a bearer token or the session cookie and sets `request.actor` (null when absent or invalid). The actor
 * carries the secret: every transaction of the request hands it to the database, which verifies it again.
 */
export async function authenticationHook(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : request.cookies[SESSION_COOKIE];
  if (!token) return;
  const actor = await authenticate(request.server.db, token, request.id);
  if (!actor) return;
  request.actor = actor;
  request.credential = token;
}

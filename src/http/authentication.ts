import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, authenticate } from '../identity/service.ts';

export const SESSION_COOKIE = 'centinela_session';

/** Reads a bearer token or the session cookie and sets `request.actor` (null when absent or invalid). */
export async function authenticationHook(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : request.cookies[SESSION_COOKIE];
  if (!token) return;
  const user = await authenticate(request.server.db, token, request.id);
  if (!user) return;
  request.actor = actorOf(user, request.id);
  request.credential = token;
}

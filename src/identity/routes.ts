import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import { pageOfAll } from '../shared/paging.ts';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { SESSION_COOKIE } from '../http/types.ts';
import { AppError } from '../errors/app-error.ts';
import { SESSION_HOURS } from './credentials.ts';
import type { LoginThrottle } from './login-throttle.ts';
import {
  approveRoles,
  changeOwnPassword,
  changeUser,
  createApiToken,
  createUser,
  login,
  logout,
  rejectRoles,
  revokeApiToken,
} from './service.ts';
import * as repo from './repository.ts';
import {
  AgencyView,
  IdParams,
  LoginBody,
  LoginResponse,
  MeChange,
  NationView,
  NewUserBody,
  PasswordChangeBody,
  presentUser,
  TokenBody,
  TokenParams,
  TokenView,
  UserChangeBody,
  UserView,
} from './schemas.ts';

interface IdentityRouteOptions {
  throttle: LoginThrottle;
  /** Behind TLS: the session cookie is `Secure`. */
  secureCookies: boolean;
}

const routes: FastifyPluginAsync<IdentityRouteOptions> = async (instance, options) => {
  const app = instance as unknown as App;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: options.secureCookies,
    path: '/',
  };

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Log in with a password (failures throttled per username and per address: 429 with Retry-After)',
        body: LoginBody,
        response: { 200: LoginResponse },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const wait = options.throttle.retryAfter(username, request.ip);
      if (wait > 0) {
        void reply.header('retry-after', String(wait));
        throw new AppError('TOO_MANY_ATTEMPTS', { detail: `retry after ${wait} s` });
      }
      try {
        const { token, user } = await login(app.db, username, password, request.id);
        options.throttle.succeeded(username, request.ip);
        void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_HOURS * 3600 });
        return { token, user: presentUser(user) };
      } catch (error) {
        if (error instanceof AppError && error.code === 'BAD_CREDENTIALS')
          options.throttle.failed(username, request.ip);
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['identity'], summary: 'End this session' } },
    async (request, reply) => {
      await logout(app.db, callerOf(request));
      void reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send();
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['identity'], summary: 'The current user', response: { 200: UserView } } },
    async (request) => {
      const actor = callerOf(request);
      const user = await app.db.asUser(actor, (tx) => repo.findUserById(tx, actor.userId));
      return presentUser(user!);
    },
  );

  app.get(
    '/me/colleagues',
    {
      schema: {
        tags: ['identity'],
        summary: 'Who an alert or a finding of the caller’s agency may be assigned to',
        description:
          'The active analysts and commanders of the caller’s agency (the workflow assigns only to users of ' +
          'the agency that owns the record), by name.',
        querystring: z.object(pageQuery),
        response: {
          200: pageOf(z.object({ id: z.string(), username: z.string(), displayName: z.string() })),
        },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const users = await app.db.asUser(actor, (tx) => repo.listUsers(tx));
      const items = users
        .filter(
          (u) =>
            u.agency.code === actor.agency &&
            !u.disabled &&
            !u.machine &&
            u.roles.some((role) => role === 'analyst' || role === 'commander'),
        )
        .map((u) => ({ id: u.id, username: u.username, displayName: u.displayName }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'es') || a.id.localeCompare(b.id));
      return pageOfAll(items, request.query);
    },
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Change own preferences (not an audit event)',
        body: MeChange,
        response: { 200: UserView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      // A preference (the language, the address notifications are mailed to) is not an audit event: it changes
      // nothing anyone may see or do.
      const user = await app.db.asUser(actor, async (tx) => {
        await repo.updateUser(tx, actor.userId, { locale: request.body.locale, email: request.body.email });
        return repo.findUserById(tx, actor.userId);
      });
      return presentUser(user!);
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags: ['identity'],
        summary: 'Change own password; every other session of the user ends',
        body: PasswordChangeBody,
        response: { 200: UserView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const user = await changeOwnPassword(
        app.db,
        actor,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return presentUser(user);
    },
  );

  app.get(
    '/agencies',
    {
      schema: {
        tags: ['identity'],
        summary: 'Agencies and their nations',
        querystring: z.object(pageQuery),
        response: { 200: pageOf(AgencyView) },
      },
    },
    async (request) =>
      pageOfAll(await app.db.asUser(callerOf(request), (tx) => repo.listAgencies(tx)), request.query),
  );

  app.get(
    '/nations',
    {
      schema: {
        tags: ['identity'],
        summary: 'Nations',
        querystring: z.object(pageQuery),
        response: { 200: pageOf(NationView) },
      },
    },
    async (request) =>
      pageOfAll(await app.db.asUser(callerOf(request), (tx) => repo.listNations(tx)), request.query),
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['identity'],
        summary: 'All users (admins)',
        querystring: z.object(pageQuery),
        response: { 200: pageOf(UserView) },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'admin');
      const users = await app.db.asUser(actor, (tx) => repo.listUsers(tx));
      return pageOfAll(users.map(presentUser), request.query);
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Create a user (admins); roles that read intelligence wait for a second administrator (pendingRoles)',
        body: NewUserBody,
        response: { 201: UserView },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, 'admin');
      const user = await app.db.asUser(actor, (tx) => createUser(tx, actor, request.body));
      return reply.status(201).send(presentUser(user));
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Change a user (admins): never one’s own roles; new intelligence roles wait for a second administrator; a reset password must be changed at the next login and ends every session',
        params: IdParams,
        body: UserChangeBody,
        response: { 200: UserView },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'admin');
      const user = await app.db.asUser(actor, (tx) => changeUser(tx, actor, request.params.id, request.body));
      return presentUser(user);
    },
  );

  app.post(
    '/users/:id/roles/approve',
    {
      schema: {
        tags: ['identity'],
        summary: 'Approve the roles another administrator requested for a user (admins)',
        params: IdParams,
        response: { 200: UserView },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'admin');
      return presentUser(await app.db.asUser(actor, (tx) => approveRoles(tx, actor, request.params.id)));
    },
  );

  app.post(
    '/users/:id/roles/reject',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Turn down the roles requested for a user (admins): a second administrator rejects, or the requester withdraws',
        params: IdParams,
        response: { 200: UserView },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'admin');
      return presentUser(await app.db.asUser(actor, (tx) => rejectRoles(tx, actor, request.params.id)));
    },
  );

  app.get(
    '/users/:id/tokens',
    {
      schema: {
        tags: ['identity'],
        summary: 'Live API tokens of one’s own account or of a machine account of one’s agency (admins)',
        params: IdParams,
        querystring: z.object(pageQuery),
        response: { 200: pageOf(TokenView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const tokens = await app.db.asUser(actor, (tx) => repo.listTokens(tx, request.params.id));
      return pageOfAll(tokens, request.query);
    },
  );

  app.post(
    '/users/:id/tokens',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Issue an API token for one’s own account, or (admins) for a machine account of one’s agency; shown once',
        params: IdParams,
        body: TokenBody,
        response: { 201: z.object({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request);
      const token = await app.db.asUser(actor, (tx) =>
        createApiToken(tx, actor, request.params.id, request.body.label),
      );
      return reply.status(201).send({ token });
    },
  );

  app.delete(
    '/users/:id/tokens/:tokenId',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Revoke an API token of one’s own account, or (admins) of an account of one’s agency, by its listed id',
        params: TokenParams,
      },
    },
    async (request, reply) => {
      const actor = callerOf(request);
      await app.db.asUser(actor, (tx) =>
        revokeApiToken(tx, actor, request.params.id, request.params.tokenId),
      );
      return reply.status(204).send();
    },
  );
};

export default routes;

import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { App } from '../http/types.ts';
import { callerOf } from '../http/types.ts';
import { SESSION_COOKIE } from '../http/authentication.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit } from '../audit/audit.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';
import { SESSION_HOURS } from './credentials.ts';
import { createApiToken, createUser, login, logout } from './service.ts';
import * as repo from './repository.ts';
import {
  AgencyView,
  IdParams,
  LoginBody,
  LoginResponse,
  MeChange,
  NationView,
  NewUserBody,
  presentUser,
  TokenBody,
  UserChangeBody,
  UserView,
} from './schemas.ts';

const routes: FastifyPluginAsync<{ loginAttemptsPerMinute: number }> = async (instance, options) => {
  const app = instance as unknown as App;

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['identity'],
        summary: 'Log in with a password',
        body: LoginBody,
        response: { 200: LoginResponse },
      },
      config: {
        rateLimit: {
          max: options.loginAttemptsPerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) =>
            `${request.ip}|${(request.body as { username?: string } | undefined)?.username ?? ''}`,
        },
      },
    },
    async (request, reply) => {
      const { token, user } = await login(app.db, request.body.username, request.body.password, request.id);
      void reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      return { token, user: presentUser(user) };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['identity'], summary: 'End this session' } },
    async (request, reply) => {
      const actor = callerOf(request);
      await logout(app.db, actor, request.credential!);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
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

  app.patch(
    '/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Change own preferences',
        body: MeChange,
        response: { 200: UserView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      // A preference (the language) is not an audit event: it changes nothing anyone may see or do.
      const user = await app.db.asUser(actor, async (tx) => {
        await repo.updateUser(tx, actor.userId, { locale: request.body.locale });
        return repo.findUserById(tx, actor.userId);
      });
      return presentUser(user!);
    },
  );

  app.get(
    '/agencies',
    {
      schema: {
        tags: ['identity'],
        summary: 'Agencies and their nations',
        response: { 200: z.array(AgencyView) },
      },
    },
    async (request) => app.db.asUser(callerOf(request), (tx) => repo.listAgencies(tx)),
  );

  app.get(
    '/nations',
    { schema: { tags: ['identity'], summary: 'Nations', response: { 200: z.array(NationView) } } },
    async (request) => app.db.asUser(callerOf(request), (tx) => repo.listNations(tx)),
  );

  app.get(
    '/users',
    { schema: { tags: ['identity'], summary: 'All users (admins)', response: { 200: z.array(UserView) } } },
    async (request) => {
      const actor = callerOf(request, 'admin');
      return (await app.db.asUser(actor, (tx) => repo.listUsers(tx))).map(presentUser);
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['identity'],
        summary: 'Create a user (admins)',
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
        summary: 'Change a user (admins)',
        params: IdParams,
        body: UserChangeBody,
        response: { 200: UserView },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'admin');
      const { password, ...change } = request.body;
      if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
        throw new AppError('WEAK_PASSWORD', { field: 'body.password' });
      }
      const passwordHash = password === undefined ? undefined : await hashPassword(password);
      const user = await app.db.asUser(actor, async (tx) => {
        if (!(await repo.updateUser(tx, request.params.id, { ...change, passwordHash })))
          throw new AppError('NOT_FOUND');
        await recordAudit(tx, actor, {
          action: 'update',
          table: 'users',
          ids: [request.params.id],
          detail: { ...change, passwordChanged: password !== undefined },
        });
        return repo.findUserById(tx, request.params.id);
      });
      return presentUser(user!);
    },
  );

  app.post(
    '/users/:id/tokens',
    {
      schema: {
        tags: ['identity'],
        summary: 'Issue an API token for a machine account (admins); shown once',
        params: IdParams,
        body: TokenBody,
        response: { 201: z.object({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = callerOf(request, 'admin');
      const token = await app.db.asUser(actor, async (tx) => {
        if (!(await repo.findUserById(tx, request.params.id))) throw new AppError('NOT_FOUND');
        return createApiToken(tx, actor, request.params.id, request.body.label);
      });
      return reply.status(201).send({ token });
    },
  );
};

export default routes;

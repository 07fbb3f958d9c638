/**
 * The caller's notifications over HTTP (issue 19): newest first (`unread=true`: the unread ones), the unread count
 * for the header's badge, and marking one or all read. Row-level security gives each caller only their own.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/paging.ts';
import { callerOf, type App } from '../http/types.ts';
import { AppError } from '../errors/app-error.ts';
import { NOTIFICATION_KINDS } from '../shared/cases.ts';
import { totalOf } from '../shared/paging.ts';
import { countNotifications, listNotifications, markAllRead, markRead } from './notifications.repository.ts';

const NotificationView = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS).describe('What happened; the words are the client’s'),
  caseId: z.string(),
  operationId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

const notificationRoutes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;

  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Your notifications, newest first (`unread=true`: only the unread ones)',
        querystring: z.strictObject({
          ...pageQuery,
          unread: z
            .stringbool()
            .optional()
            .meta({ examples: ['true'] }),
        }),
        response: { 200: pageOf(NotificationView) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const { limit, offset, ...filter } = request.query;
      return app.db.asUser(actor, async (tx) => {
        const items = await listNotifications(tx, filter, limit, offset);
        const total = await totalOf({ limit, offset }, items.length, () => countNotifications(tx, filter));
        return { items, total, limit, offset };
      });
    },
  );

  app.get(
    '/notifications/count',
    {
      schema: {
        tags: ['notifications'],
        summary: 'How many of your notifications are unread',
        response: { 200: z.object({ unread: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => ({
        unread: await countNotifications(tx, { unread: true }),
      }));
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of your notifications read',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: NotificationView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      const read = await app.db.asUser(actor, (tx) => markRead(tx, request.params.id));
      if (!read) throw new AppError('NOTIFICATION_NOT_FOUND', { field: 'id' });
      return read;
    },
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark all your notifications read',
        response: { 200: z.object({ read: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, async (tx) => ({ read: await markAllRead(tx) }));
    },
  );
};

export default notificationRoutes;

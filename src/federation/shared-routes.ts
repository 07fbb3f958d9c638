/**
 * The federation's part of the web's shared view (issue 18): what this instance received, from whom, and how the
 * last pull from each peer went; one received copy, and its narrowing by the agency that received it (received.ts).
 * What the caller's agency released is the markings capability's (`GET /api/markings/releases`).
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { callerOf, type App } from '../http/types.ts';
import { receivedSummary } from './received.repository.ts';
import { readSyncStatus } from './sync-status.repository.ts';
import { NarrowBody, narrowReceived, receivedOf, ReceivedFrom, ReceivedView } from './received.ts';

const ReceivedGroup = z.object({
  ownerAgency: z.string().describe('The originating agency'),
  ownerNation: z.string().nullable(),
  ...ReceivedFrom.shape,
  type: z.string().describe('The STIX type'),
  objects: z.number().int(),
  lastAdded: z.string().describe('When the newest of them was stored or re-marked here'),
});

const PeerStatus = z.object({
  name: z
    .string()
    .nullable()
    .describe('The registered peer; null for a source pulled with `sync --from` alone'),
  agency: z.string().nullable(),
  pulls: z.boolean(),
  triedAt: z.string().nullable().describe('When the last pull began'),
  finishedAt: z.string().nullable(),
  syncedAt: z.string().nullable().describe('When a pull last succeeded'),
  outcome: z
    .enum(['running', 'ok', 'partial', 'failed'])
    .nullable()
    .describe('partial: some collections were recorded before it failed; null: never pulled from'),
  collections: z.number().int().nullable().describe('Collections recorded by the last pull'),
  objects: z.number().int().nullable().describe('Objects received by the last pull'),
  withdrawn: z.number().int().nullable().describe('Objects withdrawn by the last pull'),
  detail: z
    .object({
      url: z.string().nullable().describe('Where this instance pulls from'),
      error: z.string().nullable().describe('Why the last pull failed'),
    })
    .nullable()
    .describe('Administrators only (the database shows it to no one else): null for every other user'),
});

const Id = z.strictObject({ id: z.string().min(1).max(200) });

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.get(
    '/federation/received',
    {
      schema: {
        tags: ['federation'],
        summary:
          'What this instance received that the caller may see: counts by originating agency, source and type',
        response: { 200: z.object({ groups: z.array(ReceivedGroup) }) },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return { groups: await app.db.asUser(actor, (tx) => receivedSummary(tx)) };
    },
  );
  app.get(
    '/federation/sync',
    {
      schema: {
        tags: ['federation'],
        summary:
          'How the last pull from each peer went: when, ok or not, how many objects received and withdrawn',
        description:
          'Read as the caller through the view `peer_sync_status` (0741): where a peer is pulled from and why a pull failed are answered to administrators only.',
        response: { 200: z.object({ peers: z.array(PeerStatus) }) },
      },
    },
    async (request) => {
      const rows = await app.db.asUser(callerOf(request), (tx) => readSyncStatus(tx));
      return {
        peers: rows.map(({ peer, url, error, ...status }) => ({
          name: peer,
          ...status,
          // the view leaves both null for anyone but an administrator
          detail: url === null && error === null ? null : { url, error },
        })),
      };
    },
  );
  app.get(
    '/federation/received/:id',
    {
      schema: {
        tags: ['federation'],
        summary: 'One received object, by its STIX id or the id of the record it became (audited as a read)',
        params: Id,
        response: { 200: ReceivedView },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return app.db.asUser(actor, (tx) => receivedOf(tx, actor, request.params.id));
    },
  );
  app.put(
    '/federation/received/:id/marking',
    {
      schema: {
        tags: ['federation'],
        summary:
          'Narrow this agency’s copy of something it received (never wider; the receiving agency only; audited)',
        description:
          'The object and the record it became are narrowed together; a newer version pulled later is held no wider.',
        params: Id,
        body: NarrowBody,
        response: { 200: ReceivedView },
      },
    },
    async (request) => narrowReceived(app.db, callerOf(request), request.params.id, request.body),
  );
};

export default routes;

/**
 * The administrator's peers over HTTP (the web's admin screen), the same acts as `centinela peers add|list|remove`
 * (peers.ts: administrators only, audited): a peer's token is answered once, by the POST that creates it, and never
 * listed again; nor is the token this instance pulls with.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { callerOf, type App } from '../http/types.ts';
import { addPeer, listPeersOf, PeerInput, removePeer } from './peers.ts';

const PeerSync = z.object({
  triedAt: z.string().nullable().describe('When it was last pulled from'),
  syncedAt: z.string().nullable().describe('When a pull last succeeded'),
  objects: z.number().int().nullable(),
  withdrawn: z.number().int().nullable(),
  error: z.string().nullable().describe('Why the last pull failed, or null'),
});

export const PeerView = z.object({
  name: z.string(),
  agency: z.string().nullable().describe('The agency of the partner nation its account reads as'),
  label: z.string().nullable(),
  username: z.string().nullable(),
  url: z.string().nullable().describe('Where this instance pulls from it'),
  pulls: z.boolean().describe('Whether a token to pull from it is stored (never shown)'),
  createdAt: z.string(),
  createdBy: z.string(),
  sync: PeerSync,
});

const Added = z.object({
  name: z.string(),
  username: z.string().nullable(),
  token: z.string().nullable().describe('The token the peer reads with: shown this once, stored hashed'),
});

const PeerBody = z.strictObject({
  name: z.string().max(63).optional().describe('A short name; the agency’s code in lower case when absent'),
  agency: z.string().max(32).optional().describe('The agency of the partner nation the peer reads as'),
  label: z.string().max(200).optional().describe('What the account and token are for'),
  url: z.string().max(2000).optional().describe('The peer’s TAXII server, to pull from it'),
  token: z.string().max(500).optional().describe('The token the peer issued to us'),
});

const Name = z.strictObject({ name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/) });

const routes: FastifyPluginAsync = async (instance) => {
  const app = instance as unknown as App;
  app.get(
    '/peers',
    {
      schema: {
        tags: ['federation'],
        summary: 'The peer instances, their accounts here and how the last pull went (administrators)',
        response: { 200: z.object({ peers: z.array(PeerView) }) },
      },
    },
    async (request) => {
      const { peers } = await listPeersOf(app.db, callerOf(request, 'admin'));
      return {
        peers: peers.map((p) => ({
          name: p.name,
          agency: p.agency,
          label: p.label,
          username: p.username,
          url: p.url,
          pulls: p.pulls,
          createdAt: p.createdAt,
          createdBy: p.createdBy,
          sync: p.sync,
        })),
      };
    },
  );
  app.post(
    '/peers',
    {
      schema: {
        tags: ['federation'],
        summary:
          'Register a peer: an account of one of its agencies that reads the TAXII routes only (administrators; audited)',
        description: 'The account’s token is answered once, here, and stored hashed.',
        // the shape alone: which fields go together is checked after the role gate (PeerInput)
        body: PeerBody,
        response: { 200: Added },
      },
    },
    async (request) => {
      const actor = callerOf(request, 'admin');
      const parsed = PeerInput.safeParse(request.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new AppError('VALIDATION_FAILED', {
          field: issue.path.join('.') || 'peer',
          detail: issue.message,
        });
      }
      return addPeer(app.db, actor, parsed.data);
    },
  );
  app.delete(
    '/peers/:name',
    {
      schema: {
        tags: ['federation'],
        summary: 'Revoke a peer: its account is disabled and its tokens revoked (administrators; audited)',
        params: Name,
        response: { 200: z.object({ name: z.string() }) },
      },
    },
    async (request) => {
      await removePeer(app.db, callerOf(request, 'admin'), request.params.name);
      return { name: request.params.name };
    },
  );
};

export default routes;

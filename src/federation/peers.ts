/**
 * Peers: the other Centinela instances this one exchanges with (`centinela peers add|list|remove`). A peer
 * registered with `agency` gets a machine account of that agency here, which reads the TAXII routes only and
 * receives what that agency may see; its token is printed once. A peer registered with `url` and `token` is one
 * this instance pulls from (`centinela sync --peer NAME`). Written by the schema owner (the command line on the
 * database host), audited as the acting administrator.
 */
import { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { createPeerAccount, listAgencies, retirePeerAccount } from '../identity/index.ts';
import { hasRole, type Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import {
  deletePeer,
  insertPeer,
  listCursors,
  listPeers,
  type PeerRow,
  type SyncCursor,
} from './peers.repository.ts';

export const PeerInput = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and hyphens')
      .optional()
      .describe('A short name; the agency’s code in lower case when absent'),
    agency: z.string().max(32).optional(),
    label: z.string().min(1).max(200).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    token: z.string().min(1).max(500).optional(),
  })
  .refine((p) => p.agency !== undefined || p.url !== undefined, 'a peer needs --agency, --url or both')
  .refine((p) => (p.url === undefined) === (p.token === undefined), '--url and --token go together');
export type PeerInput = z.infer<typeof PeerInput>;

export interface AddedPeer {
  name: string;
  username: string | null;
  /** The token the peer reads this instance's TAXII server with: shown once, stored hashed. */
  token: string | null;
}

function requireAdmin(actor: Actor): void {
  if (!hasRole(actor, 'admin')) throw new AppError('FORBIDDEN', { detail: 'administrators manage peers' });
}

export async function addPeer(db: Database, actor: Actor, peer: PeerInput): Promise<AddedPeer> {
  requireAdmin(actor);
  const name = peer.name ?? peer.agency?.toLowerCase();
  if (!name || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(name))
    throw new AppError('VALIDATION_FAILED', { field: 'name', detail: 'a peer needs a name' });
  const input = { ...peer, name };
  return db.asOwner(async (tx) => {
    if ((await listPeers(tx)).some((p) => p.name === input.name))
      throw new AppError('CONFLICT', { field: 'name', detail: `peer ${input.name} exists` });
    let account: { userId: string; username: string; token: string } | null = null;
    if (input.agency) {
      const agency = (await listAgencies(tx)).find((a) => a.code === input.agency);
      if (!agency) throw new AppError('UNKNOWN_AGENCY', { field: 'agency', detail: input.agency });
      if (agency.nation === actor.nation)
        throw new AppError('VALIDATION_FAILED', {
          field: 'agency',
          detail: 'a peer reads as an agency of another nation',
        });
      const username = `peer-${input.name}`;
      const created = await createPeerAccount(tx, actor, {
        username,
        agency: agency.code,
        label: input.label ?? `TAXII peer ${input.name}`,
      });
      account = { userId: created.user.id, username, token: created.token };
    }
    await insertPeer(tx, {
      name: input.name,
      agency: input.agency ?? null,
      userId: account?.userId ?? null,
      url: input.url ?? null,
      token: input.token ?? null,
      createdBy: actor.username,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      table: 'peers',
      ids: [input.name],
      detail: { agency: input.agency ?? null, url: input.url ?? null, account: account?.username ?? null },
    });
    return { name: input.name, username: account?.username ?? null, token: account?.token ?? null };
  });
}

export interface PeerListing extends Omit<PeerRow, 'token'> {
  /** Whether a token to pull from the peer is stored (never shown). */
  pulls: boolean;
}

export async function listPeersOf(
  db: Database,
  actor: Actor,
): Promise<{ peers: PeerListing[]; cursors: SyncCursor[] }> {
  requireAdmin(actor);
  return db.asOwner(async (tx) => ({
    peers: (await listPeers(tx)).map(({ token, ...p }) => ({ ...p, pulls: token !== null })),
    cursors: await listCursors(tx),
  }));
}

/** Removes a peer: its account here is disabled and its tokens revoked (it reads nothing more). */
export async function removePeer(db: Database, actor: Actor, name: string): Promise<void> {
  requireAdmin(actor);
  await db.asOwner(async (tx) => {
    const removed = await deletePeer(tx, name);
    if (!removed) throw new AppError('NOT_FOUND', { detail: `no peer ${name}` });
    if (removed.userId) await retirePeerAccount(tx, actor, removed.userId);
    await recordAudit(tx, actor, { action: 'remove', table: 'peers', ids: [name] });
  });
}

/** The URL and token to pull from a named peer. */
export async function pullTarget(db: Database, name: string): Promise<{ url: string; token: string }> {
  const peer = await db.asOwner(async (tx) => (await listPeers(tx)).find((p) => p.name === name));
  if (!peer?.url || !peer.token)
    throw new AppError('NOT_FOUND', {
      detail: `no peer ${name} to pull from (add it with --url and --token)`,
    });
  return { url: peer.url, token: peer.token };
}

/** Where and as whom to push to a named peer: its inbox's server, our token there, and its account here. */
export async function pushTarget(
  db: Database,
  name: string,
): Promise<{ url: string; token: string; username: string }> {
  const peer = await db.asOwner(async (tx) => (await listPeers(tx)).find((p) => p.name === name));
  if (!peer?.url || !peer.token || !peer.username)
    throw new AppError('NOT_FOUND', {
      detail: `no peer ${name} to push to (add it with --agency, --url and --token)`,
    });
  return { url: peer.url, token: peer.token, username: peer.username };
}

import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { LEGACY_CHAIN, merkleRoot, type ChainHead } from './chains.ts';

const ChainHeadSchema = z.object({
  chain: z.string().min(1).max(2_000),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * A signed statement of every chain's head (one chain per visibility class, chains.ts): the signature covers
 * the Merkle root over the heads, so whoever later rewrites any entry up to a head (even recomputing every hash
 * after it) contradicts it. Ed25519; the private key stays in a file outside the database, so neither the
 * application role nor the schema owner can sign. Version 1 (before 0592) signed the one chain's head.
 */
export const Checkpoint = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  heads: z.array(ChainHeadSchema),
  root: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.string(),
  keyId: z.string(),
  signature: z.string(),
});
export type Checkpoint = z.infer<typeof Checkpoint>;

/** A printed checkpoint line: this version's, or one of version 1 (`seq` and `hash` of the legacy chain). */
const CheckpointLine = z.union([
  Checkpoint,
  z
    .object({
      seq: z.number().int().positive(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      signedAt: z.string(),
      keyId: z.string(),
      signature: z.string(),
    })
    .transform((c): Checkpoint => ({
      version: 1,
      heads: [{ chain: LEGACY_CHAIN, seq: c.seq, hash: c.hash }],
      root: c.hash,
      signedAt: c.signedAt,
      keyId: c.keyId,
      signature: c.signature,
    })),
]);

function payload(c: Pick<Checkpoint, 'version' | 'heads' | 'root' | 'signedAt' | 'keyId'>): Buffer {
  if (c.version === 1) {
    const head = c.heads[0]!;
    return Buffer.from(`centinela-audit-checkpoint/1\n${head.seq}\n${head.hash}\n${c.signedAt}\n${c.keyId}`);
  }
  return Buffer.from(`centinela-audit-checkpoint/2\n${c.root}\n${c.signedAt}\n${c.keyId}`);
}

/** Names a key by its public half: the first 16 hex digits of SHA-256 over its SPKI DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Signs the heads of every chain (sorted by chain) through their Merkle root. */
export function signCheckpoint(
  heads: readonly ChainHead[],
  privateKey: KeyObject,
  signedAt = new Date(),
): Checkpoint {
  const sorted = [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  const unsigned = {
    version: 2 as const,
    heads: sorted,
    root: merkleRoot(sorted),
    signedAt: signedAt.toISOString(),
    keyId: keyIdOf(createPublicKey(privateKey)),
  };
  return { ...unsigned, signature: sign(null, payload(unsigned), privateKey).toString('base64') };
}

/** The signature is the key's, and (version 2) the root is the one over the heads it lists. */
export function checkpointSignatureValid(checkpoint: Checkpoint, publicKey: KeyObject): boolean {
  if (checkpoint.keyId !== keyIdOf(publicKey)) return false;
  if (checkpoint.version === 2 && merkleRoot(checkpoint.heads) !== checkpoint.root) return false;
  try {
    return verify(null, payload(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}

/** A new key pair, PEM-encoded (PKCS#8 private, SPKI public). */
export function generateCheckpointKeys(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export async function readPrivateKey(path: string): Promise<KeyObject> {
  return createPrivateKey(await readFile(path));
}

/** The public key from its own file, or derived from the private key's file. */
export async function readPublicKey(path: string): Promise<KeyObject> {
  const pem = await readFile(path, 'utf8');
  return pem.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem);
}

/** Checkpoints kept outside the host: one JSON object per line, as `centinela audit checkpoint` prints them. */
export async function readAnchors(path: string): Promise<Checkpoint[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => CheckpointLine.parse(JSON.parse(line)));
}

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

/**
 * A signed statement that the chain's entry `seq` had hash `hash`: whoever later rewrites any entry up
 * to `seq` (even recomputing every hash after it) contradicts it. Ed25519; the private key stays in a
 * file outside the database, so neither the application role nor the schema owner can sign.
 */
export const Checkpoint = z.object({
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.string(),
  keyId: z.string(),
  signature: z.string(),
});
export type Checkpoint = z.infer<typeof Checkpoint>;

function payload(c: Pick<Checkpoint, 'seq' | 'hash' | 'signedAt' | 'keyId'>): Buffer {
  return Buffer.from(`centinela-audit-checkpoint/1\n${c.seq}\n${c.hash}\n${c.signedAt}\n${c.keyId}`);
}

/** Names a key by its public half: the first 16 hex digits of SHA-256 over its SPKI DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export function signCheckpoint(
  head: { seq: number; hash: string },
  privateKey: KeyObject,
  signedAt = new Date(),
): Checkpoint {
  const unsigned = { ...head, signedAt: signedAt.toISOString(), keyId: keyIdOf(createPublicKey(privateKey)) };
  return { ...unsigned, signature: sign(null, payload(unsigned), privateKey).toString('base64') };
}

export function checkpointSignatureValid(checkpoint: Checkpoint, publicKey: KeyObject): boolean {
  if (checkpoint.keyId !== keyIdOf(publicKey)) return false;
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
    .map((line) => Checkpoint.parse(JSON.parse(line)));
}

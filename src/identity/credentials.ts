import { createHash, randomBytes } from 'node:crypto';

/** Session and API secrets are random; only their SHA-256 is stored, so a database leak holds no secret. */
export function newSecret(prefix: 'cs' | 'ct'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const SESSION_HOURS = 12;

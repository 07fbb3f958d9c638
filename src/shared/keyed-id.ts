/**
 * Ids of derived records (entities, findings) as a keyed hash of what was derived: HMAC-SHA-256 of the parts,
 * keyed with a secret of the installation that the application role cannot read (src/store/derivation-keys.ts).
 * Deterministic, so the same derivation from the same inputs gives the same id — in another run, and in a
 * database holding only what one reader may see, when it holds the same key (the noninterference test) —
 * and opaque: without the key no function of the inputs leads to it or back. Pure.
 */
import { createHmac } from 'node:crypto';

/** A UUID-shaped (version 8, RFC 9562 "custom") HMAC of the parts, each ended by a NUL so none runs into the next. */
export function keyedUuid(key: Buffer, parts: readonly string[]): string {
  const hex = createHmac('sha256', key).update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

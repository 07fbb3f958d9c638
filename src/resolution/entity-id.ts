/**
 * Entity ids: opaque. An id is an HMAC-SHA-256 of the entity's visibility class (its viewers) and an
 * anchor (its lowest member record id), keyed with a secret the application role cannot read
 * (`resolution_keys`). Keyed, so knowing or guessing member record ids (declaration numbers are
 * sequential) does not lead back to them; derived from the anchor, so an entity keeps its id across
 * runs while its lowest member stays, as links to it expect. Pure.
 */
import { createHmac, randomBytes } from 'node:crypto';

export type EntityIdKey = Buffer;

export function newEntityIdKey(): EntityIdKey {
  return randomBytes(32);
}

/** A UUID-shaped (version 8, RFC 9562 "custom") HMAC of the class and the anchor. */
export function opaqueEntityId(key: EntityIdKey, viewers: readonly string[], anchor: string): string {
  const hex = createHmac('sha256', key)
    .update(`entity\u0000${[...viewers].sort().join(',')}\u0000${anchor}`)
    .digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

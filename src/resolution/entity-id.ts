/**
 * Entity ids: opaque. An id is an HMAC-SHA-256 of the entity's visibility class (its viewers) and an
 * anchor (its lowest member record id), keyed with a secret the application role cannot read
 * (`derivation_keys`, purpose `entity`). Keyed, so knowing or guessing member record ids (declaration numbers
 * are sequential) does not lead back to them; derived from the anchor, so an entity keeps its id across
 * runs while its lowest member stays, as links to it expect. Pure.
 */
import { randomBytes } from 'node:crypto';
import { keyedUuid } from '../shared/keyed-id.ts';

export type EntityIdKey = Buffer;

export function newEntityIdKey(): EntityIdKey {
  return randomBytes(32);
}

/** A UUID-shaped (version 8, RFC 9562 "custom") HMAC of the class and the anchor. */
export function opaqueEntityId(key: EntityIdKey, viewers: readonly string[], anchor: string): string {
  return keyedUuid(key, ['entity', [...viewers].sort().join(','), anchor]);
}

/**
 * A party record's id: an HMAC of its record id (`decl:<declaration>:<line>:<role>@<agency>`, …) with the same
 * key, so a record extracted again — in the next run, or in a database holding only what one reader may see —
 * has the same id, and the id does not lead back to the declaration it names.
 */
export function partyRecordId(key: EntityIdKey, recordId: string): string {
  return keyedUuid(key, ['party', recordId]);
}

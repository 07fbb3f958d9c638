/** What every mapper shares: the common properties of a Centinela object, and the compaction STIX asks for. */
import type { Marking } from '../shared/marking.ts';
import { markingRefs } from './markings.ts';
import { stixId, timestamp, type StixObject } from './stix.ts';

/** The identity id of an agency (its code is its key): the same on every instance. */
export function agencyIdentityId(agency: string): string {
  return stixId('identity', 'agency', agency);
}

/**
 * Removes what STIX does not allow as a property value: null, undefined and empty lists (a custom property's
 * value is a non-empty list, a string, a number, a boolean or an object).
 */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

/**
 * The common properties of an object a Centinela record maps to: its id, `created` no later than `modified`, the
 * owner's identity as the creator, and the record's two marking refs.
 */
export function common(
  type: string,
  id: string,
  marking: Marking,
  created: string,
  modified: string,
): StixObject {
  const c = timestamp(created);
  const m = timestamp(modified);
  return {
    type,
    spec_version: '2.1',
    id,
    created: c < m ? c : m,
    modified: m,
    created_by_ref: agencyIdentityId(marking.ownerAgency),
    object_marking_refs: markingRefs(marking).refs,
  };
}

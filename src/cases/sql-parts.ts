/**
 * What the cases folder's repositories (cases, operations, notifications) share to write and read their rows: an
 * instant as ISO text, a marking as the four column values of `centinela_mark`, and a user's name by id.
 */
import type { Marking } from '../shared/marking.ts';

export const iso = (d: Date | string) => new Date(d).toISOString();
/** The inverse of `markingFromRow`: owner_agency, tlp, releasable_to, recipients, in that order. */
export const MARKING_VALUES = (m: Marking) => [m.ownerAgency, m.tlp, m.releasableTo, m.recipients];
/** A user's name for the uuid in `column`, as a scalar subquery. */
export const nameOf = (column: string) => `(select u.username from users u where u.id = ${column})`;

import type { ErrorEntry } from './entry.ts';

/**
 * Error codes of entity resolution and networks. None of its own: an entity the caller cannot see is
 * the foundation's NOT_FOUND (never "forbidden", which would confirm it exists), and a bad split is
 * VALIDATION_FAILED naming the field `recordIds`.
 */
export const errors = {} satisfies Record<string, ErrorEntry>;

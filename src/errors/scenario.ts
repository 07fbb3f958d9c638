import type { ErrorEntry } from './entry.ts';

/**
 * The scenario command has no codes of its own: a bad seed or an unwritable output folder is the
 * foundation's VALIDATION_FAILED with the offending option as its field.
 */
export const errors = {} satisfies Record<string, ErrorEntry>;

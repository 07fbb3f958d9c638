import { foundationErrors } from './foundation.ts';

/**
 * The closed catalogue of error codes. Each capability contributes its own `errors` record; codes are
 * unique across the catalogue (checked by catalogue.test.ts) and listed in docs/ERRORS.md.
 */
export const catalogue = {
  ...foundationErrors,
};

export type ErrorCode = keyof typeof catalogue;

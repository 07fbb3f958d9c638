import { foundationErrors } from './foundation.ts';
import { errors as scenarioErrors } from '../scenario/errors.ts';
import { errors as screeningErrors } from '../screening/errors.ts';
import { errors as epcisErrors } from '../epcis/errors.ts';
import { errors as custodyErrors } from '../custody/errors.ts';
import { errors as resolutionErrors } from '../resolution/errors.ts';
import { errors as identityErrors } from '../identity/errors.ts';

/** Every capability's codes, by capability: catalogue.test.ts checks that no code is defined twice. */
export const cataloguesByCapability = {
  foundation: foundationErrors,
  scenario: scenarioErrors,
  screening: screeningErrors,
  epcis: epcisErrors,
  custody: custodyErrors,
  resolution: resolutionErrors,
  identity: identityErrors,
};

/**
 * The closed catalogue of error codes: each code's HTTP status and message in English and Spanish.
 * Listed in docs/ERRORS.md (generated).
 */
export const catalogue = {
  ...foundationErrors,
  ...scenarioErrors,
  ...screeningErrors,
  ...epcisErrors,
  ...custodyErrors,
  ...resolutionErrors,
  ...identityErrors,
};

export type ErrorCode = keyof typeof catalogue;

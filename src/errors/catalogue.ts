import { foundationErrors } from './foundation.ts';
import { errors as scenarioErrors } from './scenario.ts';
import { errors as screeningErrors } from './screening.ts';
import { errors as epcisErrors } from './epcis.ts';
import { errors as custodyErrors } from './custody.ts';
import { errors as resolutionErrors } from './resolution.ts';
import { errors as identityErrors } from './identity.ts';
import { errors as incidentsErrors } from './incidents.ts';
import { errors as leadsErrors } from './leads.ts';
import { errors as casesErrors } from './cases.ts';

/** Every capability's codes, by capability: catalogue.test.ts checks that no code is defined twice. */
export const cataloguesByCapability = {
  foundation: foundationErrors,
  scenario: scenarioErrors,
  screening: screeningErrors,
  epcis: epcisErrors,
  custody: custodyErrors,
  resolution: resolutionErrors,
  identity: identityErrors,
  incidents: incidentsErrors,
  leads: leadsErrors,
  cases: casesErrors,
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
  ...incidentsErrors,
  ...leadsErrors,
  ...casesErrors,
};

export type ErrorCode = keyof typeof catalogue;

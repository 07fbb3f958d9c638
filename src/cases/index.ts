/**
 * The cases capability's public face: escalating an alert or a finding into a case (the composition root hands it
 * to screening's and custody's routes, which cannot import cases: cases reads leads and incidents, which read
 * custody); the outcomes of operations that name an entity, which the network weighs (src/network/outcomes.ts).
 */
export { escalateInto } from './service.ts';
export { searchCases } from './search.repository.ts';
export { outcomesNaming, type EntityOutcome } from './outcomes.repository.ts';

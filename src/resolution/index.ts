/**
 * The resolution capability's public face: the global search over companies (party records and the entities
 * they resolve into), and what the network reads of resolution — the records visible to the caller of an entity
 * and of the entities sharing a consignment, address, phone, permit or site with them, an entity's display name,
 * the normalised RFC and name, the entities of parties named elsewhere (an incident's), and the seeded random the network's layout shares with resolution's runs.
 */
export { entityName } from './entity-name.ts';
export { normaliseRfc } from './normalise-identifiers.ts';
export {
  entitiesSharingWith,
  entitySummaries,
  membersSharingWith,
  recordsHolding,
  recordsSharingWith,
  type SharingEntity,
  type VisibleMember,
} from './reads.repository.ts';
export { entitiesOfPartyValues } from './party-links.ts';
export { searchCompanies } from './search.repository.ts';
export { membersForCaller } from './service.ts';

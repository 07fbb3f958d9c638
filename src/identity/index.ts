/**
 * The identity capability's public face: the reads of its own tables that other capabilities need (who a user
 * is, to check an assignee; the nations and agencies a STIX bundle names), and the registration of a nation or
 * an agency another instance's bundle names (the STIX import, in its system step). Who is acting (`Actor`,
 * roles) is shared vocabulary: src/shared/actor.ts.
 */
export {
  agenciesWithLocalUsers,
  findUserById,
  listAgencies,
  listNations,
  upsertAgency,
  upsertNation,
} from './repository.ts';
export { createPeerAccount, openOwnerSession, retirePeerAccount } from './service.ts';

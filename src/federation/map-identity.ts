/** Agencies as STIX identities (class organization); the nation and the code in `x_centinela_*` properties. */
import type { Marking } from '../shared/marking.ts';
import { agencyIdentityId, common } from './map-common.ts';
import type { StixObject } from './stix.ts';

export interface AgencyRecord {
  code: string;
  nation: string;
  nameEn: string;
  nameEs: string;
}

/** Agencies have no timestamps of their own: every identity is dated at this fixed instant (a stable version). */
export const IDENTITY_CREATED = '2026-01-01T00:00:00.000Z';

/**
 * The identity of an agency, in the bundle for `reader`: marked CLEAR and releasable to the agency's nation and
 * the reader's (naming an agency that owns what the reader may read tells the reader nothing new).
 */
export function agencyToIdentity(agency: AgencyRecord, reader: { nation: string }): StixObject {
  const marking: Marking = {
    ownerAgency: agency.code,
    tlp: 'clear',
    releasableTo: [...new Set([agency.nation, reader.nation])].sort(),
    recipients: [],
  };
  return {
    ...common('identity', agencyIdentityId(agency.code), marking, IDENTITY_CREATED, IDENTITY_CREATED),
    name: agency.nameEn,
    identity_class: 'organization',
    sectors: ['government-national'],
    x_centinela_agency: agency.code,
    x_centinela_nation: agency.nation,
    x_centinela_name_es: agency.nameEs,
  };
}

/** The agency an identity names, when it is a Centinela agency (code and nation present and well-formed). */
export function identityToAgency(identity: StixObject): AgencyRecord | null {
  const code = identity.x_centinela_agency;
  const nation = identity.x_centinela_nation;
  if (typeof code !== 'string' || !/^[A-Z0-9][A-Z0-9-]{1,31}$/.test(code)) return null;
  if (typeof nation !== 'string' || !/^[A-Z]{3}$/.test(nation)) return null;
  const name = typeof identity.name === 'string' && identity.name ? identity.name : code;
  const nameEs = typeof identity.x_centinela_name_es === 'string' ? identity.x_centinela_name_es : name;
  return { code, nation, nameEn: name, nameEs };
}

/**
 * Markings in STIX: every object Centinela writes carries exactly one TLP 2.0 marking (by its OASIS id) and one
 * releasability marking, a marking-definition in the shape of the OASIS ACS 3.0 extension whose
 * `permitted_nationalities` are the record's releasable nations (ISO 3166 alpha-3) and `permitted_organizations`
 * its named recipients. Reading goes the other way, and never widens: no releasability marking means the
 * owner's nation only, several mean their intersection, and the TLP never adds a nation.
 */
import { TLP_LEVELS, type Marking, type Tlp } from '../shared/marking.ts';
import { ACS_EXTENSION, TLP1_IDS, TLP2_EXTENSION, TLP2_IDS, uuidv5, type StixObject } from './stix.ts';

const TLP2_CREATED = '2022-10-01T00:00:00.000Z';
/** The releasability definitions are immutable (marking definitions cannot be versioned): one fixed instant. */
const RELEASABILITY_CREATED = '2026-01-01T00:00:00.000Z';
const ACS_POLICY = 'urn:isa:policy:acs:ns:v3.0?privdefault=deny&sharedefault=deny';

/** The OASIS TLP 2.0 marking-definition object of a level, as the OASIS extension publishes it. */
export function tlpDefinition(tlp: Tlp): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[tlp],
    created: TLP2_CREATED,
    name: `TLP:${tlp.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: tlp } },
  };
}

export interface Releasability {
  nations: string[];
  organizations: string[];
}

/** The id of the releasability definition of these nations and recipients: the same set, the same id. */
export function releasabilityId(r: Releasability): string {
  const key = `releasability:${[...r.nations].sort().join(',')}|${[...r.organizations].sort().join(',')}`;
  return `marking-definition--${uuidv5(key)}`;
}

export function releasabilityDefinition(r: Releasability): StixObject {
  const nations = [...r.nations].sort();
  const organizations = [...r.organizations].sort();
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: releasabilityId(r),
    created: RELEASABILITY_CREATED,
    name: `REL TO ${nations.join(', ')}${organizations.length ? ` (${organizations.join(', ')})` : ''}`,
    extensions: {
      [ACS_EXTENSION]: {
        extension_type: 'property-extension',
        identifier: `centinela:releasability:${releasabilityId(r).slice('marking-definition--'.length)}`,
        create_date_time: RELEASABILITY_CREATED,
        policy_reference: ACS_POLICY,
        control_set: { classification: 'U' },
        permitted_nationalities: nations,
        ...(organizations.length ? { permitted_organizations: organizations } : {}),
      },
    },
  };
}

/** The two marking refs of a record (TLP first) and the definitions they name. */
export function markingRefs(marking: Marking): { refs: string[]; definitions: StixObject[] } {
  const rel = { nations: marking.releasableTo, organizations: marking.recipients };
  return {
    refs: [TLP2_IDS[marking.tlp], releasabilityId(rel)],
    definitions: [tlpDefinition(marking.tlp), releasabilityDefinition(rel)],
  };
}

const TLP_BY_ID = new Map<string, Tlp>([
  ...Object.entries(TLP2_IDS).map(([tlp, id]) => [id, tlp as Tlp] as const),
  ...Object.entries(TLP1_IDS).map(([tlp, id]) => [id, tlp as Tlp] as const),
]);

const stringList = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;

/** The releasability a marking-definition states (the ACS extension's lists), or null when it states none. */
export function releasabilityOf(definition: StixObject): Releasability | null {
  const acs = definition.extensions?.[ACS_EXTENSION];
  if (!acs) return null;
  const nations = stringList(acs.permitted_nationalities) ?? [];
  return {
    nations: nations.map((n) => n.toUpperCase()),
    organizations: stringList(acs.permitted_organizations) ?? [],
  };
}

/** What an object's marking refs say, read against the bundle's marking definitions (by id). */
export interface ReadMarking {
  /** The most restrictive TLP among the refs; null when the object names none. */
  tlp: Tlp | null;
  /** The intersection of the releasability definitions the object names; null when it names none. */
  releasability: Releasability | null;
}

export function readMarking(object: StixObject, definitions: ReadonlyMap<string, StixObject>): ReadMarking {
  let tlp: Tlp | null = null;
  let releasability: Releasability | null = null;
  for (const ref of object.object_marking_refs ?? []) {
    const level = TLP_BY_ID.get(ref);
    if (level) {
      if (tlp === null || TLP_LEVELS.indexOf(level) > TLP_LEVELS.indexOf(tlp)) tlp = level;
      continue;
    }
    const definition = definitions.get(ref);
    const stated = definition ? releasabilityOf(definition) : null;
    if (!stated) continue;
    releasability = releasability
      ? {
          nations: releasability.nations.filter((n) => stated.nations.includes(n)),
          organizations: releasability.organizations.filter((o) => stated.organizations.includes(o)),
        }
      : stated;
  }
  return { tlp, releasability };
}

/**
 * The marking a received object is stored under: the owner's, the stated TLP (amber when none, the BRIEF's
 * default), the permitted nations that exist here plus the owner's nation (owner's nation only without a
 * releasability marking), and the permitted organisations that exist here. Dropping what does not exist here
 * only narrows.
 */
export function receivedMarking(
  read: ReadMarking,
  owner: { agency: string; nation: string },
  known: { nations: ReadonlySet<string>; agencies: ReadonlySet<string> },
): Marking {
  const nations = (read.releasability?.nations ?? []).filter((n) => known.nations.has(n));
  return {
    ownerAgency: owner.agency,
    tlp: read.tlp ?? 'amber',
    releasableTo: [...new Set([owner.nation, ...nations])].sort(),
    recipients: [...new Set(read.releasability?.organizations ?? [])]
      .filter((a) => known.agencies.has(a))
      .sort(),
  };
}

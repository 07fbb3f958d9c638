/**
 * The definitions of a TAXII collection page (pure): the agencies' identities, the marking definitions and
 * Centinela's extension definitions, each dated as the whole bundle dates it (bundle.ts `buildEntries`): by its
 * own `modified`/`created`, raised to the newest `date_added` of the objects that name it, identities first (they
 * name marking definitions too). A page is computed from the markings of the rows added at or after its lower
 * bound only (`since`): a definition whose newest reader is in that suffix has its whole-bundle date, and one
 * whose newest reader is older falls before the page. So the suffix must reach back past every definition's own
 * date (`definitionsFloor`), or be the whole collection.
 */
import type { MarkingGroup } from '../store/added-since.ts';
import type { Marking, Tlp } from '../shared/marking.ts';
import { extensionDefinitions } from './extensions.ts';
import { agencyIdentityId } from './map-common.ts';
import { agencyToIdentity, IDENTITY_CREATED, type AgencyRecord } from './map-identity.ts';
import { markingRefs, releasabilityDefinition, tlpDefinition } from './markings.ts';
import type { StixObject } from './stix.ts';

/** An instant of the collection: UTC text with microseconds (store/added-since.ts). */
export const micro = (iso: string) => `${new Date(iso).toISOString().slice(0, 23)}000Z`;
const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);
const lastChange = (object: StixObject) => micro(object.modified ?? object.created ?? '1970-01-01T00:00:00Z');

/** The newest own date of any definition: a suffix that starts later is exact, an earlier one must be whole. */
export const definitionsFloor: string = [
  tlpDefinition('clear'),
  releasabilityDefinition({ nations: [], organizations: [] }),
  ...extensionDefinitions([]),
]
  .map(lastChange)
  .reduce((a, b) => later(a, b), micro(IDENTITY_CREATED));

export interface DatedDefinition {
  object: StixObject;
  at: string;
}

export interface DefinitionInputs {
  /** The markings of the objects added in the suffix, with their newest instant (every source). */
  groups: readonly MarkingGroup[];
  /** The identities received objects of the suffix name, with the newest instant of those naming each. */
  identityRefs: readonly { ref: string; at: string }[];
  /** Agencies named only by such refs that own an object the reader may see (their identity is in the bundle). */
  referencedOwners: ReadonlySet<string>;
  agencies: readonly AgencyRecord[];
  reader: { agency: string; nation: string };
}

/** Agencies the received objects of the suffix name without owning anything in it (to ask who owns anything). */
export function namedOnly(inputs: Pick<DefinitionInputs, 'groups' | 'identityRefs' | 'agencies'>): string[] {
  const owners = new Set(inputs.groups.map((g) => g.ownerAgency));
  const byIdentity = new Map(inputs.agencies.map((a) => [agencyIdentityId(a.code), a.code]));
  return [...new Set(inputs.identityRefs.flatMap((r) => byIdentity.get(r.ref) ?? [])).values()].filter(
    (code) => !owners.has(code),
  );
}

/** Every definition the suffix dates, with its date (those whose date is older do not matter to the page). */
export function datedDefinitions(inputs: DefinitionInputs): DatedDefinition[] {
  const { reader } = inputs;
  const agencies = new Map(inputs.agencies.map((a) => [a.code, a]));
  const byIdentity = new Map(inputs.agencies.map((a) => [agencyIdentityId(a.code), a.code]));
  const identityAt = new Map<string, string>([[reader.agency, micro(IDENTITY_CREATED)]]);
  const raise = (map: Map<string, string>, key: string, at: string) => map.set(key, later(at, map.get(key)));
  for (const g of inputs.groups) raise(identityAt, g.ownerAgency, later(micro(IDENTITY_CREATED), g.at));
  for (const r of inputs.identityRefs) {
    const code = byIdentity.get(r.ref);
    if (code && (identityAt.has(code) || inputs.referencedOwners.has(code)))
      raise(identityAt, code, later(micro(IDENTITY_CREATED), r.at));
  }
  const out: DatedDefinition[] = [];
  const markings = new Map<string, { definition: StixObject; at: string }>();
  const mark = (marking: Marking, at: string) => {
    for (const definition of markingRefs(marking).definitions) {
      const held = markings.get(definition.id);
      markings.set(definition.id, { definition, at: later(later(lastChange(definition), at), held?.at) });
    }
  };
  for (const g of inputs.groups)
    mark({ ...g, tlp: g.tlp as Tlp, releasableTo: [...g.releasableTo], recipients: [...g.recipients] }, g.at);
  for (const [code, at] of identityAt) {
    const agency = agencies.get(code);
    if (!agency) continue; // an owner this instance does not list is named by no identity (bundle.ts)
    const identity = agencyToIdentity(agency, reader);
    out.push({ object: identity, at: later(lastChange(identity), at) });
    mark(
      {
        ownerAgency: code,
        tlp: 'clear',
        releasableTo: [...new Set([agency.nation, reader.nation])].sort(),
        recipients: [],
      },
      at,
    );
  }
  const meta: Marking = {
    ownerAgency: reader.agency,
    tlp: 'clear',
    releasableTo: [reader.nation],
    recipients: [],
  };
  const extensions = extensionDefinitions(markingRefs(meta).refs);
  for (const extension of extensions) {
    out.push({ object: extension, at: lastChange(extension) });
    mark(meta, lastChange(extension));
  }
  for (const { definition, at } of markings.values()) out.push({ object: definition, at });
  return out;
}

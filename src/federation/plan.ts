/**
 * What an import will store, decided before anything is written (pure): each object's owner (the originating
 * agency named by its creator's identity, created here as an agency of its nation when absent; the importer's
 * agency for an object whose creator is no Centinela agency), its marking (never wider than the bundle says:
 * markings.ts), and the record of its type it also becomes. An object the importer may not see under that marking,
 * or one an agency of the importer's own nation owns (its original is here), or one claiming as creator an agency
 * with accounts of its own here (a forged owner), is skipped with the reason. A peer's push (the TAXII inbox) is
 * planned from this instance's view instead (`ImportView`).
 */
import { canSee, type Marking, type Viewer } from '../shared/marking.ts';
import type { Actor } from '../shared/actor.ts';
import { CENTINELA_IDENTITY_ID, EXTENSION_NAMES, extensionId } from './extensions.ts';
import { incidentExtensionOf, type IncidentExtension } from './map-incident.ts';
import { fieldReportExtensionOf, type FieldReportExtension } from './map-field-report.ts';
import { identityToAgency, type AgencyRecord } from './map-identity.ts';
import { stixToReport } from './map-report.ts';
import { readMarking, receivedMarking } from './markings.ts';
import type { ObjectError, ParsedBundle } from './parse.ts';
import type { StixObject } from './stix.ts';

export type PlannedRecord =
  | { table: 'reports'; title: string; body: string }
  | { table: 'incidents'; row: IncidentExtension }
  | { table: 'field_reports'; row: FieldReportExtension };

export interface PlannedObject {
  index: number;
  object: StixObject;
  marking: Marking;
  record: PlannedRecord | null;
}

export interface Skipped {
  index: number;
  id: string;
  reason: 'not_released_to_you' | 'own_nation' | 'local_agency' | 'other_nation';
}

/**
 * Whose view decides what is received. `importer`: the importing user's (a file, a sync), who must see each
 * object, and whose own nation's objects are at home already. `instance`: this instance's, for a peer's push
 * through the TAXII inbox, where the importer is the peer's machine account (an agency of the peer's nation):
 * each object must be one some agency with accounts here may see (`readers`), and the peer pushes only what
 * agencies of its own nation own (`other_nation` otherwise), as a sync would receive it from that peer.
 */
export type ImportView = { kind: 'importer' } | { kind: 'instance'; readers: readonly Viewer[] };

export interface ImportPlan {
  objects: PlannedObject[];
  /**
   * Objects read but not stored: marking definitions (read into each object's marking), the identities of
   * Centinela agencies (agencies here), the Centinela project identity and its extension definitions.
   */
  definitions: number;
  /** Agencies (and their nations) the bundle names as owners that this instance does not know yet. */
  newAgencies: AgencyRecord[];
  skipped: Skipped[];
  errors: ObjectError[];
}

const CENTINELA_EXTENSIONS = new Set(EXTENSION_NAMES.map(extensionId));

export interface Known {
  nations: ReadonlySet<string>;
  agencies: ReadonlyMap<string, string>; // code -> nation
  /** Agencies with accounts of their own here: an object claiming one of them as creator is forged. */
  localAgencies?: ReadonlySet<string>;
}

function recordOf(object: StixObject, index: number, errors: ObjectError[]): PlannedRecord | null | 'bad' {
  const bad = (field: string, message: string) => {
    errors.push({ index, id: object.id, field, message });
    return 'bad' as const;
  };
  if (object.type === 'report') {
    const report = stixToReport(object);
    return report ? { table: 'reports', ...report } : bad('name', 'a report needs a name');
  }
  const extension =
    object.type === 'incident'
      ? incidentExtensionOf(object)
      : object.type === 'sighting'
        ? fieldReportExtensionOf(object)
        : null;
  if (!extension) return null;
  if (!extension.success) {
    const issue = extension.error.issues[0]!;
    return bad(`extensions.${issue.path.join('.')}`, issue.message);
  }
  return object.type === 'incident'
    ? { table: 'incidents', row: extension.data as IncidentExtension }
    : { table: 'field_reports', row: extension.data as FieldReportExtension };
}

export function planImport(
  parsed: ParsedBundle,
  actor: Actor,
  known: Known,
  view: ImportView = { kind: 'importer' },
): ImportPlan {
  const plan: ImportPlan = {
    objects: [],
    definitions: 0,
    newAgencies: [],
    skipped: [],
    errors: [...parsed.errors],
  };
  const definitions = new Map<string, StixObject>();
  const agencyOf = new Map<string, AgencyRecord>(); // identity id -> agency
  for (const { object } of parsed.objects) {
    if (object.type === 'marking-definition') definitions.set(object.id, object);
    if (object.type === 'identity') {
      const agency = identityToAgency(object);
      if (agency) agencyOf.set(object.id, agency);
    }
  }
  // an agency known here keeps the nation it has here: a bundle does not move agencies between nations
  const nationOf = (a: AgencyRecord) => known.agencies.get(a.code) ?? a.nation;
  // an object without a creator (an SCO) is the agency's that made the object naming it in `object_refs`
  const referencedBy = new Map<string, AgencyRecord>();
  for (const { object } of parsed.objects) {
    const origin = object.created_by_ref ? agencyOf.get(object.created_by_ref) : undefined;
    if (origin && Array.isArray(object.object_refs))
      for (const ref of object.object_refs)
        if (typeof ref === 'string' && !referencedBy.has(ref)) referencedBy.set(ref, origin);
  }
  // releasable nations and recipients are kept when they exist here (dropping one only narrows)
  const here = { nations: known.nations, agencies: new Set(known.agencies.keys()) };
  const added = new Set<string>();
  for (const a of agencyOf.values()) {
    if (!here.agencies.has(a.code) && !added.has(a.code)) {
      plan.newAgencies.push(a);
      added.add(a.code);
    }
  }
  const viewer = { agency: actor.agency, nation: actor.nation };
  for (const { index, object } of parsed.objects) {
    if (
      object.type === 'marking-definition' ||
      agencyOf.has(object.id) ||
      object.id === CENTINELA_IDENTITY_ID ||
      CENTINELA_EXTENSIONS.has(object.id)
    ) {
      plan.definitions++;
      continue;
    }
    const origin = object.created_by_ref ? agencyOf.get(object.created_by_ref) : referencedBy.get(object.id);
    const owner = origin
      ? { agency: origin.code, nation: nationOf(origin) }
      : { agency: actor.agency, nation: actor.nation };
    if (view.kind === 'importer' && origin && owner.nation === actor.nation) {
      plan.skipped.push({ index, id: object.id, reason: 'own_nation' });
      continue;
    }
    if (view.kind === 'instance' && owner.nation !== actor.nation) {
      plan.skipped.push({ index, id: object.id, reason: 'other_nation' });
      continue;
    }
    if (origin && known.localAgencies?.has(owner.agency)) {
      plan.skipped.push({ index, id: object.id, reason: 'local_agency' });
      continue;
    }
    const marking = receivedMarking(readMarking(object, definitions), owner, here);
    const seen =
      view.kind === 'importer' ? canSee(viewer, marking) : view.readers.some((r) => canSee(r, marking));
    if (!seen) {
      plan.skipped.push({ index, id: object.id, reason: 'not_released_to_you' });
      continue;
    }
    const record = recordOf(object, index, plan.errors);
    if (record === 'bad') continue;
    plan.objects.push({ index, object, marking, record });
  }
  // only the agencies an object kept here is owned by are created
  const owners = new Set(plan.objects.map((o) => o.marking.ownerAgency));
  plan.newAgencies = plan.newAgencies.filter((a) => owners.has(a.code));
  plan.errors.sort((a, b) => a.index - b.index);
  return plan;
}

/**
 * The bundle of what one reader may see, from records already read under the reader's row-level security (pure).
 * Nothing else enters it: the identities are those of the agencies that own an object in it (and the reader's
 * own), the marking definitions those its objects name, plus Centinela's extension definitions, which depend on
 * no record.
 */
import type { Marking } from '../shared/marking.ts';
import { extensionDefinitions } from './extensions.ts';
import { agencyToIdentity, type AgencyRecord } from './map-identity.ts';
import { fieldReportToStix, type FieldReportRecord } from './map-field-report.ts';
import { findingToStix, type FindingRecord } from './map-finding.ts';
import { incidentToStix, type IncidentRecord } from './map-incident.ts';
import { reportToStix, type ReportRecord } from './map-report.ts';
import { markingRefs } from './markings.ts';
import type { ReceivedObject } from './received.repository.ts';
import { uuidv5, type StixBundle, type StixObject } from './stix.ts';

export interface Readable {
  reports: ReportRecord[];
  incidents: IncidentRecord[];
  fieldReports: FieldReportRecord[];
  findings: FindingRecord[];
  received: ReceivedObject[];
  agencies: AgencyRecord[];
  /** When a record's marking last changed, keyed `table:id` (absent: never); export.ts. */
  markedAt?: ReadonlyMap<string, string>;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

const ORDER = ['marking-definition', 'extension-definition', 'identity'];
const rank = (type: string) => (ORDER.includes(type) ? ORDER.indexOf(type) : ORDER.length);

/** Every property of an object that names other objects (`created_by_ref`, `object_marking_refs`, `*_ref(s)`). */
function refsOf(object: StixObject): string[] {
  const refs: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (key.endsWith('_ref') && typeof value === 'string') refs.push(value);
    if (key.endsWith('_refs') && Array.isArray(value))
      for (const v of value) if (typeof v === 'string') refs.push(v);
  }
  return refs;
}

/**
 * The bundle and each object's `date_added` for a TAXII server: a received object's is when this instance stored
 * it, a record's its last change (`modified`; the objects of one field report share their newest). A definition
 * or identity is added again whenever an object that names it is, so a reader paging by `added_after` always gets
 * the definitions and identities of what it reads in the same window.
 */
export function buildEntries(
  readable: Readable,
  reader: { agency: string; nation: string },
): { bundle: StixBundle; dateAdded: Map<string, string> } {
  const objects = new Map<string, StixObject>();
  const dateAdded = new Map<string, string>();
  const markings: Marking[] = [];
  const add = (object: StixObject, marking: Marking, added: string) => {
    if (!objects.has(object.id)) {
      objects.set(object.id, object);
      dateAdded.set(object.id, added);
    }
    markings.push(marking);
  };
  // a record received from elsewhere travels as it arrived (its own id), under the marking held here
  const receivedRecords = new Set(readable.received.flatMap((r) => (r.recordId ? [r.recordId] : [])));
  for (const r of readable.received) {
    add({ ...r.object, object_marking_refs: markingRefs(r.marking).refs }, r.marking, r.dateAdded);
  }
  const lastChange = (object: StixObject) => object.modified ?? object.created ?? EPOCH;
  // a marking change adds the record again (its version unchanged): a reader paging by `added_after` receives it
  // under the new marking and narrows what it holds; only the record's own marking moves it
  const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);
  const marked = (table: string, id: string) => readable.markedAt?.get(`${table}:${id}`);
  for (const report of readable.reports)
    if (!receivedRecords.has(report.id)) {
      const object = reportToStix(report);
      add(object, report.marking, later(lastChange(object), marked('reports', report.id)));
    }
  for (const incident of readable.incidents)
    if (!receivedRecords.has(incident.id)) {
      const object = incidentToStix(incident);
      add(object, incident.marking, later(lastChange(object), marked('incidents', incident.id)));
    }
  for (const report of readable.fieldReports)
    if (!receivedRecords.has(report.id)) {
      const group = fieldReportToStix(report);
      const newest = group.map(lastChange).reduce((a, b) => (a > b ? a : b), EPOCH);
      for (const object of group)
        add(object, report.marking, later(newest, marked('field_reports', report.id)));
    }
  for (const finding of readable.findings) {
    const object = findingToStix(finding);
    add(object, finding.marking, later(lastChange(object), marked('findings', finding.id)));
  }

  const owners = new Set([reader.agency, ...markings.map((m) => m.ownerAgency)]);
  const identities = readable.agencies
    .filter((a) => owners.has(a.code))
    .map((a) => agencyToIdentity(a, reader));
  for (const identity of identities) objects.set(identity.id, identity); // Centinela's own identity wins
  const meta: Marking = {
    ownerAgency: reader.agency,
    tlp: 'clear',
    releasableTo: [reader.nation],
    recipients: [],
  };
  const definitions = new Map<string, StixObject>();
  for (const marking of [
    meta,
    ...markings,
    ...identities.map((i) => ({
      ownerAgency: String(i.x_centinela_agency),
      tlp: 'clear' as const,
      releasableTo: [...new Set([String(i.x_centinela_nation), reader.nation])].sort(),
      recipients: [],
    })),
  ])
    for (const definition of markingRefs(marking).definitions) definitions.set(definition.id, definition);
  for (const extension of extensionDefinitions(markingRefs(meta).refs)) objects.set(extension.id, extension);

  const all = [...definitions.values(), ...objects.values()].sort(
    (a, b) => rank(a.type) - rank(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // identities, then the marking definitions (which identities name too), take the newest date of their readers
  for (const object of all) if (!dateAdded.has(object.id)) dateAdded.set(object.id, lastChange(object));
  for (const pass of ['identity', 'marking-definition'])
    for (const object of all)
      for (const ref of refsOf(object)) {
        const target = objects.get(ref) ?? definitions.get(ref);
        if (target?.type !== pass) continue;
        const mine = dateAdded.get(object.id)!;
        if (mine > dateAdded.get(ref)!) dateAdded.set(ref, mine);
      }
  // the bundle's id names its contents (each object's id and version): the same reads, the same bundle
  const contents = all.map((o) => `${o.id}@${o.modified ?? ''}`).join('\n');
  return {
    bundle: { type: 'bundle', id: `bundle--${uuidv5(`bundle:${contents}`)}`, objects: all },
    dateAdded,
  };
}

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
}

const ORDER = ['marking-definition', 'extension-definition', 'identity'];
const rank = (type: string) => (ORDER.includes(type) ? ORDER.indexOf(type) : ORDER.length);

export function buildBundle(readable: Readable, reader: { agency: string; nation: string }): StixBundle {
  const objects = new Map<string, StixObject>();
  const markings: Marking[] = [];
  const add = (object: StixObject, marking: Marking) => {
    if (!objects.has(object.id)) objects.set(object.id, object);
    markings.push(marking);
  };
  // a record received from elsewhere travels as it arrived (its own id), under the marking held here
  const receivedRecords = new Set(readable.received.flatMap((r) => (r.recordId ? [r.recordId] : [])));
  for (const r of readable.received) {
    add({ ...r.object, object_marking_refs: markingRefs(r.marking).refs }, r.marking);
  }
  for (const report of readable.reports)
    if (!receivedRecords.has(report.id)) add(reportToStix(report), report.marking);
  for (const incident of readable.incidents)
    if (!receivedRecords.has(incident.id)) add(incidentToStix(incident), incident.marking);
  for (const report of readable.fieldReports)
    if (!receivedRecords.has(report.id))
      for (const object of fieldReportToStix(report)) add(object, report.marking);
  for (const finding of readable.findings) add(findingToStix(finding), finding.marking);

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
  // the bundle's id names its contents (each object's id and version): the same reads, the same bundle
  const contents = all.map((o) => `${o.id}@${o.modified ?? ''}`).join('\n');
  return { type: 'bundle', id: `bundle--${uuidv5(`bundle:${contents}`)}`, objects: all };
}

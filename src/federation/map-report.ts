/** Intelligence reports as STIX reports: published when written; `object_refs` name at least the author. */
import type { Marking } from '../shared/marking.ts';
import { agencyIdentityId, common } from './map-common.ts';
import { stixId, timestamp, type StixObject } from './stix.ts';

export interface ReportRecord {
  id: string;
  title: string;
  body: string;
  marking: Marking;
  createdAt: string;
}

/** The STIX id of a report (a UUIDv5 of its own id: the same on every instance). */
export const reportStixId = (id: string) => stixId('report', 'report', id);

export function reportToStix(report: ReportRecord): StixObject {
  const id = reportStixId(report.id);
  return {
    ...common('report', id, report.marking, report.createdAt, report.createdAt),
    name: report.title,
    description: report.body,
    report_types: ['threat-report'],
    published: timestamp(report.createdAt),
    object_refs: [agencyIdentityId(report.marking.ownerAgency)],
  };
}

/** The report a received STIX report stores as (title, body), or null when it has no name. */
export function stixToReport(object: StixObject): { title: string; body: string } | null {
  if (typeof object.name !== 'string' || object.name.trim() === '') return null;
  const body =
    typeof object.description === 'string' && object.description ? object.description : object.name;
  return { title: object.name.slice(0, 300), body: body.slice(0, 100_000) };
}

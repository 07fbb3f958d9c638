/**
 * Field reports as a STIX sighting of a location, with the observed-data that backs it (a Centinela observation
 * SCO: the source type and indicators). The Admiralty grading (reliability A–F, credibility 1–6) and the whole
 * record travel in Centinela's field-report extension on the sighting, which is what a receiver stores.
 */
import { z } from 'zod';
import { INDICATORS, RELIABILITY_GRADES, SOURCE_TYPES } from '../shared/evidence.ts';
import type { Marking } from '../shared/marking.ts';
import { extensionId, extensionType } from './extensions.ts';
import { agencyIdentityId, common, compact } from './map-common.ts';
import { markingRefs } from './markings.ts';
import { stixId, timestamp, type StixObject } from './stix.ts';

export interface FieldReportRecord {
  id: string;
  reportId: string;
  observedAt: string;
  lat: number;
  lon: number;
  place: string | null;
  sourceType: (typeof SOURCE_TYPES)[number];
  reliability: (typeof RELIABILITY_GRADES)[number];
  credibility: number;
  indicators: (typeof INDICATORS)[number][];
  narrative: string;
  marking: Marking;
  importedAt: string;
}

export const FieldReportExtension = z.object({
  report_id: z.string().min(1).max(200),
  observed_at: z.iso.datetime({ offset: true }),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  place: z.string().max(500).optional(),
  source_type: z.enum(SOURCE_TYPES),
  reliability: z.enum(RELIABILITY_GRADES),
  credibility: z.number().int().min(1).max(6),
  indicators: z.array(z.enum(INDICATORS)).max(50).default([]),
  narrative: z.string().max(100_000).default(''),
});
export type FieldReportExtension = z.infer<typeof FieldReportExtension>;

/** The types of the objects of one field report, in the order `fieldReportToStix` returns them. */
export const FIELD_REPORT_TYPES = ['location', extensionType('observation'), 'observed-data', 'sighting'];
const FIELD_REPORT_KINDS = [
  'field-report-location',
  'field-report-observation',
  'field-report-observed',
  'field-report',
];

/** The STIX ids of the objects of one field report, in the same order. */
export const fieldReportStixIds = (id: string) =>
  FIELD_REPORT_TYPES.map((type, i) => stixId(type, FIELD_REPORT_KINDS[i]!, id));

/** The location, the observation, the observed-data and the sighting of one field report. */
export function fieldReportToStix(report: FieldReportRecord): StixObject[] {
  const { marking } = report;
  const at = timestamp(report.observedAt);
  const base = (type: string, kind: string) =>
    common(type, stixId(type, kind, report.id), marking, report.observedAt, report.importedAt);
  const location: StixObject = {
    ...base('location', 'field-report-location'),
    latitude: report.lat,
    longitude: report.lon,
    ...(report.place ? { name: report.place } : {}),
  };
  const observationType = extensionType('observation');
  const observation: StixObject = {
    type: observationType,
    spec_version: '2.1',
    id: stixId(observationType, 'field-report-observation', report.id),
    object_marking_refs: markingRefs(marking).refs,
    extensions: { [extensionId('observation')]: { extension_type: 'new-sco' } },
    ...compact({ source_type: report.sourceType, indicators: report.indicators }),
  };
  const observed: StixObject = {
    ...base('observed-data', 'field-report-observed'),
    first_observed: at,
    last_observed: at,
    number_observed: 1,
    object_refs: [observation.id],
  };
  const sighting: StixObject = {
    ...base('sighting', 'field-report'),
    first_seen: at,
    last_seen: at,
    count: 1,
    sighting_of_ref: location.id,
    observed_data_refs: [observed.id],
    where_sighted_refs: [agencyIdentityId(marking.ownerAgency)],
    ...(report.narrative ? { description: report.narrative } : {}),
    extensions: {
      [extensionId('field-report')]: compact({
        extension_type: 'property-extension',
        report_id: report.reportId,
        observed_at: at,
        lat: report.lat,
        lon: report.lon,
        place: report.place,
        source_type: report.sourceType,
        reliability: report.reliability,
        credibility: report.credibility,
        indicators: report.indicators,
        narrative: report.narrative || undefined,
      }),
    },
  };
  return [location, observation, observed, sighting];
}

export function fieldReportExtensionOf(
  object: StixObject,
): z.ZodSafeParseResult<FieldReportExtension> | null {
  const ext = object.extensions?.[extensionId('field-report')];
  return ext ? FieldReportExtension.safeParse(ext) : null;
}

/**
 * The custody domain: declaration lines, permits, locations and events as the detectors see them.
 * Rows read from files or the database are turned into these types at the boundary.
 */
import { z } from 'zod';
import { isoCalendarDate } from '../store/bounds.ts';
import { ROW_ERROR_ENGLISH as EN } from '../shared/row-errors.ts';
import type { FindingKind } from '../shared/findings.ts';

/** A calendar date PostgreSQL stores (2024-02-30 and year 0000 are refused here, not by the database). */
const isoDate = isoCalendarDate;
const finiteNumber = z.coerce.number().refine(Number.isFinite, EN.NUMBER);

/** One row of the BRIEF's permits CSV. */
export const PermitRow = z.object({
  permit_id: z.string().trim().min(1),
  holder_rfc: z.string().trim().toUpperCase().min(1),
  holder_name: z.string().trim().min(1),
  substance_cas: z
    .string()
    .trim()
    .regex(/^\d{2,7}-\d{2}-\d$/, EN.CAS_FORMAT),
  max_kg_per_year: finiteNumber.pipe(z.number().positive()),
  valid_from: isoDate,
  valid_to: isoDate,
  site_id: z
    .string()
    .trim()
    .transform((s) => s || null)
    .nullable()
    .default(null),
});
export type PermitRow = z.infer<typeof PermitRow>;

export const LOCATION_KINDS = [
  'port',
  'terminal',
  'warehouse',
  'site',
  'plant',
  'checkpoint',
  'border',
  'other',
];

/** One row of the BRIEF's locations CSV. */
export const LocationRow = z.object({
  location_id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  kind: z.string().trim().toLowerCase().min(1),
  lat: finiteNumber.pipe(z.number().min(-90).max(90)),
  lon: finiteNumber.pipe(z.number().min(-180).max(180)),
  operator_rfc: z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => s || null)
    .nullable()
    .default(null),
});
export type LocationRow = z.infer<typeof LocationRow>;

export interface Permit {
  permitId: string;
  holderRfc: string;
  holderName: string;
  substanceCas: string;
  maxKgPerYear: number;
  validFrom: string;
  validTo: string;
  siteId: string | null;
}

export interface Place {
  locationId: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  operatorRfc: string | null;
}

export interface DeclarationLine {
  declarationId: string;
  lineNo: number;
  declaredAt: string;
  portLocode: string;
  billOfLading: string;
  containerNo: string | null;
  importerRfc: string | null;
  consigneeRfc: string | null;
  /** The parties' names as the line writes them (a permit's holder is recognised by name when the RFC differs). */
  importerName?: string | null;
  consigneeName?: string | null;
  destination: string | null;
  casNumber: string | null;
  quantityKg: number;
  permitId: string | null;
}

/** An event as the custody timeline shows it. */
export interface CustodyEvent {
  eventId: string;
  eventTime: string;
  bizStep: string | null;
  disposition: string | null;
  action: string | null;
  /** bizLocation when stated (where the goods are), else readPoint (where they were seen). */
  placeId: string | null;
  lat: number | null;
  lon: number | null;
  quantityKg: number | null;
  containerNo: string | null;
  reportedBy: string;
  /** The EPCs the event names and its parentID (a trailer after a transload), when the reader keeps them. */
  epcs?: readonly string[];
  parentId?: string | null;
}

// shared with the web (src/shared/findings.ts); custody's files name them from here
export {
  CONSIGNMENT_STATES,
  FINDING_KINDS,
  type ConsignmentState,
  type FindingKind,
} from '../shared/findings.ts';

export type Severity = 'low' | 'medium' | 'high';

/** A piece of evidence by kind: an event by eventID, a permit by number, a line by `<declaration>:<line>`. */
export interface EvidenceRef {
  type: 'event' | 'permit' | 'line';
  id: string;
}

export interface Finding {
  billOfLading: string;
  kind: FindingKind;
  severity: Severity;
  /** Event ids (or, for permit findings, `permit:<id>` and `line:<declaration>:<line>`) that prove it. */
  evidence: string[];
  /** The same, typed: what each piece of evidence is (an event never stands for a permit). */
  refs: EvidenceRef[];
  explanation: { en: string; es: string };
}

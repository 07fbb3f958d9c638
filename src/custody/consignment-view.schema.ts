/**
 * The body of GET /api/consignments/:bol, exactly as consignmentView (consignment-view.service.ts) builds it.
 * The response serializer strips what a schema does not declare, so every field the service returns is here;
 * consignment-view.schema.test.ts compares the HTTP body with the service's own value.
 */
import { z } from 'zod';
import { Marking } from '../shared/marking.ts';
import { WORKFLOW_STATUSES } from '../shared/workflow.ts';
import { CONSIGNMENT_STATES, FINDING_KINDS } from './model.ts';

const Point = z.object({ lat: z.number(), lon: z.number() });
const Severity = z.enum(['low', 'medium', 'high']);
const Verdict = z
  .string()
  .describe("Screening's verdict: `controlled`, `analog`, `watch` or `clear` (declaration_lines.verdict)");

/** A screening reason as stored with the line at import (src/screening/reasons.ts). */
const Reason = z.object({ code: z.string(), en: z.string(), es: z.string() });
/**
 * The reasons column is jsonb that only screening writes (Reason[]), but lineScreenings
 * (consignments.repository.ts) types it `unknown[]`: the schema documents and checks the real shape and
 * accepts the repository's type.
 */
const Reasons = z.array(Reason) as unknown as z.ZodType<unknown[], z.input<typeof Reason>[]>;

/** A declaration line (inputs.repository.ts lineFromRow) with screening's view of it. */
const ConsignmentLine = z.object({
  id: z
    .string()
    .nullable()
    .describe('declaration_lines.id: the key the markings API (a release) names the line by'),
  declarationId: z.string(),
  lineNo: z.number(),
  declaredAt: z.string(),
  portLocode: z.string(),
  billOfLading: z.string(),
  containerNo: z.string().nullable(),
  importerRfc: z.string().nullable(),
  consigneeRfc: z.string().nullable(),
  destination: z.string().nullable().describe('As declared: a registry id, coordinates or a city'),
  casNumber: z
    .string()
    .nullable()
    .describe(
      'The declared CAS number; when the line states none, that of the permit it cites or the substance screening identified',
    ),
  quantityKg: z.number(),
  permitId: z.string().nullable(),
  goodsDescription: z.string().nullable().optional(),
  hsCode: z.string().nullable().optional(),
  smiles: z.string().nullable().optional(),
  screened: z
    .object({ verdict: Verdict, substanceId: z.string().nullable() })
    .nullable()
    .optional()
    .describe('The verdict stored with the line at import, as used to identify its substance'),
  verdict: Verdict.nullable(),
  substance: z.string().nullable().describe("The control list's substance id screening named"),
  reasons: Reasons,
  importerName: z.string().nullable(),
  consigneeName: z.string().nullable(),
  marking: Marking.nullable().describe('Null only where the lines table carries no markings'),
});

/** A permit as the API shows it (the permits endpoints and a consignment's cited permits). */
export const PermitView = z.object({
  id: z.string(),
  permitId: z.string(),
  holderRfc: z.string(),
  holderName: z.string(),
  substanceCas: z.string(),
  maxKgPerYear: z.number(),
  validFrom: z.string(),
  validTo: z.string(),
  siteId: z.string().nullable(),
  updatedAt: z.string(),
  marking: Marking,
});

/** consignment.ts TimelineEntry. */
const TimelineEntry = z.object({
  id: z
    .string()
    .nullable()
    .describe('epcis_events.id: the key the markings API (a release) names the event by'),
  eventId: z.string(),
  eventTime: z.string(),
  bizStep: z.string().nullable(),
  disposition: z.string().nullable(),
  place: z
    .object({
      id: z.string().nullable(),
      name: z.string().nullable(),
      kind: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
    })
    .describe('Name and kind from the locations registry (null for a bare position or a place not visible)'),
  quantityKg: z.number().nullable(),
  reportedBy: z.string().describe('The agency that recorded the event'),
  marking: Marking.nullable(),
});

/** place-view.ts DeclaredDestination. */
const DeclaredDestination = z.object({
  text: z.string().describe('What the declaration says, verbatim'),
  place: z
    .object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      licensed: z
        .boolean()
        .describe("A permit the caller may see licenses the site on the declaration's (local) day"),
      permits: z.array(z.object({ permitId: z.string(), substanceCas: z.string(), validTo: z.string() })),
    })
    .nullable()
    .describe('The registered place the text names, when the caller may see it'),
  point: Point.nullable(),
});

const ConsignmentFinding = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  severity: Severity,
  evidence: z
    .array(z.string())
    .describe(
      'Event ids (or, for permit findings, `permit:<id>` and `line:<declaration>:<line>`) that prove it',
    ),
  explanation: z.object({ en: z.string(), es: z.string() }),
  marking: Marking,
  status: z.enum(WORKFLOW_STATUSES),
  dismissReason: z.string().nullable(),
  lat: z.number().nullable().describe('Where it happened: its last evidence event with a position'),
  lon: z.number().nullable(),
});

export const ConsignmentDetail = z.object({
  billOfLading: z.string(),
  state: z.enum(CONSIGNMENT_STATES),
  lines: z.array(ConsignmentLine),
  permits: z.array(PermitView).describe('The permits the lines cite'),
  timeline: z.array(TimelineEntry).describe('Custody events in time order'),
  track: z.array(z.tuple([z.number(), z.number()])).describe('Every position in time order, [lon, lat]'),
  destination: Point.nullable().describe('Where the declared destination is, when known'),
  declaredDestination: DeclaredDestination.nullable(),
  findings: z.array(ConsignmentFinding),
});
export type ConsignmentDetail = z.infer<typeof ConsignmentDetail>;

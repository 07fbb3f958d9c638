/**
 * The response shapes the web app relies on, validated at the boundary with zod. Fields the views do not need
 * are passed through untouched; optional fields let the app degrade gracefully while the API grows.
 */
import { z } from 'zod';

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export const Tlp = z.enum(TLP_LEVELS);
export type Tlp = z.infer<typeof Tlp>;

export const Marking = z.object({
  ownerAgency: z.string(),
  tlp: Tlp,
  releasableTo: z.array(z.string()).default([]),
  recipients: z.array(z.string()).default([]),
});
export type Marking = z.infer<typeof Marking>;

export const Agency = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameEs: z.string(),
  nation: z.string(),
});

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agency: Agency,
  roles: z.array(z.string()),
  locale: z.enum(['es', 'en']),
});
export type Me = z.infer<typeof Me>;

export const LoginResponse = z.object({ token: z.string().optional(), user: Me.optional() });

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ en: z.string(), es: z.string() }),
    field: z.string().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const nullableString = z.string().nullish();
const nullableNumber = z.number().nullish();

export const Alert = z.looseObject({
  id: z.string(),
  kind: z.string(),
  verdict: z.string().nullish(),
  severity: z.string(),
  status: z.string(),
  createdAt: z.string(),
  portLocode: nullableString,
  substance: nullableString,
  billOfLading: nullableString,
  declarationId: nullableString,
  lineNo: nullableNumber,
  title: nullableString,
  summary: nullableString,
  assignee: nullableString,
  reasons: z.array(z.unknown()).nullish(),
  marking: Marking,
});
export type Alert = z.infer<typeof Alert>;

export const AlertPage = z.object({
  items: z.array(Alert),
  total: z.number(),
});
export type AlertPage = z.infer<typeof AlertPage>;

export const Reason = z.union([
  z.string(),
  z.looseObject({ code: z.string().optional(), en: z.string().optional(), es: z.string().optional() }),
]);
export type Reason = z.infer<typeof Reason>;

export const DeclarationLine = z.looseObject({
  lineNo: z.number(),
  goodsDescription: nullableString,
  casNumber: nullableString,
  hsCode: nullableString,
  quantityKg: nullableNumber,
  verdict: nullableString,
  substance: nullableString,
  reasons: z.array(Reason).nullish(),
});
export type DeclarationLine = z.infer<typeof DeclarationLine>;

export const CustodyEvent = z.looseObject({
  eventId: nullableString,
  eventTime: z.string(),
  bizStep: nullableString,
  location: nullableString,
  locationName: nullableString,
  lat: nullableNumber,
  lon: nullableNumber,
  quantityKg: nullableNumber,
});
export type CustodyEvent = z.infer<typeof CustodyEvent>;

export const Finding = z.looseObject({
  id: z.string(),
  kind: z.string(),
  severity: nullableString,
  detectedAt: nullableString,
  summary: nullableString,
  evidence: z.unknown().optional(),
  lat: nullableNumber,
  lon: nullableNumber,
  marking: Marking.optional(),
});
export type Finding = z.infer<typeof Finding>;

export const TrackPoint = z.object({ lat: z.number(), lon: z.number(), time: z.string().nullish() });

export const ConsignmentSummary = z.looseObject({
  billOfLading: z.string(),
  portLocode: nullableString,
  importerName: nullableString,
  consigneeName: nullableString,
  declaredAt: nullableString,
  status: nullableString,
  findingCount: nullableNumber,
  alerting: z.boolean().nullish(),
  marking: Marking.optional(),
});
export type ConsignmentSummary = z.infer<typeof ConsignmentSummary>;

export const Consignment = ConsignmentSummary.extend({
  declarationId: nullableString,
  containerNo: nullableString,
  vesselImo: nullableString,
  destination: nullableString,
  lines: z.array(DeclarationLine).default([]),
  permit: z
    .looseObject({
      permitId: z.string(),
      holderName: nullableString,
      substanceCas: nullableString,
      maxKgPerYear: nullableNumber,
      validFrom: nullableString,
      validTo: nullableString,
      siteId: nullableString,
    })
    .nullish(),
  timeline: z.array(CustodyEvent).default([]),
  track: z.array(TrackPoint).default([]),
  findings: z.array(Finding).default([]),
});
export type Consignment = z.infer<typeof Consignment>;

export const ConsignmentPage = z.object({ items: z.array(ConsignmentSummary), total: z.number().optional() });

/** A consignment with its track, as the map asks for a port's consignments (`include=track`). */
export const ConsignmentTrack = ConsignmentSummary.extend({
  track: z.array(TrackPoint).nullish(),
  findings: z.array(Finding).nullish(),
});
export type ConsignmentTrack = z.infer<typeof ConsignmentTrack>;
export const ConsignmentTrackPage = z.object({
  items: z.array(ConsignmentTrack),
  total: z.number().optional(),
});

export const Location = z.looseObject({
  locationId: z.string(),
  name: z.string(),
  kind: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type Location = z.infer<typeof Location>;

export const EntityRecord = z.looseObject({
  id: z.string().optional(),
  source: nullableString,
  name: z.string(),
  rfc: nullableString,
  address: nullableString,
  matchReasons: z.array(Reason).nullish(),
});

export const Entity = z.looseObject({
  id: z.string(),
  name: z.string(),
  kind: nullableString,
  rfc: nullableString,
  risk: nullableNumber,
  records: z.array(EntityRecord).default([]),
  mergeExplanation: z.array(Reason).nullish(),
  marking: Marking.optional(),
});
export type Entity = z.infer<typeof Entity>;

export const NetworkNode = z.looseObject({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  community: z.union([z.number(), z.string()]).nullish(),
  risk: nullableNumber,
});
export const NetworkEdge = z.looseObject({
  source: z.string(),
  target: z.string(),
  kind: nullableString,
});
export const Network = z.object({ nodes: z.array(NetworkNode), edges: z.array(NetworkEdge) });
export type Network = z.infer<typeof Network>;
export type NetworkNode = z.infer<typeof NetworkNode>;

export const AuditEntry = z.looseObject({
  seq: z.number(),
  at: z.string(),
  actorUser: nullableString,
  actorAgency: nullableString,
  actorNation: nullableString,
  action: z.string(),
  subjectTable: nullableString,
  subjectIds: z.array(z.string()).default([]),
  requestId: nullableString,
  detail: z.record(z.string(), z.unknown()).default({}),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

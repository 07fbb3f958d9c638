/**
 * Consignments as the custody API serves them (src/custody/routes.ts), normalised at the boundary into what the
 * views draw. The custody view gives tracks as GeoJSON-ordered [lon, lat] pairs, events with a nested `place`,
 * a list of permits and bilingual finding explanations; older or richer shapes ({lat, lon} points, flat event
 * places, a single permit) are accepted too, so the views do not care which producer answered.
 */
import { z } from 'zod';
import { Marking } from './contract-marking.ts';

const nullableString = z.string().nullish();
const nullableNumber = z.number().nullish();

export const Bilingual = z.object({ en: z.string(), es: z.string() });

export const Reason = z.union([
  z.string(),
  z.looseObject({ code: z.string().optional(), en: z.string().optional(), es: z.string().optional() }),
]);
export type Reason = z.infer<typeof Reason>;

export const TrackPoint = z
  .union([
    z.object({ lat: z.number(), lon: z.number(), time: z.string().nullish() }),
    z.tuple([z.number(), z.number()]).transform(([lon, lat]) => ({ lat, lon, time: null })),
  ])
  .transform((p) => ({ lat: p.lat, lon: p.lon, time: p.time ?? null }));
export type TrackPoint = z.infer<typeof TrackPoint>;

export const DeclarationLine = z.looseObject({
  lineNo: z.number(),
  declarationId: nullableString,
  portLocode: nullableString,
  containerNo: nullableString,
  goodsDescription: nullableString,
  casNumber: nullableString,
  hsCode: nullableString,
  quantityKg: nullableNumber,
  verdict: nullableString,
  substance: nullableString,
  importerName: nullableString,
  importerRfc: nullableString,
  consigneeName: nullableString,
  consigneeRfc: nullableString,
  destination: nullableString,
  permitId: nullableString,
  reasons: z.array(Reason).nullish(),
  marking: Marking.nullish(),
});
export type DeclarationLine = z.infer<typeof DeclarationLine>;

export const CustodyEvent = z
  .looseObject({
    eventId: nullableString,
    eventTime: z.string(),
    bizStep: nullableString,
    disposition: nullableString,
    place: z
      .object({
        id: nullableString,
        name: nullableString,
        kind: nullableString,
        lat: nullableNumber,
        lon: nullableNumber,
      })
      .nullish(),
    location: nullableString,
    locationName: nullableString,
    lat: nullableNumber,
    lon: nullableNumber,
    quantityKg: nullableNumber,
    reportedBy: nullableString,
    marking: Marking.nullish(),
  })
  .transform((e) => ({
    ...e,
    // CBV URNs (urn:epcglobal:cbv:bizstep:receiving) and bare words both name the step by their last part.
    bizStep: e.bizStep ? (e.bizStep.split(/[:/]/).pop() ?? e.bizStep) : null,
    locationName: e.locationName ?? e.place?.name ?? e.place?.id ?? e.location ?? null,
    // The registry's name and kind apart from the id, so a view can show the name first and the id small.
    placeName: e.locationName ?? e.place?.name ?? null,
    placeKind: e.place?.kind ?? null,
    placeId: e.place?.id ?? e.location ?? null,
    lat: e.lat ?? e.place?.lat ?? null,
    lon: e.lon ?? e.place?.lon ?? null,
  }));
export type CustodyEvent = z.infer<typeof CustodyEvent>;

export const Finding = z.looseObject({
  id: z.string(),
  kind: z.string(),
  severity: nullableString,
  detectedAt: nullableString,
  computedAt: nullableString,
  summary: nullableString,
  explanation: Bilingual.nullish(),
  evidence: z.unknown().optional(),
  lat: nullableNumber,
  lon: nullableNumber,
  marking: Marking.optional(),
  /** Where analysts stand on it (the findings queue's workflow). */
  status: nullableString,
  dismissReason: nullableString,
});
export type Finding = z.infer<typeof Finding>;

export const Permit = z.looseObject({
  id: z.string().optional(),
  permitId: z.string(),
  holderName: nullableString,
  holderRfc: nullableString,
  substanceCas: nullableString,
  maxKgPerYear: nullableNumber,
  validFrom: nullableString,
  validTo: nullableString,
  siteId: nullableString,
  marking: Marking.optional(),
});
export type Permit = z.infer<typeof Permit>;

export const ConsignmentSummary = z.looseObject({
  billOfLading: z.string(),
  portLocode: nullableString,
  importerName: nullableString,
  consigneeName: nullableString,
  declaredAt: nullableString,
  state: nullableString,
  status: nullableString,
  eventCount: nullableNumber,
  lastEventTime: nullableString,
  findingKinds: z.array(z.string()).nullish(),
  findingCount: nullableNumber,
  alerting: z.boolean().nullish(),
  marking: Marking.optional(),
});
export type ConsignmentSummary = z.infer<typeof ConsignmentSummary>;

export const Destination = z
  .union([z.string(), z.object({ lat: z.number(), lon: z.number() })])
  .nullish()
  .transform((d) =>
    d == null ? null : typeof d === 'string' ? { text: d, point: null } : { text: null, point: d },
  );

/**
 * The declared destination as the server names it: the text of the declaration, the registered place it
 * names (when the caller may see it) with its kind and the permits licensing it, and where it is.
 */
export const DeclaredDestination = z.object({
  text: z.string(),
  place: z
    .object({
      id: z.string(),
      name: z.string(),
      kind: nullableString,
      licensed: z.boolean().nullish(),
      permits: z
        .array(z.object({ permitId: z.string(), substanceCas: nullableString, validTo: nullableString }))
        .default([]),
    })
    .nullish(),
  point: z.object({ lat: z.number(), lon: z.number() }).nullish(),
});
export type DeclaredDestination = z.infer<typeof DeclaredDestination>;

export const Consignment = ConsignmentSummary.extend({
  declarationId: nullableString,
  containerNo: nullableString,
  vesselImo: nullableString,
  destination: Destination,
  declaredDestination: DeclaredDestination.nullish(),
  lines: z.array(DeclarationLine).default([]),
  permit: Permit.nullish(),
  permits: z.array(Permit).nullish(),
  timeline: z.array(CustodyEvent).default([]),
  track: z.array(TrackPoint).default([]),
  findings: z.array(Finding).default([]),
  entities: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullish() })).nullish(),
}).transform((c) => {
  const first = c.lines[0];
  const destinationText = c.destination?.text ?? c.lines.find((l) => l.destination)?.destination ?? null;
  return {
    ...c,
    // Header facts come from the declaration lines when the API does not repeat them on the consignment.
    portLocode: c.portLocode ?? first?.portLocode ?? null,
    declarationId: c.declarationId ?? first?.declarationId ?? null,
    containerNo: c.containerNo ?? first?.containerNo ?? null,
    importerName: c.importerName ?? first?.importerName ?? first?.importerRfc ?? null,
    consigneeName: c.consigneeName ?? first?.consigneeName ?? first?.consigneeRfc ?? null,
    declaredAt: c.declaredAt ?? (first?.declaredAt as string | undefined) ?? null,
    destinationText,
    declaredDestination:
      c.declaredDestination ??
      (destinationText
        ? { text: destinationText, place: null, point: c.destination?.point ?? null }
        : c.destination?.point
          ? { text: '', place: null, point: c.destination.point }
          : null),
    permits: c.permits ?? (c.permit ? [c.permit] : []),
  };
});
export type Consignment = z.infer<typeof Consignment>;

/** The list endpoint pages with limit/offset and may not count; `total` is optional. */
export const ConsignmentPage = z.object({ items: z.array(ConsignmentSummary), total: z.number().optional() });

/**
 * GET /api/ports/{locode}/tracks: every consignment of the port with its overview track, already simplified
 * by the server, in one response. Kept lean on purpose: Manzanillo is 24,000 tracks, parsed here on each load.
 */
export const PortTrack = z.object({
  billOfLading: z.string(),
  track: z.array(z.tuple([z.number(), z.number()])),
  findings: z.array(z.object({ id: z.string(), kind: z.string(), severity: z.string() })),
  marking: Marking.nullable(),
  source: z.enum(['stored', 'live']).optional(),
});
export type PortTrack = z.infer<typeof PortTrack>;
export const PortTracks = z.object({ port: z.string(), items: z.array(PortTrack) });

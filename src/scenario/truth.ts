/**
 * The ground truth of a world: per declaration line the true substance and verdict, per consignment
 * the diversion kinds it really has (with the measured evidence), per party record its true entity.
 * Definitions (docs/DECISIONS.md "Scenario"): unlicensed_receiver = a line needing a permit is received
 * at a place no valid permit for that substance names on the day of receipt; no_permit / permit_expired /
 * permit_quota_exceeded follow the lines' permits in declaration order, quota per permit and year.
 */
import { readFileSync, existsSync, createReadStream } from 'node:fs';
import { FINDING_KINDS } from '../shared/findings.ts';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { controlsOn, verdictOn } from './catalogue/chemicals.ts';
import type { ConsignmentPlan, LinePlan } from './consignments.ts';
import type { JourneyFacts } from './movements.ts';
import type { RealJourney } from './realism.ts';

/** The diversion kinds are the custody findings' kinds: the truth names what the detectors find. */
export const DIVERSION_KINDS = FINDING_KINDS;
export type DiversionKind = (typeof DIVERSION_KINDS)[number];

export const LineTruth = z.object({
  type: z.literal('line'),
  declaration_id: z.string(),
  line_no: z.number().int(),
  substance: z.object({ key: z.string(), name: z.string(), cas: z.string().nullable() }).nullable(),
  verdict: z.enum(['controlled', 'analog', 'watch', 'clear']),
  /** Lists controlling the substance on the declaration day: UN-I, UN-II, US-LI, US-CII, MX. */
  lists: z.array(z.string()),
  permit_required: z.boolean(),
  /** Realistic worlds: the line names no permit although its importer holds a valid one for it and its site. */
  documentation_gap: z.boolean().optional(),
});
export type LineTruth = z.infer<typeof LineTruth>;

export const ConsignmentTruth = z.object({
  type: z.literal('consignment'),
  bill_of_lading: z.string(),
  declaration_id: z.string(),
  container_no: z.string(),
  kinds: z.array(z.enum(DIVERSION_KINDS)),
  front_company: z.boolean(),
  evidence: z.object({
    lost_fraction: z.number().nullable(),
    max_off_route_km: z.number().nullable(),
    dwell_hours: z.number().nullable(),
    gap_hours: z.number().nullable(),
    received_at: z.array(z.string()),
    transshipped_to: z.string().nullable(),
  }),
  /** Realistic worlds: every container of the bill of lading, and what happened that is not a diversion. */
  containers: z.array(z.string()).optional(),
  variation: z
    .object({
      pre_arrival: z.number(),
      congestion: z.number(),
      customs_holds: z.number(),
      inland_terminal_stops: z.number(),
      transloads: z.number(),
      border_crossing: z.string().nullable(),
      documentation_gaps: z.array(z.number()),
      bonded_holds: z.number().optional(),
      night_rests: z.number().optional(),
      second_site: z.string().nullable().optional(),
    })
    .optional(),
});
export type ConsignmentTruth = z.infer<typeof ConsignmentTruth>;

export const PartyTruth = z.object({ type: z.literal('party'), record: z.string(), entity: z.string() });
export type PartyTruth = z.infer<typeof PartyTruth>;

/** A hidden laboratory: where it is, whether it still works, and the diverted consignment that fed it, if one did. */
export const LabTruth = z.object({
  type: z.literal('lab'),
  id: z.string(),
  status: z.enum(['active', 'past']),
  lat: z.number(),
  lon: z.number(),
  city: z.string(),
  since: z.string(),
  until: z.string().nullable(),
  fed_by: z.string().nullable(),
});
export type LabTruth = z.infer<typeof LabTruth>;

/** A legal chemical district: busy, and innocent (a naive count of evidence ranks it high). */
export const DecoyTruth = z.object({
  type: z.literal('decoy'),
  id: z.string(),
  lat: z.number(),
  lon: z.number(),
  radius_km: z.number(),
  city: z.string(),
});
export type DecoyTruth = z.infer<typeof DecoyTruth>;

export type TruthRecord = LineTruth | ConsignmentTruth | PartyTruth | LabTruth | DecoyTruth;

export function lineTruth(plan: ConsignmentPlan, line: LinePlan, documentationGap = false): LineTruth {
  const s = line.substance;
  return {
    ...(documentationGap ? { documentation_gap: true } : {}),
    type: 'line',
    declaration_id: plan.declarationId,
    line_no: line.lineNo,
    substance: s ? { key: s.key, name: s.en, cas: s.cas } : null,
    verdict: s ? verdictOn(s, plan.day) : 'clear',
    lists: s ? controlsOn(s, plan.day) : [],
    permit_required: line.permitRequired,
  };
}

function unlicensedReceipt(plan: ConsignmentPlan, facts: JourneyFacts): boolean {
  const needing = plan.lines.filter((l) => l.permitRequired && l.substance);
  return facts.receipts.some(({ site, day }) =>
    needing.some(
      (l) =>
        !(site.operator?.permits ?? []).some(
          (p) => p.substance === l.substance && p.site === site && p.validFrom <= day && day <= p.validTo,
        ),
    ),
  );
}

export function consignmentTruth(
  plan: ConsignmentPlan,
  facts: JourneyFacts,
  real: RealJourney | null = null,
  documentationGaps: number[] = [],
): ConsignmentTruth {
  const kinds = new Set<DiversionKind>();
  if (facts.lostFraction !== null) kinds.add('quantity_loss');
  if (facts.maxOffRouteKm !== null) kinds.add('route_deviation');
  if (facts.dwellHours !== null) kinds.add('dwell');
  if (facts.gapHours !== null) kinds.add('tracking_gap');
  if (new Set(facts.receipts.map((r) => r.siteId)).size >= 2) kinds.add('split');
  if (facts.transshippedTo !== null) kinds.add('transshipment');
  for (const l of plan.lines) for (const finding of l.permitFindings) kinds.add(finding);
  if (unlicensedReceipt(plan, facts)) kinds.add('unlicensed_receiver');
  const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    type: 'consignment',
    bill_of_lading: plan.billOfLading,
    declaration_id: plan.declarationId,
    container_no: plan.containerNo,
    kinds: DIVERSION_KINDS.filter((k) => kinds.has(k)),
    front_company: plan.front,
    evidence: {
      lost_fraction: facts.lostFraction,
      max_off_route_km: facts.maxOffRouteKm,
      dwell_hours: round1(facts.dwellHours),
      gap_hours: round1(facts.gapHours),
      received_at: facts.receipts.map((r) => r.siteId),
      transshipped_to: facts.transshippedTo,
    },
    ...(real
      ? {
          containers: real.containers,
          variation: { ...real.variation, documentation_gaps: documentationGaps },
        }
      : {}),
  };
}

export function partyTruths(plan: ConsignmentPlan): PartyTruth[] {
  return plan.lines.flatMap((l) => {
    const prefix = `decl:${plan.declarationId}:${l.lineNo}`;
    return [
      { type: 'party' as const, record: `${prefix}:importer`, entity: plan.importer.entityId },
      { type: 'party' as const, record: `${prefix}:consignee`, entity: plan.consignee.entityId },
      { type: 'party' as const, record: `${prefix}:broker`, entity: plan.broker.entityId },
    ];
  });
}

export interface Truth {
  lines: LineTruth[];
  consignments: ConsignmentTruth[];
  parties: PartyTruth[];
  /** Worlds written before the labs have none. */
  labs: LabTruth[];
  decoys: DecoyTruth[];
}

/**
 * Reads a scenario's truth into memory (small and medium worlds; a large one should be streamed with
 * `streamTruth`). Accepts `truth.json` and `truth.jsonl`.
 */
export async function readTruth(dir: string): Promise<Truth> {
  const truth: Truth = { lines: [], consignments: [], parties: [], labs: [], decoys: [] };
  const jsonPath = join(dir, 'truth.json');
  if (existsSync(jsonPath)) {
    const parsed = JSON.parse(readFileSync(jsonPath, 'utf8')) as Partial<Truth> &
      Omit<Truth, 'labs' | 'decoys'>;
    return {
      lines: parsed.lines,
      consignments: parsed.consignments,
      parties: parsed.parties,
      labs: parsed.labs ?? [],
      decoys: parsed.decoys ?? [],
    };
  }
  for await (const record of streamTruth(dir)) {
    if (record.type === 'line') truth.lines.push(record);
    else if (record.type === 'consignment') truth.consignments.push(record);
    else if (record.type === 'lab') truth.labs.push(record);
    else if (record.type === 'decoy') truth.decoys.push(record);
    else truth.parties.push(record);
  }
  return truth;
}

/** Streams `truth.jsonl` record by record. */
export async function* streamTruth(dir: string): AsyncGenerator<TruthRecord> {
  const lines = createInterface({
    input: createReadStream(join(dir, 'truth.jsonl'), 'utf8'),
    crlfDelay: Infinity,
  });
  for await (const text of lines) if (text.trim()) yield JSON.parse(text) as TruthRecord;
}

/**
 * The leads contract (BRIEF "Leads"): the evidence the fusion reads and the ranked leads it returns. Other
 * capabilities and the backtest build on these shapes; fields may be added (optional), none renamed.
 */
import { z } from 'zod';
import { INCIDENT_KINDS, RELIABILITY_GRADES } from '../shared/evidence.ts';

const position = {
  id: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
};
const at = z.date();

export const ConsignmentEvidence = z.object({
  kind: z.literal('consignment'),
  ...position,
  at,
  status: z.enum(['diverted', 'lost']),
});
export const FindingEvidence = z.object({
  kind: z.literal('finding'),
  ...position,
  at,
  findingKind: z.string(),
});
export const IncidentEvidence = z.object({
  kind: z.literal('incident'),
  ...position,
  at,
  incidentKind: z.enum(INCIDENT_KINDS),
  quantityKg: z.number().nonnegative().nullable().optional(),
});
export const FieldReportEvidence = z.object({
  kind: z.literal('field_report'),
  ...position,
  at,
  sourceType: z.string(),
  reliability: z.enum(RELIABILITY_GRADES),
  credibility: z.literal([1, 2, 3, 4, 5, 6]),
  indicators: z.array(z.string()),
});
export const OutcomeEvidence = z.object({
  kind: z.literal('outcome'),
  ...position,
  at,
  outcome: z.enum(['found', 'nothing_found']),
});

export const EvidenceInput = z.discriminatedUnion('kind', [
  ConsignmentEvidence,
  FindingEvidence,
  IncidentEvidence,
  FieldReportEvidence,
  OutcomeEvidence,
]);
/**
 * One piece of evidence at a point and an instant. `id` is the source record's own id: the bill of lading for a
 * consignment (its last known position), `<bill of lading>/<finding kind>` for a finding, the incident's and the
 * report's source ids, and for an outcome the outcome record's id.
 */
export type EvidenceInput =
  | { kind: 'consignment'; id: string; lat: number; lon: number; at: Date; status: 'diverted' | 'lost' }
  | { kind: 'finding'; id: string; lat: number; lon: number; at: Date; findingKind: string }
  | {
      kind: 'incident';
      id: string;
      lat: number;
      lon: number;
      at: Date;
      incidentKind: (typeof INCIDENT_KINDS)[number];
      quantityKg?: number | null;
    }
  | {
      kind: 'field_report';
      id: string;
      lat: number;
      lon: number;
      at: Date;
      sourceType: string;
      reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
      credibility: 1 | 2 | 3 | 4 | 5 | 6;
      indicators: string[];
    }
  | { kind: 'outcome'; id: string; lat: number; lon: number; at: Date; outcome: 'found' | 'nothing_found' };

export type EvidenceKind = EvidenceInput['kind'];
export const EVIDENCE_KINDS = ['consignment', 'finding', 'incident', 'field_report', 'outcome'] as const;

/** What one piece of evidence contributed to a lead's score (negative for a search that found nothing, …). */
export const Contribution = z.object({ kind: z.enum(EVIDENCE_KINDS), id: z.string(), weight: z.number() });
export type Contribution = z.infer<typeof Contribution>;

export const Lead = z.object({
  /** `lead-<cell>`: derived from the cell alone, so an id says nothing about the evidence behind it. */
  leadId: z.string(),
  rank: z.number().int().positive(),
  score: z.number(),
  cell: z.string(),
  lat: z.number(),
  lon: z.number(),
  areaKm2: z.number(),
  evidence: z.array(Contribution),
  /** Getis-Ord Gi* z of the cell (kernel weights), over the study area. */
  z: z.number().optional(),
  /** Permutation p-value of the score: the share of random placements of the same evidence scoring as high. */
  p: z.number().optional(),
});
export interface Lead {
  leadId: string;
  rank: number;
  score: number;
  cell: string;
  lat: number;
  lon: number;
  areaKm2: number;
  evidence: { kind: EvidenceInput['kind']; id: string; weight: number }[];
  z?: number;
  p?: number;
}

export interface FuseOptions {
  /** The instant the leads stand at: later evidence is ignored, decay counts from it. */
  asOf: Date;
  /** H3 resolution (default `LEAD_RESOLUTION`). */
  resolution?: number;
  /** How many leads, best first (default: every cell with a positive score). */
  limit?: number;
  /** Only the lead of this cell (with its rank among all), when there is one. */
  cell?: string;
}

/** Resolution 7: cells of ≈ 5.16 km², a town district or a stretch of highway (docs/LEADS.md). */
export const LEAD_RESOLUTION = 7;

export const leadIdOf = (cell: string): string => `lead-${cell}`;
export const cellOfLeadId = (leadId: string): string | null =>
  /^lead-[0-9a-f]{15}$/.test(leadId) ? leadId.slice('lead-'.length) : null;

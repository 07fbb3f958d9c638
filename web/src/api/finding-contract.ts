/**
 * Diversion findings as the findings queue reads them (GET /api/findings, GET /api/findings/{id}): each with
 * its consignment, severity, explanation, evidence, marking and where analysts stand on it; the detail adds
 * the history of the consignment's finding of that kind (src/custody/finding-routes.ts).
 */
import { z } from 'zod';
import { Marking } from './contract-marking.ts';
import { Finding } from './consignment-contract.ts';

const nullableString = z.string().nullish();

export const QueuedFinding = Finding.extend({
  billOfLading: z.string(),
  status: z.string(),
  assignee: nullableString,
  dismissReason: nullableString,
  declaredAt: nullableString,
  portLocode: nullableString,
  evidence: z.array(z.string()).default([]),
  marking: Marking,
});
export type QueuedFinding = z.infer<typeof QueuedFinding>;

export const FindingPage = z.object({ items: z.array(QueuedFinding), total: z.number() });
export type FindingPage = z.infer<typeof FindingPage>;

export const FindingHistoryEntry = z.looseObject({
  action: z.string(),
  findingId: nullableString,
  fromStatus: z.string(),
  toStatus: z.string(),
  /** Null when the analysis reopened the finding. */
  actorUser: nullableString,
  assignee: nullableString,
  reason: nullableString,
  at: z.string(),
});
export type FindingHistoryEntry = z.infer<typeof FindingHistoryEntry>;

export const FindingDetail = QueuedFinding.extend({ actions: z.array(FindingHistoryEntry).default([]) });
export type FindingDetail = z.infer<typeof FindingDetail>;

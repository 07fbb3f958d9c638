/**
 * The vocabulary of custody's consignments and diversion findings that the web shares with the server: the
 * states a consignment moves through, the kinds of finding, and the reason a reopened finding records (one
 * definition for the analysis that writes it and the view that says it in words). Pure.
 */
export const CONSIGNMENT_STATES = ['at_port', 'released', 'in_transit', 'received', 'lost'] as const;
export type ConsignmentState = (typeof CONSIGNMENT_STATES)[number];

export const FINDING_KINDS = [
  'quantity_loss',
  'unlicensed_receiver',
  'route_deviation',
  'dwell',
  'tracking_gap',
  'split',
  'transshipment',
  'no_permit',
  'permit_quota_exceeded',
  'permit_expired',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The reason a `reopen` entry of a finding's history records: its severity rose from one band to another. */
export function reopenReason(reopening: { from: string; to: string }): string {
  return `severity ${reopening.from} → ${reopening.to}`;
}

export function readReopenReason(reason: string | null | undefined): { from: string; to: string } | null {
  const match = /^severity (\w+) → (\w+)$/.exec(reason ?? '');
  return match ? { from: match[1]!, to: match[2]! } : null;
}

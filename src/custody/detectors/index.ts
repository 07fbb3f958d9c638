/** All diversion detectors, run together over one consignment. */
import { DEFAULT_THRESHOLDS, type FindingThresholds } from '../config.ts';
import type { ConsignmentFacts } from '../consignment.ts';
import type { Finding, FindingKind } from '../model.ts';
import type { Detector } from './common.ts';
import { detectDwell } from './dwell.ts';
import { detectNoPermit, detectPermitExpired, detectPermitQuotaExceeded } from './permits.ts';
import { detectQuantityLoss } from './quantity-loss.ts';
import { detectRouteDeviation } from './route-deviation.ts';
import { detectSplit } from './split.ts';
import { detectTrackingGap } from './tracking-gap.ts';
import { detectTransshipment } from './transshipment.ts';
import { detectUnlicensedReceiver } from './unlicensed-receiver.ts';

export const DETECTORS: Record<FindingKind, Detector> = {
  quantity_loss: detectQuantityLoss,
  unlicensed_receiver: detectUnlicensedReceiver,
  route_deviation: detectRouteDeviation,
  dwell: detectDwell,
  tracking_gap: detectTrackingGap,
  split: detectSplit,
  transshipment: detectTransshipment,
  no_permit: detectNoPermit,
  permit_quota_exceeded: detectPermitQuotaExceeded,
  permit_expired: detectPermitExpired,
};

export function detectFindings(
  facts: ConsignmentFacts,
  thresholds: FindingThresholds = DEFAULT_THRESHOLDS,
): Finding[] {
  return Object.values(DETECTORS).flatMap((detect) => detect(facts, thresholds));
}

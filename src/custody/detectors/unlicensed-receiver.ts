/**
 * unlicensed_receiver: a controlled substance is received at a place for which no permit for that
 * substance is valid on the day (by the permit's site, or by a site-less permit held by the place's
 * operator).
 */
import { RECEIVING_STEPS, localDay } from '../consignment.ts';
import type { Permit } from '../model.ts';
import { controlledLines, finding, type Detector } from './common.ts';

export const detectUnlicensedReceiver: Detector = (facts, thresholds) => {
  const substances = new Set(controlledLines(facts, thresholds).map((l) => l.casNumber!));
  if (substances.size === 0) return [];
  const receipts = facts.events.filter((e) => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep));
  const findings = [];
  const reported = new Set<string>();
  for (const receipt of receipts) {
    const placeKey = receipt.placeId ?? `${receipt.lat},${receipt.lon}`;
    if (reported.has(placeKey)) continue;
    const day = localDay(receipt.eventTime, thresholds.localUtcOffsetHours);
    const operator = receipt.placeId ? (facts.places.get(receipt.placeId)?.operatorRfc ?? null) : null;
    const licensed = (cas: string) =>
      facts.permits.some(
        (p) =>
          coversSite(p, receipt.placeId, operator) &&
          p.substanceCas === cas &&
          p.validFrom <= day &&
          day <= p.validTo,
      );
    const unlicensed = [...substances].filter((cas) => !licensed(cas));
    if (unlicensed.length === 0) continue;
    reported.add(placeKey);
    const where = receipt.placeId ?? `${receipt.lat},${receipt.lon}`;
    findings.push(
      finding(
        facts,
        'unlicensed_receiver',
        'high',
        [receipt.eventId],
        `Received at ${where}, which holds no valid permit for ${unlicensed.join(', ')}.`,
        `Recibido en ${where}, que no tiene permiso vigente para ${unlicensed.join(', ')}.`,
      ),
    );
  }
  return findings;
};

function coversSite(permit: Permit, placeId: string | null, operatorRfc: string | null): boolean {
  if (permit.siteId) return permit.siteId === placeId;
  return operatorRfc !== null && permit.holderRfc === operatorRfc;
}

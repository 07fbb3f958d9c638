/**
 * unlicensed_receiver: a controlled substance is received at a place for which no permit for that
 * substance is valid on the day (by the permit's site, or by a site-less permit held by the place's
 * operator).
 */
import { localDay } from '../consignment.ts';
import type { Permit } from '../model.ts';
import { tracksOf } from './journey.ts';
import { controlledLines, finding, placeName, substanceName, type Detector } from './common.ts';

export const detectUnlicensedReceiver: Detector = (facts, thresholds) => {
  const substances = new Set(controlledLines(facts, thresholds).map((l) => l.casNumber!));
  if (substances.size === 0) return [];
  // Receipts on the inland leg: an exporter's receipt at its own warehouse abroad is not an import.
  const receipts = tracksOf(facts).flatMap((t) => t.receipts);
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
    const names = (lang: 'en' | 'es') => unlicensed.map((cas) => substanceName(cas, lang)).join(', ');
    findings.push(
      finding(
        facts,
        'unlicensed_receiver',
        'high',
        [receipt.eventId],
        `Received at ${placeName(receipt, facts, 'en')}, which holds no valid permit for ${names('en')}.`,
        `Recibido en ${placeName(receipt, facts, 'es')}, que no tiene permiso vigente para ${names('es')}.`,
      ),
    );
  }
  return findings;
};

function coversSite(permit: Permit, placeId: string | null, operatorRfc: string | null): boolean {
  if (permit.siteId) return permit.siteId === placeId;
  return operatorRfc !== null && permit.holderRfc === operatorRfc;
}

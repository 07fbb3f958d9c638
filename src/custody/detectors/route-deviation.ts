/**
 * route_deviation: a position outside every plausible path from the port to the declared
 * destination (farther than the corridor from the direct line AND a detour beyond the factor), or
 * a final place far from the declared destination. Roads bend, so both conditions must hold.
 */
import { RECEIVING_STEPS, pointOf } from '../consignment.ts';
import { distanceToSegmentKm, haversineKm } from '../geo.ts';
import { finding, km, type Detector } from './common.ts';

export const detectRouteDeviation: Detector = (facts, thresholds) => {
  const { port, destination } = facts;
  if (!port || !destination) return [];
  const direct = haversineKm(port, destination);
  const offRoute = facts.events.filter((event) => {
    const p = pointOf(event);
    if (!p) return false;
    const detour = haversineKm(port, p) + haversineKm(p, destination);
    return (
      distanceToSegmentKm(p, port, destination) > thresholds.routeCorridorKm &&
      detour > direct * thresholds.routeDetourFactor + thresholds.routeCorridorKm
    );
  });
  const findings = [];
  if (offRoute.length > 0) {
    const worst = Math.max(...offRoute.map((e) => distanceToSegmentKm(pointOf(e)!, port, destination)));
    findings.push(
      finding(
        facts,
        'route_deviation',
        worst > 150 ? 'high' : 'medium',
        offRoute.map((e) => e.eventId),
        `${offRoute.length} position(s) off any plausible path from the port to the declared destination (up to ${km(worst)} away).`,
        `${offRoute.length} posición(es) fuera de toda ruta plausible del puerto al destino declarado (hasta ${km(worst)}).`,
      ),
    );
  }
  const receipts = facts.events.filter(
    (e) => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep) && pointOf(e),
  );
  const farReceipts = receipts.filter(
    (e) => haversineKm(pointOf(e)!, destination) > thresholds.finalPlaceRadiusKm,
  );
  if (offRoute.length === 0 && farReceipts.length > 0 && farReceipts.length === receipts.length) {
    const distance = haversineKm(pointOf(farReceipts[0]!)!, destination);
    findings.push(
      finding(
        facts,
        'route_deviation',
        'high',
        farReceipts.map((e) => e.eventId),
        `Received ${km(distance)} from the declared destination.`,
        `Recibido a ${km(distance)} del destino declarado.`,
      ),
    );
  }
  return findings;
};

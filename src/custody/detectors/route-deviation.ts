/**
 * route_deviation: a position outside the corridor around the line from the port (where the
 * consignment left it) to the declared destination, or receipt far from the declared destination
 * (receipts are judged by that second rule only).
 * Roads bend, so the corridor widens with the length of the haul.
 */
import { RECEIVING_STEPS, isAtPort, pointOf } from '../consignment.ts';
import { distanceToSegmentKm, haversineKm } from '../geo.ts';
import { finding, km, type Detector } from './common.ts';

export const detectRouteDeviation: Detector = (facts, thresholds) => {
  const { destination } = facts;
  const departure = facts.events.filter((e) => isAtPort(e, facts) && pointOf(e)).at(-1);
  const port = (departure && pointOf(departure)) ?? facts.port;
  if (!port || !destination) return [];
  const corridor = Math.max(
    thresholds.routeCorridorKm,
    thresholds.routeCorridorShare * haversineKm(port, destination),
  );
  // Places where goods were received are judged by split / unlicensed_receiver and the final-place rule.
  const receivingPlaces = new Set(
    facts.events
      .filter((e) => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep) && e.placeId)
      .map((e) => e.placeId),
  );
  const offRoute = facts.events.filter((event) => {
    const p = pointOf(event);
    const receipt =
      (event.bizStep !== null && RECEIVING_STEPS.has(event.bizStep)) || receivingPlaces.has(event.placeId);
    return (
      p !== null &&
      !receipt &&
      !isAtPort(event, facts) &&
      distanceToSegmentKm(p, port, destination) > corridor
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

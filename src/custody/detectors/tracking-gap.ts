/**
 * tracking_gap: on a container's inland leg, after it leaves the seaport and before its first receipt, no
 * event for longer than the threshold; or never received: a container still not received and silent for
 * longer than `neverReceivedHours` at the analysis time, last seen on the road (not at a registered place that
 * holds goods, not emptied into a trailer at a cross-dock).
 * Ignored: silence before discharge (the voyage), a leg that ends at a seaport (a sea voyage; after the
 * container departed from the port, a position near it or the declared destination is on the road), a wait
 * between two events at the same registered place (a weekend at an inland terminal, a customs hold: the
 * place knows where the goods are), and anything after the container left the country (trans-shipment).
 */
import { hoursBetween } from '../consignment.ts';
import { finding, hours, placeName, type Detector } from './common.ts';
import { isAtSeaport, isReceipt, isTransload, outOfPort, tracksOf } from './journey.ts';
import { holdsGoods } from './place-kinds.ts';

export const detectTrackingGap: Detector = (facts, thresholds) => {
  const findings = [];
  for (const track of tracksOf(facts)) {
    const events = track.inland;
    const onRoad = outOfPort(track, facts);
    const leftPort = events.findIndex(onRoad);
    if (leftPort < 0) continue;
    const firstAbroad = track.abroad[0] ? events.indexOf(track.abroad[0]) : events.length;
    const firstReceipt = events.findIndex(isReceipt);
    const endOfTransit = Math.min(firstReceipt < 0 ? events.length - 1 : firstReceipt, firstAbroad - 1);
    for (let i = Math.max(1, leftPort); i <= endOfTransit; i++) {
      const before = events[i - 1]!;
      const after = events[i]!;
      if (!onRoad(after, i)) continue;
      const waited =
        before.placeId !== null && before.placeId === after.placeId && facts.places.has(after.placeId);
      if (waited) continue;
      const silence = hoursBetween(before.eventTime, after.eventTime);
      if (silence > thresholds.trackingGapHours) {
        findings.push(
          finding(
            facts,
            'tracking_gap',
            silence > thresholds.trackingGapHours * 3 ? 'high' : 'medium',
            [before.eventId, after.eventId],
            `No event for ${hours(silence)} in transit, between ${placeName(before, facts, 'en')} and ${placeName(after, facts, 'en')}.`,
            `Sin eventos durante ${hours(silence)} en tránsito, entre ${placeName(before, facts, 'es')} y ${placeName(after, facts, 'es')}.`,
          ),
        );
      }
    }
    const last = events.at(-1)!;
    const silentSince = hoursBetween(last.eventTime, facts.asOf);
    // Last seen at a registered place that may hold goods (a plant, a warehouse, a terminal): not lost in
    // transit. A container emptied into a trailer goes on as the trailer.
    const lastPlace = last.placeId ? facts.places.get(last.placeId) : undefined;
    const heldSomewhere =
      lastPlace !== undefined && holdsGoods(lastPlace.kind, thresholds.licensedPlaceKinds);
    if (
      firstReceipt < 0 &&
      track.abroad.length === 0 &&
      !isAtSeaport(last, facts) &&
      !heldSomewhere &&
      !track.events.some(isTransload) &&
      silentSince > thresholds.neverReceivedHours
    ) {
      findings.push(
        finding(
          facts,
          'tracking_gap',
          'high',
          [last.eventId],
          `Never received: last seen ${hours(silentSince)} before the newest data, at ${placeName(last, facts, 'en')}.`,
          `Nunca recibido: visto por última vez ${hours(silentSince)} antes de los datos más recientes, en ${placeName(last, facts, 'es')}.`,
        ),
      );
    }
  }
  return findings;
};

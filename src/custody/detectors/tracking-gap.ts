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
import type { CustodyEvent } from '../model.ts';
import { isAtSeaport, isReceipt, isTransload, locodeCountry, tracksOf } from './journey.ts';
import { holdsGoods } from './place-kinds.ts';

export const detectTrackingGap: Detector = (facts, thresholds) => {
  const findings = [];
  const declared = new Set(facts.lines.map((l) => l.destination).filter((d): d is string => d !== null));
  for (const track of tracksOf(facts)) {
    const events = track.inland;
    // Out of the port: away from the port area, or — once the container departed from the port — at a
    // position on the road or at the declared destination, however near (a warehouse 3 km from the terminal
    // is the end of a short haul, not the port). Registered places of the port area (yards, bonded
    // warehouses) visited after a departure are still the port.
    const departed = events.findIndex((e) => e.bizStep === 'departing' && isAtSeaport(e, facts));
    const onRoad = (e: CustodyEvent, i: number) =>
      !isAtSeaport(e, facts) ||
      (departed >= 0 &&
        i > departed &&
        (isReceipt(e) ||
          (e.placeId !== null && declared.has(e.placeId)) ||
          (!facts.places.has(e.placeId ?? '') && locodeCountry(e.placeId) === null)));
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

/**
 * route_deviation: on the inland leg of a container (from its discharge at the Mexican seaport), a position
 * outside the corridor around the line from the port to the declared destination; or every receipt far from
 * the declared destination. Roads bend, so the corridor widens with the length of the haul.
 * Ignored: positions before discharge (origin port, voyage, anchorage), positions at the seaport, receipts
 * and places that received goods (split and unlicensed_receiver judge those), the road of a container of a
 * split bill that was received elsewhere while the rest reached the destination, the road to a site of the
 * declared consignee or importer that received goods (its other plant), and a container that leaves
 * the country (its road to the border is the trans-shipment's evidence, not a detour).
 */
import { pointOf } from '../consignment.ts';
import { distanceToSegmentKm, haversineKm, type Point } from '../geo.ts';
import type { CustodyEvent } from '../model.ts';
import { finding, km, placeName, type Detector } from './common.ts';
import { isAtSeaport, isReceipt, placeOf, tracksOf } from './journey.ts';
import { sameRfc } from './permits.ts';

export const detectRouteDeviation: Detector = (facts, thresholds) => {
  const { destination } = facts;
  if (!destination) return [];
  const tracks = tracksOf(facts);
  const receivingPlaces = new Set(tracks.flatMap((t) => t.receipts.map((e) => e.placeId)).filter(Boolean));
  // The consignee's (or importer's) own registered sites that received goods are ends of the road too: a
  // delivery to its other plant is the declared party's, not a detour (unlicensed_receiver judges the site).
  // Parties by RFC within one character (RFCs are retyped on every document), and the operator of the
  // declared destination when it is a registered place.
  const declared = facts.lines.map((l) => l.destination).find((d) => d !== null);
  const parties = [
    ...facts.lines.flatMap((l) => [l.consigneeRfc, l.importerRfc]),
    declared ? facts.places.get(declared)?.operatorRfc : null,
  ].filter((r): r is string => !!r);
  const ownSite = (e: CustodyEvent) => {
    const operator = placeOf(e, facts)?.operatorRfc;
    return !!operator && parties.some((rfc) => sameRfc(operator, rfc));
  };
  const ends: Point[] = [
    destination,
    ...tracks.flatMap((t) => t.receipts.filter(ownSite).flatMap((e) => pointOf(e) ?? [])),
  ];
  const reached = (e: CustodyEvent) =>
    ownSite(e) ||
    (pointOf(e) !== null && haversineKm(pointOf(e)!, destination) <= thresholds.finalPlaceRadiusKm);
  const billReached = tracks.some((t) => t.receipts.some(reached));
  const offRoute: { event: CustodyEvent; off: number }[] = [];
  for (const track of tracks) {
    if (track.abroad.length > 0) continue;
    // A bill split by containers: the rest reached the declared destination, this container was received
    // elsewhere, whole. Its road leads to where it was received; split (and unlicensed_receiver) say where.
    const splitOff = billReached && track.receipts.length > 0 && !track.receipts.some(reached);
    const trackEnds = splitOff ? [...ends, ...track.receipts.flatMap((e) => pointOf(e) ?? [])] : ends;
    // Where the container left the port: its last position there before the road.
    const road = track.inland.findIndex((e) => !isAtSeaport(e, facts));
    const departure = track.inland
      .slice(0, road < 0 ? undefined : road)
      .filter((e) => pointOf(e))
      .at(-1);
    const port = (departure && pointOf(departure)) ?? facts.port;
    if (!port) continue;
    const corridor = (end: Point) =>
      Math.max(thresholds.routeCorridorKm, thresholds.routeCorridorShare * haversineKm(port, end));
    for (const event of track.inland) {
      const p = pointOf(event);
      if (!p || isReceipt(event) || receivingPlaces.has(event.placeId) || isAtSeaport(event, facts)) continue;
      const offs = trackEnds.map((end) => distanceToSegmentKm(p, port, end) - corridor(end));
      const best = offs.indexOf(Math.min(...offs));
      if (offs[best]! > 0) offRoute.push({ event, off: distanceToSegmentKm(p, port, trackEnds[best]!) });
    }
  }
  const findings = [];
  if (offRoute.length > 0) {
    const worst = offRoute.reduce((a, b) => (b.off > a.off ? b : a));
    findings.push(
      finding(
        facts,
        'route_deviation',
        worst.off > 150 ? 'high' : 'medium',
        offRoute.map((o) => o.event.eventId),
        `${offRoute.length} position(s) off any plausible path from the port to the declared destination (up to ${km(worst.off)} away, at ${placeName(worst.event, facts, 'en')}).`,
        `${offRoute.length} posición(es) fuera de toda ruta plausible del puerto al destino declarado (hasta ${km(worst.off)}, en ${placeName(worst.event, facts, 'es')}).`,
      ),
    );
  }
  // Every receipt far away: the goods never reached the declared destination nor a site of the declared
  // parties. One part delivered there and another elsewhere is a split (and unlicensed_receiver's question).
  const receipts = tracks.flatMap((t) => t.receipts).filter((e) => pointOf(e));
  const farReceipts = receipts.filter(
    (e) => !ownSite(e) && haversineKm(pointOf(e)!, destination) > thresholds.finalPlaceRadiusKm,
  );
  if (offRoute.length === 0 && farReceipts.length > 0 && farReceipts.length === receipts.length) {
    const distance = haversineKm(pointOf(farReceipts[0]!)!, destination);
    findings.push(
      finding(
        facts,
        'route_deviation',
        'high',
        farReceipts.map((e) => e.eventId),
        `Received at ${placeName(farReceipts[0]!, facts, 'en')}, ${km(distance)} from the declared destination.`,
        `Recibido en ${placeName(farReceipts[0]!, facts, 'es')}, a ${km(distance)} del destino declarado.`,
      ),
    );
  }
  return findings;
};

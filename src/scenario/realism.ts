/**
 * The journey of a consignment in a realistic world (src/scenario/variation.ts): one physical journey per
 * container (movements.ts), moved on different days, then dressed with what real feeds carry — the
 * exporter's and carrier's events abroad before discharge, waits at anchorage, customs holds, stops at
 * inland terminals, transloads at cross-docks — none of which is a diversion. Diversions of the road act on
 * the first container; a split may send whole containers to different parties; a trans-shipment may leave
 * by road through a border crossing.
 */
import { iso6346CheckDigit } from '../identifiers/index.ts';
import type { ConsignmentPlan } from './consignments.ts';
import type { DiversionPlan } from './diversions.ts';
import { alongRoute, distanceKm, offsetKm, round6, type LatLon } from './geo.ts';
import type { Site } from './model.ts';
import { simulateJourney, type JourneyFacts, type Observation } from './movements.ts';
import type { Random } from './random.ts';
import { bondedHold, nightRest, sparsePings } from './unfamiliar.ts';
import type { Variation } from './variation.ts';
import type { World } from './world.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Origin ports by country of origin (UN/LOCODE, position, the offset their events are written in). */
const ORIGIN_PORTS: Record<string, { locode: string; lat: number; lon: number; offset: string }> = {
  CN: { locode: 'CNSHA', lat: 31.36, lon: 121.62, offset: '+08:00' },
  HK: { locode: 'HKHKG', lat: 22.29, lon: 114.15, offset: '+08:00' },
  IN: { locode: 'INNSA', lat: 18.95, lon: 72.95, offset: '+05:30' },
  KR: { locode: 'KRPUS', lat: 35.1, lon: 129.04, offset: '+09:00' },
  JP: { locode: 'JPYOK', lat: 35.44, lon: 139.64, offset: '+09:00' },
  TW: { locode: 'TWKHH', lat: 22.61, lon: 120.28, offset: '+08:00' },
  SG: { locode: 'SGSIN', lat: 1.26, lon: 103.84, offset: '+08:00' },
  DE: { locode: 'DEHAM', lat: 53.54, lon: 9.97, offset: '+01:00' },
  NL: { locode: 'NLRTM', lat: 51.95, lon: 4.14, offset: '+01:00' },
  BE: { locode: 'BEANR', lat: 51.26, lon: 4.4, offset: '+01:00' },
  ES: { locode: 'ESVLC', lat: 39.44, lon: -0.32, offset: '+01:00' },
  IT: { locode: 'ITGOA', lat: 44.4, lon: 8.92, offset: '+01:00' },
  FR: { locode: 'FRLEH', lat: 49.48, lon: 0.11, offset: '+01:00' },
  CH: { locode: 'NLRTM', lat: 51.95, lon: 4.14, offset: '+01:00' },
  BR: { locode: 'BRSSZ', lat: -23.96, lon: -46.3, offset: '-03:00' },
  US: { locode: 'USHOU', lat: 29.73, lon: -95.27, offset: '-06:00' },
};
const US_PACIFIC = { locode: 'USLGB', lat: 33.75, lon: -118.22, offset: '-08:00' };

export interface RealJourney {
  containers: string[];
  observations: Observation[];
  facts: JourneyFacts;
  /** What the world did that is not a diversion, for the truth. */
  variation: {
    pre_arrival: number;
    congestion: number;
    customs_holds: number;
    inland_terminal_stops: number;
    transloads: number;
    border_crossing: string | null;
    bonded_holds: number;
    night_rests: number;
    second_site: string | null;
  };
}

/** 1–4 containers; their numbers follow the first's owner code and serial. */
export function containerNumbersFor(plan: ConsignmentPlan, count: number): string[] {
  const owner = plan.containerNo.slice(0, 4);
  const serial = Number(plan.containerNo.slice(4, 10));
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return plan.containerNo;
    const first10 = owner + String((serial + i * 104_729) % 1_000_000).padStart(6, '0');
    return first10 + iso6346CheckDigit(first10);
  });
}

/** Per container, the share of each line it carries: line i in container i mod k, or spread when fewer lines. */
function sharesOf(lines: number, containers: number): number[][] {
  if (lines >= containers)
    return Array.from({ length: containers }, (_, c) =>
      Array.from({ length: lines }, (_, i) => (i % containers === c ? 1 : 0)),
    );
  return Array.from({ length: containers }, () => Array.from({ length: lines }, () => 1 / containers));
}

/** Which container a declaration line is written against. */
export function containerOfLine(lineIndex: number, containers: readonly string[]): string {
  return containers[lineIndex % containers.length] as string;
}

export function containerCount(plan: ConsignmentPlan, variation: Variation, random: Random): number {
  return random.chance(variation.multiContainer) ? random.int(2, Math.min(4, 1 + plan.lines.length)) : 1;
}

const delayFrom = (obs: Observation[], index: number, ms: number) => {
  for (let i = index; i < obs.length; i++) (obs[i] as Observation).timeMs += ms;
};

function seaward(port: LatLon, coast: 'pacific' | 'gulf', km: number, random: Random): LatLon {
  const east = coast === 'pacific' ? -km : km;
  const moved = offsetKm(port, east * random.between(0.6, 1), random.between(-0.5, 0.5) * km);
  return { lat: round6(moved.lat), lon: round6(moved.lon) };
}

/** The exporter's and carrier's events abroad, and perhaps days at anchorage off the Mexican port. */
function beforeDischarge(
  plan: ConsignmentPlan,
  obs: Observation[],
  variation: Variation,
  random: Random,
  tally: RealJourney['variation'],
): Observation[] {
  const arrival = (obs[0] as Observation).timeMs;
  const before: Observation[] = [];
  let t = arrival;
  if (random.chance(variation.congestion)) {
    tally.congestion++;
    const wait = random.between(24, 120) * HOUR;
    const anchorage = seaward(plan.port, plan.port.coast, random.between(6, 14), random);
    t = arrival - wait;
    before.push(obsAt(t, 'arriving', { geo: anchorage }));
    for (let s = t + random.between(6, 12) * HOUR; s < arrival - 2 * HOUR; s += random.between(6, 12) * HOUR)
      before.push(obsAt(s, 'transporting', { geo: jitterKm(anchorage, random, 0.8) }));
  }
  if (random.chance(variation.preArrival)) {
    tally.pre_arrival++;
    const origin =
      plan.origin === 'US' && plan.port.coast === 'pacific'
        ? US_PACIFIC
        : (ORIGIN_PORTS[plan.origin] ?? ORIGIN_PORTS.CN!);
    const voyage = Math.max(4, distanceKm(origin, plan.port) / 600) * DAY * random.between(0.9, 1.3);
    const sailed = t - voyage;
    const place = { locationId: `urn:unece:locode:${origin.locode}`, kind: 'port' } as Site;
    const abroad = { offset: origin.offset };
    before.unshift(
      obsAt(sailed - random.between(20, 60) * HOUR, 'loading', { site: place, ...abroad }),
      obsAt(sailed, 'departing', { site: place, ...abroad }),
    );
    // Positions at sea from the carrier (AIS), the first days of the voyage, in the carrier's offset.
    const far = { lat: origin.lat, lon: plan.port.lon - origin.lon > 180 ? origin.lon + 360 : origin.lon };
    const near = {
      lat: plan.port.lat,
      lon: origin.lon - plan.port.lon > 180 ? plan.port.lon + 360 : plan.port.lon,
    };
    for (const f of [0.08, 0.2]) {
      const p = { lat: far.lat + (near.lat - far.lat) * f, lon: far.lon + (near.lon - far.lon) * f };
      const lon = p.lon > 180 ? p.lon - 360 : p.lon;
      before.push(
        obsAt(sailed + voyage * f, 'transporting', {
          geo: { lat: round6(p.lat), lon: round6(lon) },
          offset: '+00:00',
        }),
      );
    }
  }
  return before.sort((a, b) => a.timeMs - b.timeMs);
}

function obsAt(
  timeMs: number,
  bizStep: Observation['bizStep'],
  more: Partial<Observation> = {},
): Observation {
  return {
    timeMs,
    bizStep,
    disposition: 'in_transit',
    site: null,
    geo: null,
    quantities: null,
    nextLocation: null,
    ...more,
  };
}

function jitterKm(point: LatLon, random: Random, km: number): LatLon {
  const moved = offsetKm(point, random.between(-km, km), random.between(-km, km));
  return { lat: round6(moved.lat), lon: round6(moved.lon) };
}

/** Customs keeps the container 1–5 days at the terminal (inspection, documents) before it is loaded out. */
function customsHold(obs: Observation[], random: Random): boolean {
  const loading = obs.findIndex((o) => o.bizStep === 'loading');
  if (loading < 1) return false;
  const start = (obs[loading - 1] as Observation).timeMs + random.between(1, 4) * HOUR;
  const hold = random.between(24, 120) * HOUR;
  const site = (obs[loading] as Observation).site;
  delayFrom(obs, loading, hold);
  obs.splice(loading, 0, obsAt(start, 'inspecting', { site, disposition: 'in_progress' }));
  return true;
}

/**
 * A stop on the road before the final arrival, at a registered facility near the destination: an inland
 * terminal (overnight, or the weekend when the truck arrives Friday or Saturday) or a cross-dock where the
 * goods move from the container into a trailer (later events name the trailer).
 */
function roadStop(
  obs: Observation[],
  facility: Site,
  transload: { trailer: string; container: string } | null,
  random: Random,
): boolean {
  const arrivingAtEnd = obs.findLastIndex((o) => o.bizStep === 'arriving');
  if (arrivingAtEnd < 2) return false;
  const last = obs[arrivingAtEnd] as Observation;
  const previous = obs[arrivingAtEnd - 1] as Observation;
  const arrive = previous.timeMs + Math.max(0.3, (last.timeMs - previous.timeMs) * 0.6);
  let stay: number;
  if (transload) stay = random.between(2, 8) * HOUR;
  else {
    const local = new Date(arrive - 6 * HOUR);
    const weekday = local.getUTCDay(); // 5 Friday, 6 Saturday
    const untilMonday = ((8 - weekday) % 7) * DAY - (local.getUTCHours() - 7) * HOUR;
    stay = weekday === 5 || weekday === 6 ? untilMonday : random.between(8, 20) * HOUR;
  }
  const depart = arrive + stay;
  const weighed = obs.find((o) => o.quantities)?.quantities ?? null;
  const inserted: Observation[] = [obsAt(arrive, 'arriving', { site: facility })];
  if (transload) {
    inserted.push(
      obsAt(arrive + stay * 0.5, 'loading', {
        site: facility,
        disposition: 'in_progress',
        quantities: weighed ? weighed.map((q) => Math.round(q * 10) / 10) : null,
        aggregation: { parent: transload.trailer, child: transload.container },
      }),
    );
  }
  inserted.push(obsAt(depart, 'departing', { site: facility, nextLocation: last.site }));
  delayFrom(obs, arrivingAtEnd, stay + 0.5 * HOUR);
  obs.splice(arrivingAtEnd, 0, ...inserted);
  if (transload)
    for (let i = arrivingAtEnd + inserted.length - 1; i < obs.length; i++)
      (obs[i] as Observation).unit = transload.trailer;
  return true;
}

/** Trans-shipment by road: from the terminal to a border crossing and on into the neighbouring country. */
function acrossTheBorder(world: World, obs: Observation[], random: Random): string {
  const crossing = random.pick(world.borderCrossings);
  const loading = obs.findIndex((o) => o.bizStep === 'loading');
  const loaded = obs[loading] as Observation;
  const start = loaded.site as Site;
  obs.length = loading + 1;
  obs.push(
    obsAt(loaded.timeMs + random.between(0.3, 1.5) * HOUR, 'departing', {
      site: start,
      nextLocation: crossing.site,
    }),
  );
  const from = obs.at(-1) as Observation;
  const direct = distanceKm(start, crossing.site);
  const speed = random.between(55, 75);
  let t = from.timeMs;
  const count = Math.max(1, Math.round(direct / 50));
  for (let k = 1; k <= count; k++) {
    t += ((direct / (count + 1)) * 1.15 * HOUR) / speed;
    obs.push(
      obsAt(t, 'transporting', {
        geo: jitterKm(alongRoute(start, crossing.site, k / (count + 1), 0), random, 0.3),
      }),
    );
  }
  t += ((direct / (count + 1)) * 1.15 * HOUR) / speed;
  obs.push(obsAt(t, 'arriving', { site: crossing.site }));
  t += random.between(2, 12) * HOUR;
  obs.push(obsAt(t, 'departing', { site: crossing.site }));
  for (const f of [0.5, 1]) {
    t += random.between(1, 3) * HOUR;
    obs.push(
      obsAt(t, 'transporting', {
        geo: jitterKm(alongRoute(crossing.site, crossing.beyond, f, 0), random, 0.3),
        offset: crossing.beyond.lat > 25 ? '-05:00' : '-06:00',
      }),
    );
  }
  return crossing.site.locationId;
}

export function realisticJourney(
  world: World,
  plan: ConsignmentPlan,
  containers: string[],
  diversion: DiversionPlan | null,
  variation: Variation,
  random: Random,
): RealJourney {
  const kinds = new Set<string>(diversion?.kinds ?? []);
  const tally: RealJourney['variation'] = {
    pre_arrival: 0,
    congestion: 0,
    customs_holds: 0,
    inland_terminal_stops: 0,
    transloads: 0,
    border_crossing: null,
    bonded_holds: 0,
    night_rests: 0,
    second_site: null,
  };
  const shares = sharesOf(plan.lines.length, containers.length);
  const bodegas = world.bodegasByCity.get(plan.consignee.city.display) ?? [];
  const bodega = bodegas.find((b) => b.locationId !== plan.destination.locationId) ?? null;
  const containerSplit =
    kinds.has('split') &&
    containers.length >= 2 &&
    bodega !== null &&
    random.chance(variation.containerSplit);
  const byRoad = kinds.has('transshipment') && random.chance(variation.borderTransshipment);
  // Delivered to the consignee's site in another city instead of the declared one (not a diversion).
  const secondSite = world.secondSites.get(plan.consignee);
  // Not when the goods are received at a bodega of the declared city (a diverted receipt, a split): the road
  // would lead to the other city and the goods turn up in the declared one, a detour nobody drove.
  const otherSite =
    secondSite && random.chance(variation.secondSite) && !kinds.has('divert_receipt') && !kinds.has('split')
      ? secondSite
      : undefined;
  tally.second_site = otherSite?.locationId ?? null;
  const facts: JourneyFacts = {
    lostFraction: null,
    maxOffRouteKm: null,
    dwellHours: null,
    gapHours: null,
    receipts: [],
    transshippedTo: null,
  };
  const observations: Observation[] = [];
  let lost = 0;
  let total = 0;
  containers.forEach((container, c) => {
    // The road's diversions act on the first container; a container split sends the last one elsewhere.
    const own = new Set([...kinds].filter((k) => c === 0 || k === 'transshipment' || k === 'divert_receipt'));
    if (containerSplit) own.delete('split');
    const destination = containerSplit && c === containers.length - 1 ? bodega : otherSite;
    const shiftMs = c === 0 ? 0 : random.between(0, 4) * DAY;
    const journey = simulateJourney(world, plan, diversion, random, {
      shares: shares[c],
      shiftMs,
      kinds: byRoad ? new Set([...own].filter((k) => k !== 'transshipment')) : own,
      ...(destination ? { destination } : {}),
      jitterKm: variation.gpsJitterKm,
      stayInMexico: true,
    });
    const obs = journey.observations;
    const kg = plan.lines.reduce((sum, l, i) => sum + l.kg * (shares[c]?.[i] ?? 0), 0);
    total += kg;
    if (journey.facts.lostFraction !== null) lost += kg * journey.facts.lostFraction;
    for (const key of ['maxOffRouteKm', 'dwellHours', 'gapHours', 'transshippedTo'] as const)
      if (journey.facts[key] !== null)
        (facts as unknown as Record<string, unknown>)[key] = journey.facts[key];
    if (random.chance(variation.customsHold) && customsHold(obs, random)) tally.customs_holds++;
    if (byRoad) facts.transshippedTo = tally.border_crossing = acrossTheBorder(world, obs, random);
    else if (!kinds.has('transshipment') && journey.facts.receipts.length > 0) {
      const target = journey.facts.receipts.at(-1)!.site;
      const near = (sites: Site[]) =>
        sites
          .filter((s) => distanceKm(s, target) < 40)
          .sort((a, b) => distanceKm(a, target) - distanceKm(b, target))[0];
      const dock = near(world.crossDocks);
      const inland = near(world.inlandTerminals);
      if (dock && random.chance(variation.transload)) {
        const trailer = `urn:epc:id:giai:${plan.roadCarrier.gs1Prefix}.TR${String(plan.index % 100_000).padStart(5, '0')}${c}`;
        if (roadStop(obs, dock, { trailer, container }, random)) tally.transloads++;
      } else if (inland && random.chance(variation.inlandTerminalStop)) {
        if (roadStop(obs, inland, null, random)) tally.inland_terminal_stops++;
      } else if (random.chance(variation.bondedHold)) {
        const bonded = near(world.bondedWarehouses);
        if (bonded && bondedHold(obs, bonded, random)) tally.bonded_holds++;
      }
    }
    if (!kinds.has('transshipment') && random.chance(variation.nightRest))
      if (nightRest(obs, random, variation.gpsJitterKm)) tally.night_rests++;
    if (random.chance(variation.sparsePings)) sparsePings(obs, random);
    const before = beforeDischarge(plan, obs, variation, random, tally);
    for (const o of [...before, ...obs])
      observations.push({ ...o, unit: o.unit ?? `urn:epc:id:bic:${container}` });
  });
  if (lost > 0) facts.lostFraction = Math.round((lost / total) * 1000) / 1000;
  // Receipts from what the observations finally say (stops moved them in time).
  for (const o of observations)
    if (o.bizStep === 'receiving' && o.site)
      facts.receipts.push({
        siteId: o.site.locationId,
        day: new Date(o.timeMs - 6 * HOUR).toISOString().slice(0, 10),
        site: o.site,
      });
  observations.sort((a, b) => a.timeMs - b.timeMs);
  return { containers, observations, facts, variation: tally };
}

/**
 * Lines a legitimate importer declares under its own valid permit, for the permit's site, but without naming
 * the permit: a documentation gap (the import is permitted), not an unpermitted import.
 */
export function documentationGaps(plan: ConsignmentPlan, variation: Variation, random: Random) {
  return plan.lines.filter(
    (l) =>
      l.permit !== null &&
      l.permitRequired &&
      l.permitFindings.length === 0 &&
      l.permit.holder === plan.importer &&
      l.permit.site === plan.destination &&
      random.chance(variation.documentationGap),
  );
}

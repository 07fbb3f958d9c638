/**
 * The physical journey of a consignment as a list of observations: vessel arrival and discharge at the
 * terminal, customs inspection, storage, release onto a truck, GPS positions along the road and
 * receipt at the consignee, with the planned diversion acted out. The road is the direct line from the
 * terminal to the destination with a smooth bend of up to 12 km (a sequence of waypoints between real
 * places, as the BRIEF allows); positions carry ±150 m of GPS jitter and scales ±0.4 %.
 */
import { neighbourCountry } from '../custody/index.ts';
import type { ConsignmentPlan } from './consignments.ts';
import type { DiversionPlan } from './diversions.ts';
import { alongRoute, distanceKm, offsetKm, round6, type LatLon } from './geo.ts';
import type { Site } from './model.ts';
import type { Random } from './random.ts';
import type { World } from './world.ts';

export interface Observation {
  timeMs: number;
  bizStep:
    | 'arriving'
    | 'unloading'
    | 'inspecting'
    | 'storing'
    | 'loading'
    | 'departing'
    | 'transporting'
    | 'receiving';
  disposition: 'in_transit' | 'in_progress' | 'conformant' | 'container_closed';
  site: Site | null;
  geo: LatLon | null;
  /** Kilograms per declaration line when weighed. */
  quantities: number[] | null;
  /** Where the goods are sent next (departures). */
  nextLocation: Site | null;
  /** Realistic worlds: the EPC the event names (a container, or the trailer after a transload). */
  unit?: string;
  /** A transload: the goods of `child` (a container) aggregated into `parent` (a trailer). */
  aggregation?: { parent: string; child: string };
  /** The offset the reporter writes its times in (default −06:00). */
  offset?: string;
}

/** A realistic world's journey of one container: its share of each line, when it moves, where it goes. */
export interface JourneyOptions {
  /** Fraction of each line's kilograms in this container (default all). */
  shares?: number[];
  shiftMs?: number;
  kinds?: ReadonlySet<string>;
  destination?: Site;
  jitterKm?: number;
  /** Roads keep to Mexico (a straight line from Ensenada to Ciudad Juárez would cut through Arizona). */
  stayInMexico?: boolean;
}

/**
 * Moves a road position that fell across a land border back into Mexico, the way the real road runs: well
 * inside, not at the edge of the border margin the detectors allow (a night's rest there, jittered by a
 * kilometre, would otherwise be "abroad" in a world whose truth says the truck never left).
 */
function inMexico(point: LatLon): LatLon {
  let p = point;
  let country: string | null = null;
  for (let i = 0; i < 80 && neighbourCountry(p) !== null; i++) {
    country = neighbourCountry(p);
    p = step(p, country);
  }
  // Past the margin (≈ 30 km) and as far again inside the outline.
  if (country !== null) for (let i = 0; i < 12; i++) p = step(p, country);
  return p;
}

const step = (p: LatLon, country: string | null): LatLon => ({
  lat: round6(p.lat + (country === 'US' ? -0.05 : 0.05)),
  lon: round6(p.lon - (country === 'US' ? 0 : 0.05)),
});

/** What really happened, for the ground truth. */
export interface JourneyFacts {
  lostFraction: number | null;
  maxOffRouteKm: number | null;
  dwellHours: number | null;
  gapHours: number | null;
  /** Places that received goods, with the (local) day of receipt. */
  receipts: { siteId: string; day: string; site: Site }[];
  transshippedTo: string | null;
}

const HOUR = 3_600_000;

function weigh(kg: number, random: Random, factor = 1): number {
  return Math.round(kg * factor * (1 + random.between(-0.004, 0.004)) * 10) / 10;
}

function jitterAt(point: LatLon, random: Random, km = 0.15): LatLon {
  const moved = offsetKm(point, random.between(-km, km), random.between(-km, km));
  return { lat: round6(moved.lat), lon: round6(moved.lon) };
}

/** Roughly the middle of mainland Mexico: detours bend towards it, so they run inland, not out to sea or abroad. */
const INTERIOR: LatLon = { lat: 23.6, lon: -102.5 };

/**
 * How far sideways a route deviation goes at its widest: at least 110 km and 0.55 × the trip (so some
 * position is ≥ 80 km off even with two pings), at most 450 km, to the side towards the interior.
 */
function detourKm(from: LatLon, to: LatLon, direct: number, scale: number): number {
  const size = Math.min(450, Math.max(110, 0.55 * direct) * scale);
  const towardsInterior = (side: number) => distanceKm(alongRoute(from, to, 0.5, side * size), INTERIOR);
  return towardsInterior(1) <= towardsInterior(-1) ? size : -size;
}

export function simulateJourney(
  world: World,
  plan: ConsignmentPlan,
  diversion: DiversionPlan | null,
  random: Random,
  options: JourneyOptions = {},
): { observations: Observation[]; facts: JourneyFacts } {
  const kinds = options.kinds ?? diversion?.kinds ?? new Set();
  const declared = plan.lines.map((l, i) => l.kg * (options.shares?.[i] ?? 1));
  const jitter = (point: LatLon, r: Random) => jitterAt(point, r, options.jitterKm);
  const terminal = plan.terminal;
  const out: Observation[] = [];
  const facts: JourneyFacts = {
    lostFraction: null,
    maxOffRouteKm: null,
    dwellHours: null,
    gapHours: null,
    receipts: [],
    transshippedTo: null,
  };
  const observe = (o: Partial<Observation> & Pick<Observation, 'timeMs' | 'bizStep'>) =>
    out.push({
      disposition: 'in_transit',
      site: null,
      geo: null,
      quantities: null,
      nextLocation: null,
      ...o,
    });

  let t = plan.declaredAtMs - random.between(6, 40) * HOUR + (options.shiftMs ?? 0);
  observe({ timeMs: t, bizStep: 'arriving', site: terminal });
  t += random.between(2, 10) * HOUR;
  observe({
    timeMs: t,
    bizStep: 'unloading',
    site: terminal,
    disposition: 'in_progress',
    quantities: declared.map((kg) => weigh(kg, random)),
  });
  if (random.chance(0.35)) {
    t += random.between(6, 30) * HOUR;
    observe({ timeMs: t, bizStep: 'inspecting', site: terminal, disposition: 'conformant' });
  }
  t += random.between(0.5, 3) * HOUR;
  observe({ timeMs: t, bizStep: 'storing', site: terminal, disposition: 'in_progress' });
  t = Math.max(t + 2 * HOUR, plan.declaredAtMs + random.between(2, 60) * HOUR + (options.shiftMs ?? 0));
  observe({
    timeMs: t,
    bizStep: 'loading',
    site: terminal,
    disposition: 'container_closed',
    quantities: declared.map((kg) => weigh(kg, random)),
  });

  if (kinds.has('transshipment') && diversion) {
    const foreign = world.foreignPorts[diversion.foreignPortIndex % world.foreignPorts.length] as Site;
    t += random.between(1, 4) * HOUR;
    observe({ timeMs: t, bizStep: 'departing', site: terminal, nextLocation: foreign });
    t += random.between(2, 9) * 24 * HOUR;
    observe({ timeMs: t, bizStep: 'arriving', site: foreign });
    facts.transshippedTo = foreign.locationId;
    return { observations: out, facts };
  }

  const destination = options.destination ?? plan.destination;
  const bodegas = world.bodegasByCity.get(plan.consignee.city.display) ?? [];
  const bodega = bodegas.find((b) => b.locationId !== destination.locationId) ?? null;
  t += random.between(0.3, 1.5) * HOUR;
  observe({ timeMs: t, bizStep: 'departing', site: terminal, nextLocation: destination });

  // Road positions: every 35–60 km along a gently bent line; detours and stops are inserted.
  const direct = distanceKm(terminal, destination);
  const bend = random.between(-12, 12);
  const spacing = random.between(35, 60);
  const count = Math.max(1, Math.round(direct / spacing));
  const speed = random.between(55, 75);
  const detour = diversion ? detourKm(terminal, destination, direct, diversion.detourScale) : 0;
  const stopAt = Math.max(1, Math.floor(count / 2));
  const gapAt = Math.min(count, stopAt + 1);
  let previous: LatLon = terminal;
  let maxOff = 0;
  for (let k = 1; k <= count; k++) {
    const fraction = k / (count + 1);
    let lateral = bend * Math.sin(Math.PI * fraction);
    // The detour swells and shrinks smoothly, so the truck never jumps hundreds of km between pings.
    if (kinds.has('route_deviation') && fraction > 0.15 && fraction < 0.85) {
      lateral = detour * Math.sin((Math.PI * (fraction - 0.15)) / 0.7);
    }
    const drawn = jitter(alongRoute(terminal, destination, fraction, lateral), random);
    const point = options.stayInMexico ? inMexico(drawn) : drawn;
    if (kinds.has('route_deviation')) maxOff = Math.max(maxOff, Math.abs(lateral));
    t += ((distanceKm(previous, point) * 1.15) / speed) * HOUR;
    if (kinds.has('tracking_gap') && k === gapAt) {
      const gap = (diversion as DiversionPlan).gapHours;
      t += gap * HOUR;
      facts.gapHours = gap;
    }
    observe({ timeMs: t, bizStep: 'transporting', geo: point });
    if (kinds.has('dwell') && k === stopAt) {
      // A long stop at an unlicensed place, with the tracker still reporting every few hours.
      const end = t + (diversion as DiversionPlan).dwellHours * HOUR;
      for (t += random.between(2, 5) * HOUR; t < end; t += random.between(2, 5) * HOUR)
        observe({ timeMs: t, bizStep: 'transporting', geo: jitter(point, random) });
      t = end;
      observe({ timeMs: t, bizStep: 'departing', geo: jitter(point, random), nextLocation: destination });
      facts.dwellHours = (diversion as DiversionPlan).dwellHours;
    }
    previous = point;
  }
  if (kinds.has('route_deviation')) facts.maxOffRouteKm = Math.round(maxOff);

  const loss = kinds.has('quantity_loss') ? (diversion as DiversionPlan).lostFraction : 0;
  if (loss > 0) facts.lostFraction = Math.round(loss * 1000) / 1000;
  const receive = (site: Site, factor: number) => {
    t += ((distanceKm(previous, site) * 1.15) / speed) * HOUR + 0.2 * HOUR;
    observe({ timeMs: t, bizStep: 'arriving', site });
    t += random.between(0.3, 2) * HOUR;
    observe({
      timeMs: t,
      bizStep: 'receiving',
      site,
      disposition: 'in_progress',
      quantities: declared.map((kg) => weigh(kg, random, factor)),
    });
    facts.receipts.push({
      siteId: site.locationId,
      day: new Date(t - 6 * HOUR).toISOString().slice(0, 10),
      site,
    });
    previous = site;
  };
  if (kinds.has('divert_receipt') && bodega) {
    receive(bodega, 1 - loss);
  } else if (kinds.has('split') && bodega) {
    const share = (diversion as DiversionPlan).splitShare;
    receive(bodega, (1 - share) * (1 - loss));
    t += random.between(1, 4) * HOUR;
    observe({ timeMs: t, bizStep: 'departing', site: bodega, nextLocation: destination });
    receive(destination, share * (1 - loss));
  } else {
    receive(destination, 1 - loss);
  }
  return { observations: out, facts };
}

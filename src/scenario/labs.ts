/**
 * Hidden laboratories (active and dismantled) and the legal chemical districts that look like them from far
 * away. Labs are small and urban or peri-urban, in the states where fronts register (the cities' `front`
 * weight); some sit a few km from where diverted goods were last seen (a front's bodega, a long stop on the
 * road), most diversions lead to none, and some labs are fed by nothing the world's records show. The rates
 * are drawn per seed (`labRates`), so no two worlds have the same evidence mix; the evidence itself is in
 * `lab-evidence.ts`.
 */
import { isInMexico } from '../custody/index.ts';
import { PORTS } from './catalogue/ports.ts';
import { cities, distanceKm, offsetKm, round6, type City, type LatLon } from './geo.ts';
import type { Company, SizeName, Site } from './model.ts';
import { Random, WeightedPicker } from './random.ts';
import type { Variation } from './variation.ts';
import type { World } from './world.ts';

/** Where a diverted consignment's goods were last seen off their permitted path: a lab may be near. */
export interface DiversionEnd extends LatLon {
  billOfLading: string;
  containerNo: string;
  consignee: Company;
  atMs: number;
}

export interface Lab extends LatLon {
  id: string;
  status: 'active' | 'past';
  city: City;
  /** When it started producing, and (past labs) when it was dismantled or abandoned. */
  sinceMs: number;
  untilMs: number | null;
  /** The diverted consignment whose goods went there, when one did. */
  fedBy: DiversionEnd | null;
}

export interface Decoy extends LatLon {
  id: string;
  city: City;
  radiusKm: number;
  /** The legitimate plants and warehouses of the district. */
  sites: Site[];
}

/** How much evidence a world holds around its labs, and how much noise: drawn per seed, widened by variation. */
export interface LabRates {
  active: number;
  past: number;
  /** Share of active labs set a few km from a diversion's end. */
  fedShare: number;
  /** Farthest a fed lab sits from the diversion's end, km. */
  fedKm: number;
  /** Share of active labs with well-graded (A–C, 1–3) reports near them. */
  reportedShare: number;
  /** Mean number of reports near a reported lab. */
  reportsPerLab: number;
  /** Position error of a ground or aerial report, km (informants and open sources are vaguer). */
  reportKm: number;
  /** Share of the reports near a lab that come from poorly graded sources (a right tip from a bad source). */
  badSourceShare: number;
  /** Well-graded reports about nothing (benign activity judged suspicious), per active lab. */
  falseGoodPerLab: number;
  /** Poorly graded (D–F, 4–6) reports per city. */
  noisePerCity: number;
  /** Mean seizures on the roads to an active lab. */
  seizuresPerLab: number;
  /** Seizures with no lab behind them (drugs on their way north, loads of other labs), per city. */
  seizuresPerCity: number;
  decoys: number;
  /** Incidents and benign reports per decoy district. */
  decoyEvidence: number;
  /** Searches with nothing found, per active lab. */
  negativesPerLab: number;
  /** Share of active labs set up again near a dismantled one. */
  reuseShare: number;
  /** Chance of a chemical dumpsite near a dismantled lab (half that near an active one). */
  dumpsitesPerLab: number;
}

const SCALE: Record<SizeName, number> = { small: 1, mid: 1.6, medium: 2.6, large: 4 };

export function labRates(seed: number, size: SizeName, variation: Variation): LabRates {
  const r = Random.derive(seed, 'lab-rates');
  const scale = SCALE[size];
  // A world with real feeds' variation has vaguer positions and more noise.
  const noisy = variation.gpsJitterKm > 0.3 ? 1.5 : 1;
  return {
    active: Math.round(r.between(9, 15) * scale),
    past: Math.round(r.between(6, 12) * scale),
    fedShare: r.between(0.35, 0.7),
    fedKm: r.between(2, 5),
    reportedShare: r.between(0.5, 0.85),
    reportsPerLab: r.between(1.2, 3),
    reportKm: r.between(0.25, 0.9) * noisy,
    badSourceShare: r.between(0.1, 0.35),
    falseGoodPerLab: r.between(0.5, 1.5) * noisy,
    noisePerCity: r.between(5, 12) * scale * noisy,
    seizuresPerLab: r.between(0.3, 1.5),
    seizuresPerCity: r.between(0.5, 1.5) * scale,
    decoys: r.int(2, 4),
    decoyEvidence: r.between(8, 20) * Math.sqrt(scale) * noisy,
    negativesPerLab: r.between(0.4, 1.2),
    reuseShare: r.between(0.1, 0.3),
    dumpsitesPerLab: r.between(0.2, 0.8),
  };
}

/** The world's window: labs and their evidence fall before the end of the declarations' window. */
export const AS_OF_MS = Date.parse('2026-01-01T00:00:00Z');
const DAY_MS = 86_400_000;

const portPoints: LatLon[] = PORTS.map((p) => ({ lat: p.lat, lon: p.lon }));

/**
 * A point `minKm`–`maxKm` from `origin` in a random direction that stays on land: near a coast or a border
 * the direction turns towards the interior (the outline's margin would let a point fall in the sea).
 */
export function nearby(origin: LatLon, minKm: number, maxKm: number, random: Random): LatLon {
  const exposed =
    portPoints.some((p) => distanceKm(p, origin) < 45) ||
    !isInMexico(offsetKm(origin, 0, 40)) ||
    !isInMexico(offsetKm(origin, 0, -40));
  const inward = Math.atan2(23.6 - origin.lat, -102.5 - origin.lon);
  for (let attempt = 0; ; attempt++) {
    const angle = exposed ? inward + random.between(-1, 1) : random.between(0, 2 * Math.PI);
    // Area-uniform within the ring: a lab is as likely anywhere in it, not bunched near the anchor.
    const km = Math.sqrt(random.between(minKm ** 2, maxKm ** 2));
    const p = offsetKm(origin, km * Math.cos(angle), km * Math.sin(angle));
    if (isInMexico(p) || attempt > 20) return { lat: round6(p.lat), lon: round6(p.lon) };
  }
}

/** A day between two instants, at a random hour. */
export function instantBetween(fromMs: number, toMs: number, random: Random): number {
  return Math.round(random.between(fromMs, Math.max(fromMs + DAY_MS, toMs)) / 60_000) * 60_000;
}

export function placeLabs(world: World, ends: readonly DiversionEnd[], rates: LabRates): Lab[] {
  const random = Random.derive(world.seed, 'labs');
  const activity = new WeightedPicker(
    cities()
      .filter((c) => c.front > 0)
      .map((c) => ({ value: c, weight: c.front })),
  );
  const nearestCity = (p: LatLon) =>
    cities().reduce((best, c) => (distanceKm(c, p) < distanceKm(best, p) ? c : best));
  const labs: Lab[] = [];
  const add = (
    status: Lab['status'],
    at: LatLon,
    sinceMs: number,
    untilMs: number | null,
    fedBy: DiversionEnd | null,
  ) =>
    labs.push({
      id: `LAB-${String(labs.length + 1).padStart(3, '0')}`,
      status,
      ...at,
      city: nearestCity(at),
      sinceMs,
      untilMs,
      fedBy,
    });
  // Dismantled labs first: the active ones may be set up again near them.
  for (let i = 0; i < rates.past; i++) {
    const city = activity.pick(random);
    const until = instantBetween(Date.parse('2022-03-01'), AS_OF_MS - 60 * DAY_MS, random);
    add('past', nearby(city, 3, 16, random), until - random.between(90, 700) * DAY_MS, until, null);
  }
  const past = [...labs];
  const fedCandidates = random.shuffle([...ends]);
  for (let i = 0; i < rates.active; i++) {
    const since = instantBetween(Date.parse('2023-01-01'), AS_OF_MS - 120 * DAY_MS, random);
    const end = random.chance(rates.fedShare) ? fedCandidates.pop() : undefined;
    if (end) {
      add(
        'active',
        nearby(end, 0.5, rates.fedKm, random),
        Math.min(since, end.atMs - 20 * DAY_MS),
        null,
        end,
      );
    } else if (past.length > 0 && random.chance(rates.reuseShare)) {
      add('active', nearby(random.pick(past), 1, 6, random), since, null, null);
    } else {
      add('active', nearby(activity.pick(random), 3, 16, random), since, null, null);
    }
  }
  return labs;
}

/**
 * Legal chemical districts: in the cities with the most importer plants, the plant with most neighbours
 * within 4 km is the district's centre, and its neighbours are its sites. Busy, smelly, full of drums and
 * trucks, and innocent.
 */
export function placeDecoys(world: World, rates: LabRates): Decoy[] {
  const random = Random.derive(world.seed, 'decoys');
  const plants = world.importers.flatMap((c) => c.sites);
  const byCity = new Map<string, Site[]>();
  for (const c of world.importers)
    for (const s of c.sites) byCity.set(c.city.display, [...(byCity.get(c.city.display) ?? []), s]);
  const busiest = [...byCity.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const decoys: Decoy[] = [];
  for (const [display, sites] of random.shuffle(busiest.slice(0, rates.decoys + 2)).slice(0, rates.decoys)) {
    const radiusKm = random.between(2.5, 4);
    const around = (s: Site) => plants.filter((p) => distanceKm(p, s) <= radiusKm);
    const centre = sites.reduce((best, s) => (around(s).length > around(best).length ? s : best));
    decoys.push({
      id: `DISTRICT-${decoys.length + 1}`,
      lat: centre.lat,
      lon: centre.lon,
      radiusKm: Math.round(radiusKm * 10) / 10,
      city: cities().find((c) => c.display === display)!,
      sites: around(centre),
    });
  }
  return decoys;
}

/**
 * Variation written the way someone else would write a world (issue 15): none of it is a diversion, and the
 * detectors were not developed against it. Master data: smaller seaports the code has no table entry for
 * (registered by GS1 location number, not UN/LOCODE), bonded warehouses (recintos fiscalizados), consignees'
 * second sites in another city, and a registry that names kinds of place in its own words. The road: trackers
 * that report every few hours, a driver's night's rest at a roadside place, days held at a bonded warehouse,
 * delivery to the consignee's other site. Rates in src/scenario/variation.ts; truth is unchanged by design
 * (a rest, a hold or another site of the consignee is not a diversion; a receipt at a site without a permit
 * still is one, by the truth's own rule).
 */
import type { Port } from './catalogue/ports.ts';
import type { ConsignmentPlan } from './consignments.ts';
import { distanceKm, offsetKm, round6, type LatLon } from './geo.ts';
import type { Company, Site } from './model.ts';
import type { Observation } from './movements.ts';
import { Random, WeightedPicker } from './random.ts';

const HOUR = 3_600_000;

/** Smaller Mexican seaports (UN/LOCODE positions; SAT customs office numbers). */
const SMALL_PORTS: Omit<Port, 'terminals' | 'weight'>[] = [
  { locode: 'MXTUX', name: 'Tuxpan', state: 'VER', aduana: 42, coast: 'gulf', lat: 20.9667, lon: -97.3333 },
  { locode: 'MXPGO', name: 'Progreso', state: 'YUC', aduana: 28, coast: 'gulf', lat: 21.2833, lon: -89.6667 },
  { locode: 'MXGYM', name: 'Guaymas', state: 'SON', aduana: 12, coast: 'pacific', lat: 27.9167, lon: -110.9 },
  {
    locode: 'MXMZT',
    name: 'Mazatlán',
    state: 'SIN',
    aduana: 18,
    coast: 'pacific',
    lat: 23.2,
    lon: -106.4167,
  },
  {
    locode: 'MXSCX',
    name: 'Salina Cruz',
    state: 'OAX',
    aduana: 31,
    coast: 'pacific',
    lat: 16.1667,
    lon: -95.2,
  },
  {
    locode: 'MXCOA',
    name: 'Coatzacoalcos',
    state: 'VER',
    aduana: 8,
    coast: 'gulf',
    lat: 18.15,
    lon: -94.4167,
  },
];

export interface SmallPort {
  port: Port;
  terminal: Site;
}

type AddSite = (operator: Company | null, name: string, kind: Site['kind'], at: LatLon, id?: string) => Site;

/**
 * The unfamiliar part of a world's master data, from its own random stream (added after everything else, so
 * the rest of the world is the same with or without it).
 */
export function unfamiliarSites(
  seed: number,
  addSite: AddSite,
  importers: Company[],
  carriers: Company[],
  cities: { display: string; lat: number; lon: number; industry: number }[],
): { smallPorts: SmallPort[]; bondedWarehouses: Site[]; secondSites: Map<Company, Site> } {
  const random = Random.derive(seed, 'unfamiliar');
  const smallPorts = SMALL_PORTS.map((p, i) => {
    const port: Port = { ...p, weight: 1, terminals: [] };
    addSite(
      null,
      `Puerto de ${p.name}`,
      'port',
      p,
      `urn:epc:id:sgln:7500009.${String(i + 1).padStart(5, '0')}.0`,
    );
    const terminal = addSite(
      null,
      `Terminal de Contenedores ${p.name}`,
      'terminal',
      offsetKm(p, random.between(-1.5, 1.5), random.between(-1.5, 1.5)),
      `urn:epc:id:sgln:7500009.${String(i + 51).padStart(5, '0')}.0`,
    );
    return { port, terminal };
  });
  const busiest = [...cities].sort((x, y) => y.industry - x.industry).slice(0, 10);
  const bondedWarehouses = busiest.map((city) =>
    addSite(
      random.pick(carriers),
      `Recinto Fiscalizado ${city.display}`,
      'warehouse',
      offsetKm(city, random.between(-10, 10), random.between(-10, 10)),
    ),
  );
  const secondSites = new Map<Company, Site>();
  for (const importer of importers) {
    if (!random.chance(0.25)) continue;
    const city = random.pick(busiest.filter((c) => distanceKm(c, importer.city) > 100));
    const kind = importer.industry === 'distribution' ? 'warehouse' : 'plant';
    const label = kind === 'plant' ? 'Planta' : 'Centro de distribución';
    secondSites.set(
      importer,
      addSite(
        importer,
        `${label} ${importer.core} ${city.display}`,
        kind,
        offsetKm(city, random.between(-8, 8), random.between(-8, 8)),
      ),
    );
  }
  return { smallPorts, bondedWarehouses, secondSites };
}

/** Another registry's words for kinds of place (some of which the detectors have never seen). */
const KIND_WORDS: Record<string, string[]> = {
  port: ['puerto', 'seaport', 'Port'],
  terminal: ['terminal portuaria', 'container_terminal', 'Terminal'],
  inland: ['intermodal', 'rail_terminal', 'terminal intermodal'],
  warehouse: ['bodega', 'almacén', 'distribution_center', 'Warehouse'],
  crossdock: ['cross_dock', 'crossdock', 'centro de transferencia'],
  bonded: ['recinto fiscalizado', 'bonded_warehouse', 'customs warehouse'],
  plant: ['planta', 'factory', 'manufacturing site'],
  site: ['sitio', 'facility'],
  border: ['garita', 'border_crossing', 'cruce fronterizo'],
};

export function kindWord(site: Site, random: Random): string {
  const key = site.name.startsWith('Terminal Intermodal')
    ? 'inland'
    : site.name.startsWith('Cross-dock')
      ? 'crossdock'
      : site.name.startsWith('Recinto Fiscalizado')
        ? 'bonded'
        : site.kind;
  return random.pick(KIND_WORDS[key] ?? [site.kind]);
}

/** The consignment is discharged at a smaller port instead. */
export function atSmallPort(plan: ConsignmentPlan, small: SmallPort): ConsignmentPlan {
  return { ...plan, port: small.port, terminal: small.terminal };
}

/**
 * The smaller port a consignment lands at serves its hinterland: chosen by distance to the destination the way
 * the main ports are (consignments.ts), not uniformly (goods for Hermosillo do not land at Progreso).
 */
export function nearSmallPort(plan: ConsignmentPlan, ports: readonly SmallPort[], random: Random): SmallPort {
  return new WeightedPicker(
    ports.map((value) => ({
      value,
      weight: 1 / (1 + (distanceKm(value.port, plan.destination) / 350) ** 2),
    })),
  ).pick(random);
}

const isRoad = (o: Observation) => o.bizStep === 'transporting' && o.geo !== null;
const localHour = (ms: number) => new Date(ms - 6 * HOUR).getUTCHours();

function delayFrom(obs: Observation[], index: number, ms: number): void {
  for (let i = index; i < obs.length; i++) (obs[i] as Observation).timeMs += ms;
}

function jitter(point: LatLon, random: Random, km: number): LatLon {
  const moved = offsetKm(point, random.between(-km, km), random.between(-km, km));
  return { lat: round6(moved.lat), lon: round6(moved.lon) };
}

/**
 * The driver stops for the night (7–11 h) at a roadside place the registry does not know, the first time the
 * truck is on the road between 20:00 and 04:00; the tracker reports every 1–3 h, or sleeps.
 */
export function nightRest(obs: Observation[], random: Random, jitterKm: number): boolean {
  const road = obs.map((o, i) => (isRoad(o) ? i : -1)).filter((i) => i >= 0);
  const at = road.slice(1, -1).find((i) => {
    const h = localHour((obs[i] as Observation).timeMs);
    return h >= 20 || h < 4;
  });
  if (at === undefined) return false;
  const stop = obs[at] as Observation;
  const rest = random.between(7, 11) * HOUR;
  const sleeps = random.chance(0.4);
  const inserted: Observation[] = [];
  if (!sleeps)
    for (
      let t = stop.timeMs + random.between(1, 3) * HOUR;
      t < stop.timeMs + rest;
      t += random.between(1, 3) * HOUR
    )
      inserted.push({ ...stop, timeMs: t, geo: jitter(stop.geo as LatLon, random, Math.max(0.1, jitterKm)) });
  inserted.push({
    ...stop,
    timeMs: stop.timeMs + rest,
    geo: jitter(stop.geo as LatLon, random, Math.max(0.1, jitterKm)),
  });
  delayFrom(obs, at + 1, rest);
  obs.splice(at + 1, 0, ...inserted);
  return true;
}

/** A tracker that reports every 1.5–4 h: positions in between are never sent (stops are still reported). */
export function sparsePings(obs: Observation[], random: Random): void {
  const every = random.between(1.5, 4) * HOUR;
  let last = -Infinity;
  for (let i = 0; i < obs.length; i++) {
    const o = obs[i] as Observation;
    // Stops are still reported (ignition off and on): a ping where the truck stands is kept.
    const near = (other: Observation | undefined) =>
      other?.geo && o.geo && distanceKm(other.geo, o.geo) < 3 && Math.abs(o.timeMs - other.timeMs) > HOUR;
    const stationary = near(obs[i - 1]) || near(obs[i + 1]);
    // The tracker's next report is due before the next movement: this position is the one it sends.
    const due = (obs[i + 1]?.timeMs ?? Infinity) - last > every;
    if (isRoad(o) && !stationary && !due) {
      obs.splice(i, 1);
      i--;
      continue;
    }
    last = o.timeMs;
  }
}

/**
 * Customs sends the goods on under bond: 2–8 days at a recinto fiscalizado near the destination before the
 * last leg (arriving, storing, departing there).
 */
export function bondedHold(obs: Observation[], warehouse: Site, random: Random): boolean {
  const arriving = obs.findLastIndex((o) => o.bizStep === 'arriving');
  if (arriving < 2) return false;
  const previous = obs[arriving - 1] as Observation;
  const last = obs[arriving] as Observation;
  const arrive = previous.timeMs + Math.max(0.3 * HOUR, (last.timeMs - previous.timeMs) * 0.6);
  const hold = random.between(48, 192) * HOUR;
  const base = {
    disposition: 'in_progress' as const,
    geo: null,
    quantities: null,
    nextLocation: null,
    site: warehouse,
  };
  const inserted: Observation[] = [
    { ...base, timeMs: arrive, bizStep: 'arriving' },
    { ...base, timeMs: arrive + random.between(1, 4) * HOUR, bizStep: 'storing' },
    { ...base, timeMs: arrive + hold, bizStep: 'departing', nextLocation: last.site },
  ];
  delayFrom(obs, arriving, hold + HOUR);
  obs.splice(arriving, 0, ...inserted);
  return true;
}

/** An SGLN read point at a dock door of the registered place (extension 1–9 instead of 0). */
export function dockDoor(locationId: string, random: Random): string {
  return /^urn:epc:id:sgln:\d+\.\d+\.0$/.test(locationId)
    ? locationId.replace(/\.0$/, `.${random.int(1, 9)}`)
    : locationId;
}

/** A weight in another UN/ECE Rec 20 mass unit: tonnes or pounds. */
export function inOtherUnit(kg: number, random: Random): { quantity: number; uom: string } {
  return random.chance(0.5)
    ? { quantity: Math.round(kg * 10) / 10_000, uom: 'TNE' }
    : { quantity: Math.round((kg / 0.45359237) * 10) / 10, uom: 'LBR' };
}

/** CBV values as Web URIs (EPCIS 2.0 allows both forms). */
export const webUri = (kind: 'BizStep' | 'Disp' | 'BTT', value: string): string =>
  `https://ref.gs1.org/cbv/${kind}-${value}`;

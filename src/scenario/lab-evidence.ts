/**
 * The evidence on the ground around a world's labs, and the noise around everything else, as the records an
 * agency would hold: incidents (seizures on the roads from the ports, lab dismantlings and dumpsites around
 * dismantled labs, stopped shipments and suspicious orders at legal chemical plants, searches that found
 * nothing) and graded field reports (well graded near some labs, poorly graded all over the cities, benign
 * ones in the busy legal districts, and a few well-graded ones about nothing). Nothing sits exactly on a lab
 * and nothing marks one: a report near a lab is drawn from the same sources, gradings, indicators and words
 * as a report about nothing, only its place and its mix differ.
 */
import { SUBSTANCE_BY_KEY, type Substance } from './catalogue/chemicals.ts';
import { PORTS } from './catalogue/ports.ts';
import { alongRoute, cities, distanceKm, type City, type LatLon } from './geo.ts';
import { AS_OF_MS, instantBetween, nearby, type Decoy, type Lab, type LabRates } from './labs.ts';
import type { Company } from './model.ts';
import { Random, WeightedPicker } from './random.ts';
import type { World } from './world.ts';

export type IncidentKind =
  | 'seizure'
  | 'stopped_shipment'
  | 'attempted_diversion'
  | 'suspicious_order'
  | 'theft_loss'
  | 'lab_dismantled'
  | 'chemical_dumpsite'
  | 'site_searched_negative';

export interface IncidentRecord {
  atMs: number;
  kind: IncidentKind;
  at: LatLon | { place: string };
  substance: Substance | null;
  quantityKg: number | null;
  billOfLading: string | null;
  containerNo: string | null;
  parties: Company[];
}

export interface ReportRecord {
  atMs: number;
  at: LatLon | { place: string };
  sourceType: 'aerial' | 'ground' | 'informant' | 'technical' | 'open_source';
  reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  credibility: number;
  indicators: string[];
}

const DAY = 86_400_000;
const weighted = <T>(entries: [T, number][]) =>
  new WeightedPicker(entries.map(([value, weight]) => ({ value, weight })));
const WINDOW_FROM = Date.parse('2024-01-01T06:00:00Z');
const PAST_FROM = Date.parse('2021-06-01T06:00:00Z');

const PRECURSORS = [
  'npp',
  'anpp',
  '4ap',
  'boc4ap',
  '4piperidone',
  'propionylchloride',
  'propionicanhydride',
  'aniline',
  'benzylpiperidone',
  'phenethylbromide',
];
const INDUSTRIAL = ['acetone', 'toluene', 'hcl', 'h2so4', 'mek', 'aniline', 'propionicacid', 'piperidine'];
const substanceOf = (keys: string[], random: Random) => SUBSTANCE_BY_KEY.get(random.pick(keys)) ?? null;

/** What a lab shows from outside, and what a busy plant shows (smell, drums, trucks at night shifts). */
const LAB_SIGNS = weighted([
  ['chemical_odour', 5],
  ['ventilation_modified', 4],
  ['blacked_out_windows', 4],
  ['generator', 3],
  ['unusual_power_use', 3],
  ['night_activity', 4],
  ['vehicle_pattern', 3],
  ['lookouts', 3],
  ['drums', 3],
  ['precursor_packaging', 2],
  ['glassware', 2],
  ['pill_press', 1],
  ['chemical_waste', 2],
]);
const PLANT_SIGNS = weighted([
  ['chemical_odour', 5],
  ['drums', 5],
  ['chemical_waste', 3],
  ['vehicle_pattern', 4],
  ['night_activity', 2],
  ['precursor_packaging', 2],
  ['generator', 1],
  ['unusual_power_use', 1],
]);
const STREET_SIGNS = weighted([
  ['night_activity', 4],
  ['vehicle_pattern', 4],
  ['lookouts', 3],
  ['chemical_odour', 3],
  ['blacked_out_windows', 2],
  ['generator', 1],
  ['drums', 1],
  ['ventilation_modified', 1],
]);

function signs(picker: WeightedPicker<string>, min: number, max: number, random: Random): string[] {
  const n = random.int(min, max);
  const out = new Set<string>();
  for (let i = 0; i < n * 3 && out.size < n; i++) out.add(picker.pick(random));
  return [...out];
}

/** A Poisson count of mean `mean` (Knuth; the means here are small). */
function poisson(mean: number, random: Random): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random.float(); p > limit; p *= random.float()) k++;
  return k;
}

const SOURCES = weighted<ReportRecord['sourceType']>([
  ['aerial', 2],
  ['ground', 3.5],
  ['informant', 3],
  ['technical', 1],
  ['open_source', 0.5],
]);
/** How much vaguer than a ground observation each source places what it saw. */
const VAGUENESS = { aerial: 0.5, ground: 1, technical: 1.3, informant: 2.5, open_source: 4 } as const;

function graded(good: boolean, random: Random): Pick<ReportRecord, 'reliability' | 'credibility'> {
  if (good)
    return {
      reliability: random.chance(0.08) ? 'A' : random.chance(0.45) ? 'B' : 'C',
      credibility: random.chance(0.1) ? 1 : random.chance(0.5) ? 2 : 3,
    };
  return {
    reliability: random.chance(0.15) ? 'C' : random.pick(['D', 'D', 'E', 'F'] as const),
    credibility: random.chance(0.15) ? 3 : random.pick([4, 4, 5, 6]),
  };
}

export function labEvidence(
  world: World,
  labs: readonly Lab[],
  decoys: readonly Decoy[],
  rates: LabRates,
): { incidents: IncidentRecord[]; reports: ReportRecord[] } {
  const random = Random.derive(world.seed, 'lab-evidence');
  const incidents: IncidentRecord[] = [];
  const reports: ReportRecord[] = [];
  const incident = (
    kind: IncidentKind,
    atMs: number,
    at: IncidentRecord['at'],
    more: Partial<IncidentRecord> = {},
  ) =>
    incidents.push({
      atMs,
      kind,
      at,
      substance: null,
      quantityKg: null,
      billOfLading: null,
      containerNo: null,
      parties: [],
      ...more,
    });
  const kg = (min: number, max: number) => Math.round(random.between(min, max) * 10) / 10;
  const report = (
    near: LatLon,
    errorKm: number,
    fromMs: number,
    toMs: number,
    good: boolean,
    picker: WeightedPicker<string>,
  ) => {
    const sourceType = SOURCES.pick(random);
    reports.push({
      atMs: instantBetween(fromMs, toMs, random),
      at: nearby(near, 0.02, errorKm * VAGUENESS[sourceType], random),
      sourceType,
      ...graded(good, random),
      indicators: signs(picker, sourceType === 'open_source' ? 0 : 1, 4, random),
    });
  };
  const ports = PORTS.map((p) => ({ lat: p.lat, lon: p.lon, weight: p.weight }));
  /** A checkpoint on the road from a port (the nearer and busier, the likelier) to `to`. */
  const onRoad = (to: LatLon, fromT: number, toT: number): LatLon => {
    const port = new WeightedPicker(
      ports.map((p) => ({ value: p, weight: p.weight / (50 + distanceKm(p, to)) })),
    ).pick(random);
    return nearby(alongRoute(port, to, random.between(fromT, toT), random.between(-6, 6)), 0, 1.5, random);
  };

  for (const lab of labs) {
    const from =
      lab.status === 'active'
        ? Math.max(lab.sinceMs, AS_OF_MS - 540 * DAY)
        : Math.max(lab.sinceMs, PAST_FROM);
    const to = lab.untilMs ?? AS_OF_MS;
    const fronts = lab.fedBy ? [lab.fedBy.consignee] : [];
    if (lab.status === 'active') {
      if (random.chance(rates.reportedShare)) {
        const n = 1 + poisson(rates.reportsPerLab - 1, random);
        for (let i = 0; i < n; i++)
          report(lab, rates.reportKm, from, to, !random.chance(rates.badSourceShare), LAB_SIGNS);
      }
      for (let i = poisson(rates.seizuresPerLab, random); i > 0; i--) {
        const fed = lab.fedBy && random.chance(0.3) ? lab.fedBy : null;
        incident('seizure', instantBetween(from, to, random), onRoad(lab, 0.15, 0.97), {
          substance: substanceOf(PRECURSORS, random),
          quantityKg: kg(20, 1500),
          billOfLading: fed?.billOfLading ?? null,
          containerNo: fed?.containerNo ?? null,
          parties: random.chance(0.4) ? fronts : [],
        });
      }
      if (random.chance(rates.dumpsitesPerLab * 0.5))
        incident('chemical_dumpsite', instantBetween(from, to, random), nearby(lab, 1, 6, random), {
          quantityKg: kg(100, 2000),
        });
      // The wrong house searched: the right street, nothing found.
      if (random.chance(rates.negativesPerLab * 0.15))
        incident('site_searched_negative', instantBetween(from, to, random), nearby(lab, 0.8, 3, random));
    } else {
      if (random.chance(0.8))
        incident('lab_dismantled', to, nearby(lab, 0.02, 0.3, random), {
          substance: substanceOf(PRECURSORS, random),
          quantityKg: kg(50, 3000),
        });
      if (random.chance(0.6))
        for (let i = random.int(1, 3); i > 0; i--)
          report(lab, rates.reportKm, from, to, !random.chance(rates.badSourceShare), LAB_SIGNS);
      if (random.chance(rates.dumpsitesPerLab))
        incident('chemical_dumpsite', instantBetween(from, to, random), nearby(lab, 1, 8, random), {
          quantityKg: kg(100, 3000),
        });
      if (random.chance(0.3))
        incident('seizure', instantBetween(from, to, random), onRoad(lab, 0.2, 0.95), {
          substance: substanceOf(PRECURSORS, random),
          quantityKg: kg(20, 800),
        });
    }
  }

  // Legal chemical districts: many plants, many trucks, drums and smells, and the paperwork incidents of busy trade.
  const legalKinds = new WeightedPicker<IncidentKind>([
    { value: 'stopped_shipment', weight: 3 },
    { value: 'suspicious_order', weight: 3 },
    { value: 'theft_loss', weight: 2 },
    { value: 'attempted_diversion', weight: 1.5 },
    { value: 'site_searched_negative', weight: 0.5 },
  ]);
  const atPlant = (site: { lat: number; lon: number; operator: Company | null }) => {
    const kind = legalKinds.pick(random);
    incident(kind, instantBetween(WINDOW_FROM, AS_OF_MS, random), nearby(site, 0, 0.25, random), {
      substance:
        kind === 'site_searched_negative'
          ? null
          : substanceOf(random.chance(0.7) ? INDUSTRIAL : PRECURSORS, random),
      quantityKg: kind === 'site_searched_negative' ? null : kg(50, 8000),
      parties: site.operator ? [site.operator] : [],
    });
  };
  for (const decoy of decoys) {
    const n = Math.round(rates.decoyEvidence * random.between(0.7, 1.3));
    for (let i = 0; i < n; i++) {
      const site = random.pick(decoy.sites);
      if (random.chance(0.55)) atPlant(site);
      else report(site, 0.3, WINDOW_FROM, AS_OF_MS, random.chance(0.35), PLANT_SIGNS);
    }
  }
  // The same paperwork everywhere else legal chemicals are handled, more thinly.
  const plants = world.importers.flatMap((c) => c.sites);
  for (let i = Math.round(plants.length * 0.15 * random.between(0.6, 1.4)); i > 0; i--)
    atPlant(random.pick(plants));

  // Noise over the cities: tips from poor sources, a few well-graded reports about nothing, seizures of loads
  // bound elsewhere, searches that followed a tip and found nothing.
  const weight = (c: City) => 1 + c.industry / 3 + c.front / 2;
  const townPicker = new WeightedPicker(cities().map((c) => ({ value: c, weight: weight(c) })));
  const total = cities().reduce((sum, c) => sum + weight(c), 0) / cities().length;
  for (const city of cities()) {
    for (let i = poisson((rates.noisePerCity * weight(city)) / total, random); i > 0; i--) {
      if (random.chance(0.06)) {
        // An open source that names only the town.
        reports.push({
          atMs: instantBetween(WINDOW_FROM, AS_OF_MS, random),
          at: { place: city.geonamesName },
          sourceType: 'open_source',
          ...graded(false, random),
          indicators: signs(STREET_SIGNS, 0, 2, random),
        });
      } else
        report(
          nearby(city, 0, 11, random),
          0.3,
          WINDOW_FROM,
          AS_OF_MS,
          false,
          random.chance(0.2) ? LAB_SIGNS : STREET_SIGNS,
        );
    }
    for (let i = poisson(rates.seizuresPerCity, random); i > 0; i--)
      incident('seizure', instantBetween(WINDOW_FROM, AS_OF_MS, random), onRoad(city, 0.1, 0.9), {
        substance: substanceOf(random.chance(0.6) ? PRECURSORS : INDUSTRIAL, random),
        quantityKg: kg(10, 2000),
      });
  }
  const active = labs.filter((l) => l.status === 'active').length;
  for (let i = Math.round(rates.falseGoodPerLab * active); i > 0; i--)
    report(
      nearby(townPicker.pick(random), 0, 11, random),
      0.3,
      WINDOW_FROM,
      AS_OF_MS,
      true,
      random.chance(0.5) ? LAB_SIGNS : STREET_SIGNS,
    );
  const bodegas = [...world.bodegasByCity.values()].flat();
  const poorTips = reports.filter((r) => r.reliability >= 'D' && 'lat' in r.at);
  for (let i = Math.round(rates.negativesPerLab * active); i > 0; i--) {
    const roll = random.float();
    const where: LatLon =
      roll < 0.5 && poorTips.length > 0
        ? (random.pick(poorTips).at as LatLon)
        : roll < 0.75 || decoys.length === 0
          ? random.pick(bodegas)
          : random.pick(random.pick(decoys).sites);
    incident(
      'site_searched_negative',
      instantBetween(WINDOW_FROM, AS_OF_MS, random),
      nearby(where, 0.05, 0.6, random),
    );
  }
  return { incidents, reports };
}

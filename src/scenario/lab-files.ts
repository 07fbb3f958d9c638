/**
 * Writes a world's labs: `incidents.csv` and `field-reports.csv` in the BRIEF's formats (the importers' own
 * columns), ids in the order an agency would number them (by date), and the labs and decoy districts into the
 * truth. Also the diversion ends (`diversionEnds`), collected while the consignments stream, that labs may sit near.
 */
import { join } from 'node:path';
import { FIELD_REPORT_COLUMNS, INCIDENT_COLUMNS } from '../incidents/index.ts';
import { canonicalName } from './companies.ts';
import type { ConsignmentPlan } from './consignments.ts';
import { localTime } from './epcis.ts';
import { labEvidence, type IncidentKind, type IncidentRecord, type ReportRecord } from './lab-evidence.ts';
import { labRates, placeDecoys, placeLabs, type DiversionEnd, type Lab } from './labs.ts';
import type { Observation } from './movements.ts';
import type { Random } from './random.ts';
import type { ConsignmentTruth, TruthRecord } from './truth.ts';
import type { Variation } from './variation.ts';
import type { World } from './world.ts';
import { CsvWriter } from './writers.ts';

const OFF_PATH = new Set([
  'quantity_loss',
  'route_deviation',
  'dwell',
  'tracking_gap',
  'split',
  'unlicensed_receiver',
]);

/**
 * Where a diverted consignment's goods left the permitted path, as far as its records show: a receipt at a
 * front company's place, or a long stop on the road. Goods lost at sea or received whole where they should be
 * lead nowhere near a lab.
 */
export function diversionEnds(
  plan: ConsignmentPlan,
  observations: readonly Observation[],
  truth: ConsignmentTruth,
): DiversionEnd[] {
  if (!truth.kinds.some((k) => OFF_PATH.has(k))) return [];
  const base = { billOfLading: plan.billOfLading, containerNo: plan.containerNo, consignee: plan.consignee };
  const ends: DiversionEnd[] = [];
  for (const o of observations) {
    if (o.bizStep === 'receiving' && o.site?.operator?.role === 'front')
      ends.push({ ...base, lat: o.site.lat, lon: o.site.lon, atMs: o.timeMs });
    else if (truth.kinds.includes('dwell') && o.bizStep === 'departing' && !o.site && o.geo)
      ends.push({ ...base, ...o.geo, atMs: o.timeMs });
  }
  return ends;
}

const NARRATIVE: Record<IncidentKind, (r: IncidentRecord) => string> = {
  seizure: (r) =>
    `Aseguramiento en revisión carretera${r.substance ? ` de ${r.substance.es}` : ''}; carga sin documentación válida.`,
  stopped_shipment: (r) =>
    `Embarque retenido por inconsistencias en la documentación${r.substance ? ` (${r.substance.es})` : ''}.`,
  attempted_diversion: (r) =>
    `El proveedor reporta un intento de entrega a un domicilio distinto del autorizado${r.substance ? ` (${r.substance.es})` : ''}.`,
  suspicious_order: (r) =>
    `Pedido inusual${r.substance ? ` de ${r.substance.es}` : ''} reportado por el proveedor; pago en efectivo.`,
  theft_loss: (r) => `Faltante${r.substance ? ` de ${r.substance.es}` : ''} reportado por la empresa.`,
  lab_dismantled: () => 'Desmantelamiento de laboratorio clandestino; se aseguraron reactivos y equipo.',
  chemical_dumpsite: () => 'Hallazgo de tambos y bidones con residuos químicos abandonados.',
  site_searched_negative: () => 'Inspección del inmueble sin hallazgos.',
};

const SIGN_WORDS: Record<string, string> = {
  chemical_odour: 'olor químico fuerte',
  chemical_waste: 'residuos químicos',
  drums: 'tambos',
  precursor_packaging: 'envases de reactivos',
  ventilation_modified: 'ventilación modificada',
  blacked_out_windows: 'ventanas cubiertas',
  generator: 'planta de luz',
  unusual_power_use: 'consumo eléctrico inusual',
  vehicle_pattern: 'vehículos entrando y saliendo',
  night_activity: 'actividad nocturna',
  lookouts: 'halcones en la calle',
  glassware: 'material de vidrio',
  pill_press: 'prensa de pastillas',
};

const place = (at: IncidentRecord['at']) => ('place' in at ? ['', '', at.place] : [at.lat, at.lon, '']);

/** The instant as written: local time with its offset, or only the day (a quarter of incidents). */
const when = (ms: number, random: Random) =>
  random.chance(0.25) ? localTime(ms).slice(0, 10) : localTime(ms);

export interface LabSummary {
  labs: { active: number; past: number };
  decoys: number;
  incidents: number;
  fieldReports: number;
}

export async function writeLabWorld(
  world: World,
  ends: readonly DiversionEnd[],
  variation: Variation,
  outDir: string,
  write: (record: TruthRecord) => Promise<void>,
  random: Random,
): Promise<LabSummary> {
  const rates = labRates(world.seed, world.size, variation);
  const labs = placeLabs(world, ends, rates);
  const decoys = placeDecoys(world, rates);
  const { incidents, reports } = labEvidence(world, labs, decoys, rates);
  const byTime = <T extends { atMs: number }>(xs: T[]) => xs.sort((a, b) => a.atMs - b.atMs);
  const id = (prefix: string, ms: number, n: number) =>
    `${prefix}-${new Date(ms).getUTCFullYear()}-${String(n).padStart(5, '0')}`;

  const incidentFile = new CsvWriter(join(outDir, 'incidents.csv'), INCIDENT_COLUMNS);
  let n = 0;
  for (const r of byTime(incidents))
    await incidentFile.write([
      id('INC', r.atMs, ++n),
      r.kind,
      when(r.atMs, random),
      ...place(r.at),
      r.substance?.cas ?? '',
      r.substance?.es ?? '',
      r.quantityKg ?? '',
      r.billOfLading ?? '',
      r.containerNo ?? '',
      r.parties.map(canonicalName).join(';'),
      r.parties.map((p) => p.rfc).join(';'),
      NARRATIVE[r.kind](r),
    ]);
  await incidentFile.close();
  const reportFile = new CsvWriter(join(outDir, 'field-reports.csv'), FIELD_REPORT_COLUMNS);
  n = 0;
  for (const r of byTime<ReportRecord>(reports))
    await reportFile.write([
      id('FR', r.atMs, ++n),
      localTime(r.atMs),
      ...place(r.at),
      r.sourceType,
      r.reliability,
      r.credibility,
      r.indicators.join(';'),
      r.indicators.length > 0
        ? `Se observa: ${r.indicators.map((i) => SIGN_WORDS[i]).join(', ')}.`
        : 'Publicación sobre actividad sospechosa en la zona.',
    ]);
  await reportFile.close();

  // To the minute, as the evidence's instants are written.
  const iso = (ms: number | null) =>
    ms === null ? null : new Date(Math.round(ms / 60_000) * 60_000).toISOString();
  for (const lab of labs) await write(labTruth(lab, iso));
  for (const d of decoys)
    await write({
      type: 'decoy',
      id: d.id,
      lat: d.lat,
      lon: d.lon,
      radius_km: d.radiusKm,
      city: d.city.display,
    });
  return {
    labs: {
      active: labs.filter((l) => l.status === 'active').length,
      past: labs.filter((l) => l.status === 'past').length,
    },
    decoys: decoys.length,
    incidents: incidents.length,
    fieldReports: reports.length,
  };
}

function labTruth(lab: Lab, iso: (ms: number | null) => string | null): TruthRecord {
  return {
    type: 'lab',
    id: lab.id,
    status: lab.status,
    lat: lab.lat,
    lon: lab.lon,
    city: lab.city.display,
    since: iso(lab.sinceMs)!,
    until: iso(lab.untilMs),
    fed_by: lab.fedBy?.billOfLading ?? null,
  };
}

/**
 * Plans one consignment: who imports what through which port, the declaration lines with their goods
 * descriptions and permits, and the permit findings the lines truly have. Pure given the world, its
 * generation state and a random stream.
 */
import { formatPedimento, iso6346CheckDigit } from '../identifiers/index.ts';
import { permitRequiredOn, substance, SUBSTANCES, type Substance } from './catalogue/chemicals.ts';
import { CARRIERS, ORIGINS_ILLICIT, ORIGINS_LEGITIMATE, PORTS, type Port } from './catalogue/ports.ts';
import { describe, describeNonChemical, type WrittenGoods } from './descriptions.ts';
import { distanceKm } from './geo.ts';
import { WINDOW, type Company, type Permit, type Site, type Vessel } from './model.ts';
import { scatter, WeightedPicker, type Random } from './random.ts';
import { writtenAddress, writtenName, writtenRfc } from './variants.ts';
import type { World } from './world.ts';

export type PermitFinding = 'no_permit' | 'permit_expired' | 'permit_quota_exceeded';

export interface LinePlan {
  lineNo: number;
  substance: Substance | null;
  goods: WrittenGoods;
  kg: number;
  usd: number;
  permit: Permit | null;
  permitRequired: boolean;
  permitFindings: PermitFinding[];
}

export interface PartyText {
  name: string;
  rfc: string;
  address: string;
}

export interface ConsignmentPlan {
  index: number;
  declarationId: string;
  declaredAtMs: number;
  day: string;
  port: Port;
  terminal: Site;
  origin: string;
  vessel: Vessel;
  containerNo: string;
  billOfLading: string;
  importer: Company;
  consignee: Company;
  broker: Company;
  roadCarrier: Company;
  destination: Site;
  importerText: PartyText;
  consigneeText: PartyText;
  brokerName: string;
  lines: LinePlan[];
  front: boolean;
}

/** Counters that make ids unique while streaming (bounded by ports × years). */
export interface PlanningState {
  pedimentoSequence: Map<string, number>;
  /** Permit findings not yet seen: a front able to commit one is chosen until each has happened once. */
  owed: Set<PermitFinding>;
}

export function newPlanningState(): PlanningState {
  return { pedimentoSequence: new Map(), owed: new Set(['permit_expired', 'permit_quota_exceeded']) };
}

const WINDOW_START = Date.parse(`${WINDOW.from}T14:00:00Z`);
const WINDOW_SPAN = Date.parse(`${WINDOW.to}T14:00:00Z`) - WINDOW_START;
const DAY_MS = 86_400_000;
const LINE_COUNTS = new WeightedPicker([
  { value: 1, weight: 55 },
  { value: 2, weight: 25 },
  { value: 3, weight: 12 },
  { value: 4, weight: 8 },
]);
const legitOrigins = new WeightedPicker(ORIGINS_LEGITIMATE);
const illicitOrigins = new WeightedPicker(ORIGINS_ILLICIT);
const oceanCarriers = new WeightedPicker(CARRIERS.map((c) => ({ value: c, weight: c.weight })));
const CLASS_WEIGHT = { benign: 6, table2: 3, watch: 1 } as Record<string, number>;
const COVER_GOODS = ['cacl2', 'citric', 'tio2', 'pe', 'naoh', 'caco3', 'sles'];
const ILLICIT = new WeightedPicker(
  Object.entries({
    '4piperidone': 10,
    boc4piperidone: 10,
    npp: 6,
    anpp: 3,
    '4ap': 6,
    boc4ap: 6,
    norfentanyl: 2,
    propionylchloride: 8,
    methylamine: 5,
    p2p: 2,
    apaan: 3,
    mapa: 2,
    paa: 3,
    bmkglycidate: 8,
    bmkglycidicacid: 5,
    benzylpiperidone: 6,
    benzyl4ap: 4,
    fluoroanpp: 3,
    phenethylpiperidinol: 4,
    cbzpiperidone: 4,
    aniline: 3,
    phenethylbromide: 5,
    stab: 3,
    benzaldehyde: 2,
    cbz4ap: 2,
    noracetylfentanyl: 2,
    nitroethane: 2,
  }).map(([key, weight]) => ({ value: substance(key), weight })),
);
const POOLS = new Map<string, WeightedPicker<Substance>>();

function poolFor(industry: string): WeightedPicker<Substance> {
  let pool = POOLS.get(industry);
  if (!pool) {
    pool = new WeightedPicker(
      SUBSTANCES.filter((s) => s.industries.some((i) => i === industry) && CLASS_WEIGHT[s.cls]).map((s) => ({
        value: s,
        weight: CLASS_WEIGHT[s.cls] as number,
      })),
    );
    POOLS.set(industry, pool);
  }
  return pool;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

function quantity(s: Substance, random: Random, cap = Infinity): number {
  const kg = Math.min(cap, random.between(s.kg[0], s.kg[1]));
  return kg >= 500 ? Math.max(25, Math.round(kg / 25) * 25) : Math.round(kg * 10) / 10;
}

function choosePort(destination: Site, front: boolean, random: Random): Port {
  const picker = new WeightedPicker(
    PORTS.map((p) => {
      const d = distanceKm(p, destination);
      const shift = front
        ? (({ MXESE: 3, MXGYM: 5, MXLZC: 1.5 } as Record<string, number>)[p.locode] ?? 1)
        : 1;
      return { value: p, weight: (p.weight * shift) / (1 + (d / 350) ** 2) };
    }),
  );
  return picker.pick(random);
}

/** Applies the permit rules to a line in declaration order and updates the permit's use. */
function permitFindingsOf(line: Omit<LinePlan, 'permitFindings'>, day: string): PermitFinding[] {
  if (!line.permitRequired) return [];
  const permit = line.permit;
  if (!permit) return ['no_permit'];
  if (day < permit.validFrom || day > permit.validTo) return ['permit_expired'];
  permit.usedKg += line.kg;
  return permit.usedKg > permit.maxKgPerYear ? ['permit_quota_exceeded'] : [];
}

function line(
  lineNo: number,
  s: Substance | null,
  kg: number,
  permit: Permit | null,
  day: string,
  evasive: boolean,
  random: Random,
): LinePlan {
  const goods = s ? describe(s, evasive, random) : describeNonChemical(random);
  const unitPrice = s ? random.between(s.usdPerKg[0], s.usdPerKg[1]) : random.between(5, 40);
  const usd =
    Math.round(kg * unitPrice * (evasive && random.chance(0.4) ? random.between(0.3, 0.6) : 1) * 100) / 100;
  const partial = {
    lineNo,
    substance: s,
    goods,
    kg,
    usd,
    permit,
    permitRequired: s ? permitRequiredOn(s, day) : false,
  };
  return { ...partial, permitFindings: permitFindingsOf(partial, day) };
}

function legitimateLines(
  importer: Company,
  day: string,
  random: Random,
): { lines: LinePlan[]; permitSite: Site | null } {
  const count = LINE_COUNTS.pick(random);
  const lines: LinePlan[] = [];
  const used = new Set<string>();
  let permitSite: Site | null = null;
  // Legitimate holders import under a permit well inside its validity, within the quota.
  const current = importer.permits.filter((p) => p.validFrom <= day && day <= addDays(p.validTo, -14));
  if (current.length > 0 && random.chance(0.35)) {
    const permit = random.pick(current);
    const remaining = permit.maxKgPerYear - permit.usedKg;
    const overQuota = random.chance(0.03);
    if (overQuota || remaining >= permit.substance.kg[0]) {
      const kg = overQuota
        ? Math.round(remaining + permit.maxKgPerYear * random.between(0.1, 0.5))
        : quantity(permit.substance, random, remaining);
      lines.push(line(1, permit.substance, kg, permit, day, false, random));
      used.add(permit.substance.key);
      permitSite = permit.site;
    }
  } else if (current.length === 0 && random.chance(0.15)) {
    // A holder that did not renew keeps quoting last year's permit.
    const lapsed = importer.permits.filter((p) => addDays(p.validTo, 7) < day);
    if (lapsed.length > 0) {
      const permit = random.pick(lapsed);
      lines.push(line(1, permit.substance, quantity(permit.substance, random), permit, day, false, random));
      used.add(permit.substance.key);
      permitSite = permit.site;
    }
  }
  const pool = poolFor(importer.industry ?? 'distribution');
  while (lines.length < count) {
    if (random.chance(0.03)) {
      lines.push(
        line(lines.length + 1, null, Math.round(random.between(200, 3000)), null, day, false, random),
      );
      continue;
    }
    const s = pool.pick(random);
    if (used.has(s.key)) {
      if (random.chance(0.3)) break;
      continue;
    }
    used.add(s.key);
    lines.push(line(lines.length + 1, s, quantity(s, random), null, day, false, random));
  }
  return { lines, permitSite };
}

/** Fronts that can commit an owed permit finding on this day, and the permit they would misuse. */
function frontOwing(
  world: World,
  state: PlanningState,
  day: string,
): { front: Company; permit: Permit } | null {
  for (const finding of state.owed) {
    for (const front of world.fronts) {
      const permit = front.permits.find((p) =>
        finding === 'permit_expired'
          ? addDays(p.validTo, 7) < day &&
            !front.permits.some((q) => q.substance === p.substance && q.validFrom <= day && day <= q.validTo)
          : p.validFrom <= day && day <= addDays(p.validTo, -3),
      );
      if (permit && permitRequiredOn(permit.substance, day)) return { front, permit };
    }
  }
  return null;
}

function frontLines(front: Company, day: string, random: Random, forced: Permit | null): LinePlan[] {
  const lines: LinePlan[] = [];
  if (random.chance(0.55)) {
    const cover = substance(random.pick(COVER_GOODS));
    lines.push(line(1, cover, quantity(cover, random), null, day, false, random));
  }
  const illicitCount = random.chance(0.1) ? 2 : 1;
  const used = new Set<string>();
  for (let i = 0; i < illicitCount; i++) {
    // A front with a permit hides behind it: it imports that substance, often beyond the quota or after expiry.
    const own =
      forced && i === 0
        ? forced
        : front.permits.length > 0 && random.chance(0.7)
          ? random.pick(front.permits)
          : null;
    const s = own ? own.substance : ILLICIT.pick(random);
    if (used.has(s.key)) continue;
    used.add(s.key);
    const permits = front.permits.filter((p) => p.substance === s);
    const valid = permits.find((p) => p.validFrom <= day && day <= p.validTo);
    const cited =
      forced && i === 0
        ? forced
        : (valid ?? (permits.length > 0 && random.chance(0.7) ? (permits.at(-1) ?? null) : null));
    const beyondQuota =
      cited && forced && i === 0
        ? cited.maxKgPerYear - cited.usedKg + cited.maxKgPerYear * random.between(0.2, 1)
        : 0;
    const kg = Math.max(beyondQuota, quantity(s, random) * (cited ? random.between(1, 3) : 1));
    lines.push(
      line(
        lines.length + 1,
        s,
        Math.round(kg * 10) / 10,
        permitRequiredOn(s, day) ? cited : null,
        day,
        true,
        random,
      ),
    );
  }
  return lines;
}

export function planConsignment(
  world: World,
  state: PlanningState,
  index: number,
  linesSoFar: number,
  targetLines: number,
  random: Random,
): ConsignmentPlan {
  const declaredAtMs =
    Math.floor(
      (WINDOW_START + (WINDOW_SPAN * (linesSoFar + random.float() * 0.999)) / targetLines) / 60_000,
    ) * 60_000;
  const day = new Date(declaredAtMs - 6 * 3_600_000).toISOString().slice(0, 10);
  const front = random.chance(0.04);
  const owing = front ? frontOwing(world, state, day) : null;
  const importer = owing
    ? owing.front
    : front
      ? world.frontPicker.pick(random)
      : world.importerPicker.pick(random);
  let consignee = importer;
  let lines: LinePlan[];
  let destination: Site;
  if (front) {
    lines = frontLines(importer, day, random, owing?.permit ?? null);
    for (const finding of lines.flatMap((l) => l.permitFindings)) state.owed.delete(finding);
    if (random.chance(0.5))
      consignee = random.pick(world.fronts.filter((f) => f.cluster === importer.cluster));
    // A front's own warehouse (its first site); the bodegas it rents elsewhere are where goods vanish.
    destination = consignee.sites[0] as Site;
  } else {
    const legit = legitimateLines(importer, day, random);
    lines = legit.lines;
    if (!legit.permitSite && random.chance(0.2)) consignee = world.importerPicker.pick(random);
    destination = legit.permitSite ?? random.pick(consignee.sites);
  }
  const port = choosePort(destination, front, random);
  const terminal = random.pick(world.terminalsByPort.get(port.locode) as Site[]);
  const brokers = world.brokersByPort.get(port.locode) ?? [];
  const broker = brokers.length > 0 ? random.pick(brokers) : random.pick(world.brokers);
  const year = Number(day.slice(0, 4));
  const sequenceKey = `${year}:${port.aduana}`;
  const sequence = (state.pedimentoSequence.get(sequenceKey) ?? 0) + 1;
  state.pedimentoSequence.set(sequenceKey, sequence);
  const carrier = oceanCarriers.pick(random);
  const owner = random.pick(carrier.owners);
  const first10 = owner + String(scatter(index, 1_000_000, 7_919)).padStart(6, '0');
  return {
    index,
    declarationId: formatPedimento({
      year: year % 100,
      aduana: port.aduana,
      patente: broker.patente ?? 1000,
      sequence,
    }),
    declaredAtMs,
    day,
    port,
    terminal,
    origin: (front ? illicitOrigins : legitOrigins).pick(random),
    vessel: random.pick(world.vesselsByCarrier.get(carrier.name) as Vessel[]),
    containerNo: first10 + iso6346CheckDigit(first10),
    billOfLading: carrier.blPrefix + String(scatter(index, 10_000_000_000)).padStart(10, '0'),
    importer,
    consignee,
    broker,
    roadCarrier: random.pick(world.carriers),
    destination,
    importerText: {
      name: writtenName(importer, random),
      rfc: writtenRfc(importer, random),
      address: writtenAddress(importer, day, random),
    },
    consigneeText: {
      name: writtenName(consignee, random),
      rfc: writtenRfc(consignee, random),
      address: writtenAddress(consignee, day, random),
    },
    brokerName: writtenName(broker, random),
    lines,
    front,
  };
}

/**
 * `centinela scenario`: writes a synthetic world to a directory, deterministically for a seed and in
 * constant memory beyond the master data: each consignment is planned, moved, written and forgotten.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { DECLARATION_COLUMNS } from '../declarations/index.ts';
import { LOCATION_COLUMNS, PERMIT_COLUMNS } from '../custody/index.ts';
import { join } from 'node:path';
import { canonicalName, stripAccents } from './companies.ts';
import { newPlanningState, planConsignment, type ConsignmentPlan } from './consignments.ts';
import { newDiversionState, planDiversion } from './diversions.ts';
import { localTime, toEpcisEvents } from './epcis.ts';
import { simulateJourney, type JourneyFacts, type Observation } from './movements.ts';
import {
  containerCount,
  containerNumbersFor,
  containerOfLine,
  documentationGaps,
  realisticJourney,
  type RealJourney,
} from './realism.ts';
import { isPlain, isUnfamiliar, PLAIN, type Variation } from './variation.ts';
import { atSmallPort, kindWord, nearSmallPort } from './unfamiliar.ts';
import { SIZES, WINDOW, type SizeName } from './model.ts';
import { Random } from './random.ts';
import { consignmentTruth, lineTruth, partyTruths } from './truth.ts';
import { diversionEnds, writeLabWorld } from './lab-files.ts';
import type { DiversionEnd } from './labs.ts';
import { buildWorld, type World } from './world.ts';
import { CsvWriter, EventsWriter, TruthWriter } from './writers.ts';

// The files' formats are the readers' (the BRIEF's contracts): written with the importers' own headers.
export { DECLARATION_COLUMNS } from '../declarations/index.ts';
export { LOCATION_COLUMNS, PERMIT_COLUMNS } from '../custody/index.ts';

const OUTPUT_FILE =
  /^(?:(?:declarations|permits|locations|incidents|field-reports)\.csv|events(?:-\d{4})?\.jsonld|truth\.jsonl?|manifest\.json|\.truth-\w+\.part)$/;

export interface ScenarioOptions {
  seed: number;
  size: SizeName;
  outDir: string;
  /** How much of real feeds' variation the world carries (default plain: the world as it always was). */
  variation?: Variation;
  /** Called after each consignment with lines written so far and the target. */
  onProgress?: (lines: number, target: number) => void;
}

export interface ScenarioSummary {
  seed: number;
  size: SizeName;
  files: string[];
  counts: {
    declarations: number;
    lines: number;
    events: number;
    diverted: number;
    permits: number;
    locations: number;
    companies: number;
    labs: { active: number; past: number };
    incidents: number;
    fieldReports: number;
  };
}

function declarationRows(
  plan: ConsignmentPlan,
  random: Random,
  containers: readonly string[] = [plan.containerNo],
  undocumented: ReadonlySet<number> = new Set(),
): (string | number)[][] {
  const imo = random.chance(0.05) ? '' : random.chance(0.15) ? `IMO ${plan.vessel.imo}` : plan.vessel.imo;
  const declaredAt = localTime(plan.declaredAtMs);
  return plan.lines.map((l, i) => [
    plan.declarationId,
    l.lineNo,
    declaredAt,
    plan.port.locode,
    `${String(plan.port.aduana).padStart(2, '0')}0`,
    plan.origin,
    imo,
    containerOfLine(i, containers),
    plan.billOfLading,
    plan.importerText.name,
    plan.importerText.rfc,
    plan.importerText.address,
    plan.consigneeText.name,
    plan.consigneeText.rfc,
    plan.consigneeText.address,
    plan.brokerName,
    l.goods.hsCode,
    l.goods.description,
    l.goods.casNumber,
    l.goods.smiles,
    l.kg,
    l.usd.toFixed(2),
    undocumented.has(l.lineNo) ? '' : (l.permit?.permitId ?? ''),
    plan.destination.locationId,
  ]);
}

async function writeMasterData(
  world: World,
  outDir: string,
  truth: TruthWriter,
  variation: Variation,
): Promise<void> {
  const random = Random.derive(world.seed, 'registry-names');
  const words = Random.derive(world.seed, 'kind-words');
  const locations = new CsvWriter(join(outDir, 'locations.csv'), LOCATION_COLUMNS);
  for (const site of world.sites) {
    await locations.write([
      site.locationId,
      site.name,
      variation.kindWords > 0 && words.chance(variation.kindWords) ? kindWord(site, words) : site.kind,
      site.lat,
      site.lon,
      site.operator?.rfc ?? '',
    ]);
    if (site.operator)
      await truth.write({
        type: 'party',
        record: `location:${site.locationId}:operator`,
        entity: site.operator.entityId,
      });
  }
  await locations.close();
  const permits = new CsvWriter(join(outDir, 'permits.csv'), PERMIT_COLUMNS);
  for (const permit of world.permits) {
    // The regulator writes names its own way: upper case, often without accents.
    const name = canonicalName(permit.holder);
    const written = random.chance(0.6) ? stripAccents(name.toUpperCase()) : name;
    await permits.write([
      permit.permitId,
      permit.holder.rfc,
      written,
      permit.substance.cas ?? '',
      permit.maxKgPerYear,
      permit.validFrom,
      permit.validTo,
      permit.site.locationId,
    ]);
    await truth.write({
      type: 'party',
      record: `permit:${permit.permitId}:holder`,
      entity: permit.holder.entityId,
    });
  }
  await permits.close();
}

export async function generateScenario(options: ScenarioOptions): Promise<ScenarioSummary> {
  const { seed, size, outDir } = options;
  const variation = options.variation ?? PLAIN;
  const plain = isPlain(variation);
  const profile = SIZES[size];
  await mkdir(outDir, { recursive: true });
  // A world written before (perhaps of another size) must not leave stray event or truth files behind.
  for (const file of await readdir(outDir)) if (OUTPUT_FILE.test(file)) await rm(join(outDir, file));
  const world = buildWorld(seed, size, isUnfamiliar(variation));
  const truth = new TruthWriter(outDir, size === 'small' ? 'json' : 'jsonl', {
    seed,
    size,
    window: { from: WINDOW.from, to: WINDOW.to },
    ...(plain ? {} : { variation }),
  });
  await writeMasterData(world, outDir, truth, variation);

  const declarations = new CsvWriter(join(outDir, 'declarations.csv'), DECLARATION_COLUMNS);
  const events = new EventsWriter(
    outDir,
    profile.eventsPerDocument,
    (n) => `urn:centinela:scenario:${seed}:${size}:events:${n}`,
    `${WINDOW.to}T23:59:59.000Z`,
  );
  const planning = newPlanningState();
  const diversions = newDiversionState();
  let lines = 0;
  let consignments = 0;
  let diverted = 0;
  const ends: DiversionEnd[] = [];
  for (let index = 0; lines < profile.lines; index++) {
    let plan = planConsignment(
      world,
      planning,
      index,
      lines,
      profile.lines,
      Random.derive(seed, 'consignment', index),
    );
    const elsewhere = Random.derive(seed, 'unfamiliar', index);
    if (world.smallPorts.length > 0 && elsewhere.chance(variation.smallPort))
      plan = atSmallPort(plan, nearSmallPort(plan, world.smallPorts, elsewhere));
    const diversion = planDiversion(plan, diversions, Random.derive(seed, 'diversion', index));
    let journey: { observations: Observation[]; facts: JourneyFacts };
    let containers = [plan.containerNo];
    let real: RealJourney | null = null;
    const undocumented = new Set<number>();
    if (plain) journey = simulateJourney(world, plan, diversion, Random.derive(seed, 'journey', index));
    else {
      const random = Random.derive(seed, 'variation', index);
      containers = containerNumbersFor(plan, containerCount(plan, variation, random));
      journey = real = realisticJourney(world, plan, containers, diversion, variation, random);
      for (const l of documentationGaps(plan, variation, random)) {
        undocumented.add(l.lineNo);
        // A line that names no permit is not discounted from the permit's quota (customs records the use
        // against the permit a pedimento cites): the truth of later lines counts what the records count.
        l.permit!.usedKg -= l.kg;
      }
    }
    for (const row of declarationRows(
      plan,
      Random.derive(seed, 'declaration', index),
      containers,
      undocumented,
    ))
      await declarations.write(row);
    await events.write(
      toEpcisEvents(plan, journey.observations, Random.derive(seed, 'epcis', index), variation),
    );
    for (const l of plan.lines) await truth.write(lineTruth(plan, l, undocumented.has(l.lineNo)));
    const consignment = consignmentTruth(plan, journey.facts, real, [...undocumented]);
    if (consignment.kinds.length > 0) diverted++;
    ends.push(...diversionEnds(plan, journey.observations, consignment));
    await truth.write(consignment);
    for (const party of partyTruths(plan)) await truth.write(party);
    lines += plan.lines.length;
    consignments++;
    options.onProgress?.(lines, profile.lines);
  }
  await declarations.close();
  await events.close();
  // The labs and their evidence come after the consignments, from their own random streams: the files
  // written before them are as they were.
  const labs = await writeLabWorld(
    world,
    ends,
    variation,
    outDir,
    (r) => truth.write(r),
    Random.derive(seed, 'lab-files'),
  );
  await truth.close();

  const summary: ScenarioSummary = {
    seed,
    size,
    files: [
      'declarations.csv',
      'permits.csv',
      'locations.csv',
      ...events.files,
      'incidents.csv',
      'field-reports.csv',
      truth.fileName,
      'manifest.json',
    ],
    counts: {
      declarations: consignments,
      lines,
      events: events.total,
      diverted,
      permits: world.permits.length,
      locations: world.sites.length,
      companies: world.companies.length,
      labs: labs.labs,
      incidents: labs.incidents,
      fieldReports: labs.fieldReports,
    },
  };
  await writeFile(
    join(outDir, 'manifest.json'),
    JSON.stringify({ ...summary, window: { from: WINDOW.from, to: WINDOW.to } }, null, 2) + '\n',
  );
  return summary;
}

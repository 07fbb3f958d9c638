/**
 * The leads backtest (issue 17): per seed a world is generated into a temporary folder, its evidence read the way
 * the system reads it (scripts/leads-evidence.ts: custody's detectors, the incidents importers' rows), fused
 * (src/leads/fusion.ts `fuseLeads`) and scored against the world's hidden labs, beside a naive baseline
 * (unweighted counts per H3 cell at the fusion's resolution: no decay, no grading, no smoothing, searches that
 * found nothing counted like anything else).
 *   npx tsx scripts/eval-leads.ts --seeds 2121,2222,2323 --size small [--variation plain|realistic] [--keep]
 * Metrics (docs/PERFORMANCE.md "Leads backtest"): hit rate = share of active labs inside a searched cell;
 * PAI = hit rate / (searched area / Mexico's 1,964,375 km²); at 1,000 and 5,000 km² the leads are taken best first
 * while their area fits the budget; hit rate in the top 10 and top 50 leads; leads of the top 20 on a decoy
 * district (the cell's centre within the district's radius + 1 km); and, per world, the share of active labs whose
 * own cell holds any positive evidence — the most a ranking of the cells holding evidence can find.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cellArea, getResolution, latLngToCell, cellToLatLng } from 'h3-js';
import { fuseLeads, type EvidenceInput } from '../src/leads/index.ts';
import { generateScenario } from '../src/scenario/generate.ts';
import { distanceKm } from '../src/scenario/geo.ts';
import { AS_OF_MS } from '../src/scenario/labs.ts';
import { readTruth } from '../src/scenario/index.ts';
import { VARIATION_PRESETS, type VariationPreset } from '../src/scenario/variation.ts';
import type { SizeName } from '../src/scenario/model.ts';
import { worldEvidence } from './leads-evidence.ts';

const MEXICO_KM2 = 1_964_375;
const BUDGETS = [1_000, 5_000];

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '2121,2222,2323' },
    size: { type: 'string', default: 'small' },
    variation: { type: 'string', default: 'plain' },
    keep: { type: 'boolean', default: false },
    /** Prints the fused top 20: what each sits on and the evidence kinds behind it. */
    explain: { type: 'boolean', default: false },
    /** Keeps each world's evidence and truth as JSON in this folder, and reads them from it when present. */
    cache: { type: 'string' },
  },
});
const seeds = values.seeds.split(',').map(Number);
const size = values.size as SizeName;
const variationName = values.variation as VariationPreset;
if (!(variationName in VARIATION_PRESETS) || !['small', 'mid', 'medium'].includes(size)) {
  console.error('usage: eval-leads.ts --seeds N,N --size small|mid|medium --variation plain|realistic');
  process.exit(2);
}

interface Ranked {
  cell: string;
  areaKm2: number;
}

interface Scores {
  hit: number[];
  pai: number[];
  area: number[];
  top10: number;
  top50: number;
  decoys20: number;
}

function score(
  ranked: readonly Ranked[],
  labCells: readonly string[],
  decoys: readonly { lat: number; lon: number; radius_km: number }[],
): Scores {
  const share = (cells: Set<string>) =>
    labCells.filter((c) => cells.has(c)).length / Math.max(1, labCells.length);
  const hit: number[] = [];
  const pai: number[] = [];
  const area: number[] = [];
  for (const budget of BUDGETS) {
    const cells = new Set<string>();
    let used = 0;
    for (const r of ranked) {
      if (used + r.areaKm2 > budget) break;
      used += r.areaKm2;
      cells.add(r.cell);
    }
    const h = share(cells);
    hit.push(h);
    area.push(used);
    pai.push(used > 0 ? h / (used / MEXICO_KM2) : 0);
  }
  const top = (n: number) => new Set(ranked.slice(0, n).map((r) => r.cell));
  const onDecoy = ranked.slice(0, 20).filter((r) => {
    const [lat, lon] = cellToLatLng(r.cell);
    return decoys.some((d) => distanceKm({ lat, lon }, d) <= d.radius_km + 1);
  }).length;
  return { hit, pai, area, top10: share(top(10)), top50: share(top(50)), decoys20: onDecoy };
}

/** Unweighted counts per cell, evidence up to the instant, most first (ties by cell, so the order replays). */
function naive(evidence: readonly EvidenceInput[], resolution: number, asOf: Date): Ranked[] {
  const counts = new Map<string, number>();
  for (const e of evidence) {
    if (e.at > asOf) continue;
    const cell = latLngToCell(e.lat, e.lon, resolution);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([cell]) => ({ cell, areaKm2: cellArea(cell, 'km2') }));
}

/**
 * The share of active labs whose own cell holds a piece of positive evidence known at `asOf` (no search, dismantling
 * or outcome): what a ranking of the cells that hold evidence could find at most, however it weighs them. A lab
 * with nothing in its cell is found only by a kernel spreading a neighbour's evidence onto it.
 */
function withEvidence(
  evidence: readonly EvidenceInput[],
  labCells: readonly string[],
  resolution: number,
): number {
  const held = new Set(
    evidence
      .filter((e) => e.at <= asOf && e.kind !== 'outcome')
      .filter((e) => e.kind !== 'incident' || !NOT_POSITIVE.has(e.incidentKind))
      .map((e) => latLngToCell(e.lat, e.lon, resolution)),
  );
  return labCells.filter((c) => held.has(c)).length / Math.max(1, labCells.length);
}
const NOT_POSITIVE = new Set(['site_searched_negative', 'lab_dismantled']);

/** What a piece of evidence is, in a word: the incident's kind, the report's grading. */
function labelOf(e: EvidenceInput): string {
  if (e.kind === 'incident') return e.incidentKind;
  if (e.kind === 'field_report')
    return `report ${'ABC'.includes(e.reliability) && e.credibility <= 3 ? 'A-C/1-3' : 'D-F/4-6'}`;
  if (e.kind === 'finding') return `finding ${e.findingKind}`;
  return e.kind;
}

interface Ranking {
  rank: number;
  cell: string;
  score: number;
  evidence: { kind: string; id: string; weight: number }[];
}

/** Per active lab, the best lead on it and within 3 km and the evidence around it; then the top 20 and their evidence. */
function explain(
  leads: readonly Ranking[],
  truth: Awaited<ReturnType<typeof readTruth>>,
  resolution: number,
  evidence: readonly EvidenceInput[],
): void {
  const labels = new Map(evidence.map((e) => [`${e.kind}:${e.id}`, labelOf(e)]));
  const centre = (cell: string) => {
    const [lat, lon] = cellToLatLng(cell);
    return { lat, lon };
  };
  for (const lab of truth.labs.filter((l) => l.status === 'active')) {
    const cell = latLngToCell(lab.lat, lab.lon, resolution);
    const on = leads.find((l) => l.cell === cell)?.rank ?? '-';
    const near = leads.find((l) => distanceKm(centre(l.cell), lab) <= 3)?.rank ?? '-';
    const around = new Map<string, number>();
    for (const e of evidence)
      if (distanceKm(e, lab) <= 3) around.set(labelOf(e), (around.get(labelOf(e)) ?? 0) + 1);
    console.error(
      `  ${lab.id} ${lab.city}${lab.fed_by ? ' (fed)' : ''}: rank on it ${on}, within 3 km ${near}; ` +
        [...around].map(([k, n]) => `${k} ${n}`).join(', '),
    );
  }
  const top = leads.slice(0, 20);
  for (const lead of top) {
    const [lat, lon] = cellToLatLng(lead.cell);
    const lab = truth.labs.find((l) => latLngToCell(l.lat, l.lon, resolution) === lead.cell);
    const nearLab = truth.labs
      .map((l) => ({ l, km: distanceKm(l, { lat, lon }) }))
      .sort((a, b) => a.km - b.km)[0];
    const decoy = truth.decoys.find((d) => distanceKm({ lat, lon }, d) <= d.radius_km + 1);
    const kinds = new Map<string, number>();
    for (const e of lead.evidence) {
      const label = labels.get(`${e.kind}:${e.id}`) ?? e.kind;
      kinds.set(label, (kinds.get(label) ?? 0) + e.weight);
    }
    const on = lab
      ? `${lab.status} lab ${lab.id}`
      : decoy
        ? `decoy ${decoy.city}`
        : `nearest lab ${nearLab?.l.status} ${nearLab?.km.toFixed(1)} km`;
    console.error(
      `  #${lead.rank} ${lead.score.toFixed(2)} ${on}: ` +
        [...kinds].map(([k, w]) => `${k} ${w.toFixed(2)}`).join(', '),
    );
  }
}

const f2 = (x: number) => x.toFixed(2);
const f0 = (x: number) => x.toFixed(0);
const rows: string[] = [];
const asOf = new Date(AS_OF_MS);
/** Generates the seed's world and reads its evidence, or reads both from the cache (`--cache`). */
async function worldOf(seed: number): Promise<{
  evidence: EvidenceInput[];
  counts: Awaited<ReturnType<typeof worldEvidence>>['counts'];
  receipts: Awaited<ReturnType<typeof worldEvidence>>['receipts'];
  truth: Awaited<ReturnType<typeof readTruth>>;
  note: string;
}> {
  const cached = values.cache ? join(values.cache, `${seed}-${size}-${variationName}.json`) : undefined;
  if (cached && existsSync(cached)) {
    const saved = JSON.parse(readFileSync(cached, 'utf8'), (key, value: unknown) =>
      key === 'at' ? new Date(value as string) : value,
    ) as Awaited<ReturnType<typeof worldOf>>;
    return { ...saved, note: `read from ${cached}` };
  }
  const dir = mkdtempSync(join(tmpdir(), `centinela-leads-${seed}-`));
  try {
    const generated = performance.now();
    await generateScenario({ seed, size, outDir: dir, variation: VARIATION_PRESETS[variationName] });
    const read = performance.now();
    const { evidence, counts, receipts } = await worldEvidence(dir);
    const truth = await readTruth(dir);
    const note = `generated ${f0((read - generated) / 1000)} s, evidence ${f0((performance.now() - read) / 1000)} s`;
    if (cached) {
      mkdirSync(values.cache!, { recursive: true });
      writeFileSync(cached, JSON.stringify({ evidence, counts, receipts, truth }));
    }
    return { evidence, counts, receipts, truth, note: values.keep ? `${note}, kept in ${dir}` : note };
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

for (const seed of seeds) {
  const { evidence, counts, truth, note } = await worldOf(seed);
  const fused = performance.now();
  const leads = fuseLeads(evidence, { asOf });
  const done = performance.now();
  const resolution = leads[0] ? getResolution(leads[0].cell) : 7;
  const labCells = truth.labs
    .filter((l) => l.status === 'active')
    .map((l) => latLngToCell(l.lat, l.lon, resolution));
  const f = score(leads, labCells, truth.decoys);
  const b = score(naive(evidence, resolution, asOf), labCells, truth.decoys);
  console.error(
    `seed ${seed}: ${note} ` +
      `(${counts.consignments} consignments, ${counts.findings} findings, ${counts.incidents} incidents, ` +
      `${counts.fieldReports} reports), fusion ${f0(done - fused)} ms, ${leads.length} leads at res ${resolution}`,
  );
  if (values.explain) explain(leads, truth, resolution, evidence);
  const cols = (s: Scores) =>
    `${f2(s.hit[0]!)} | ${f0(s.pai[0]!)} | ${f2(s.hit[1]!)} | ${f0(s.pai[1]!)} | ${f2(s.top10)} | ${f2(s.top50)} | ${s.decoys20}`;
  const ceiling = f2(withEvidence(evidence, labCells, resolution));
  const world = `${seed} ${size} ${variationName} | ${labCells.length} | ${ceiling} | ${evidence.length}`;
  rows.push(`| ${world} | fused | ${cols(f)} | ${f0(done - fused)} |`);
  rows.push(`| ${world} | naive | ${cols(b)} | |`);
}
console.log(
  '| world | active labs | labs with evidence in their cell | evidence | method | hit 1,000 km² | PAI 1,000 | hit 5,000 km² | PAI 5,000 | hit top 10 | hit top 50 | top 20 on decoys | fusion ms |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);

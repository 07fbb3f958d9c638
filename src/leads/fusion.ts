/**
 * Evidence fused into ranked leads on the H3 grid (docs/LEADS.md). Pure: the same evidence, in any order, gives
 * the same leads. Steps: (1) keep what is known at `asOf`; (2) weigh each positive piece (kind, grading,
 * indicator specificity, decay); (3) discount it by every suppressor at or after its instant within the
 * suppressor's rings — a search that found nothing, a dismantled or found lab explains the evidence before it;
 * (4) spread what is left over its own kernel — where the lab it points at may be, a circular normal as wide as
 * the piece's position uncertainty (a report's by its source, indirect evidence wider) — one surface per group of
 * dependent evidence, the custody evidence at one place saturated to one receipt's worth; (5) a cell's score is Σ over groups of log1p(surface) — converging independent
 * kinds count more than repeats of one — divided by 1 + λ·(legal activity around the cell), the KDE's baseline,
 * from the paperwork incidents that mark where legal chemicals are handled; (6) one lead per hot spot: the best
 * cell first, the cells within `FOLD_RINGS` of it folded into it (non-maximum suppression). Each lead carries the
 * Gi* z and permutation p of its raw kernel sum and every piece that contributed to it.
 */
import { LEAD_RESOLUTION, leadIdOf, type EvidenceInput, type FuseOptions, type Lead } from './model.ts';
import {
  baseWeight,
  decay,
  groupOf,
  legallyExplained,
  sigmaKmOf,
  suppressorOf,
  SUPPRESSION,
  type EvidenceGroup,
  type Suppressor,
} from './weights.ts';
import { areaKm2, cellOf, centreOf, disk, quartic, spread, studyCells } from './grid.ts';
import { significance } from './significance.ts';
import { compareCodeUnits } from '../shared/compare.ts';

/** A dismantled lab explains the evidence within this many rings (≈ 5 km at res 7). */
const DISMANTLED_RINGS = 2;
/** A search clears the premises searched (its own cell), not the district; a lab explains its surroundings. */
const SUPPRESSOR_RINGS: Record<Suppressor, number> = {
  site_searched_negative: 0,
  nothing_found: 0,
  lab_dismantled: DISMANTLED_RINGS,
  found: DISMANTLED_RINGS,
};
/**
 * Custody evidence at one place (a cell) is one fact, that the place receives diverted goods: its pieces' kept
 * weights M count as PLACE_CAP·(1 − e^(−M/PLACE_CAP)), at most one strong receipt's worth (a diverted
 * consignment weighs 2). The twentieth receipt at a front's warehouse does not say where the lab is.
 */
const PLACE_CAP = 2;
/** Legal activity: paperwork incidents counted (no decay: a plant's activity is a standing rate) over 3 rings. */
const BASELINE_RINGS = 3;
/**
 * How much one paperwork incident's worth of legal activity divides the evidence legal activity could have
 * produced (1 + λ·activity): 0.5, 1 and 2 measured on the development worlds, 1 best (docs/LEADS.md).
 */
const BASELINE_LAMBDA = 1;
/** Non-maximum suppression: a cell within this many rings of a better cell folds into it. */
export const FOLD_RINGS = 1;
/** What a folded cell keeps of its score. */
const FOLD_DISCOUNT = 0.5;
/** A lead cites at most this many pieces, the largest contributions first. */
const MAX_CITED = 50;
const EPSILON = 1e-9;

interface Placed {
  e: EvidenceInput;
  key: string;
  cell: string;
}
interface Weighed extends Placed {
  /** Weight after decay, before suppression. */
  weight: number;
  /** What each suppressor took from it (keys of the suppressors). */
  takenBy: Map<string, number>;
  /** Weight after suppression: what its cell holds of it. */
  kept: number;
  /** What one unit of kept weight counts for after its place's saturation (custody), else 1. */
  scale: number;
  /** Where the lab it points at may be: each cell's probability (its kernel). */
  spread: readonly [string, number][];
  /** The share of its weight legal chemical activity could have produced (`legallyExplained`). */
  explained: number;
}

const keyOf = (e: EvidenceInput): string => `${e.kind}\u0000${e.id}`;
const sortKey = (e: EvidenceInput): string =>
  `${keyOf(e)}\u0000${e.at.toISOString()}\u0000${e.lat}\u0000${e.lon}\u0000${JSON.stringify(e)}`;

interface Fused {
  known: Placed[];
  byCell: Map<string, Weighed[]>;
  /** Per cell, the pieces whose kernel reaches it and with what probability. */
  reach: Map<string, [Weighed, number][]>;
  surface: Map<string, Map<EvidenceGroup, number>>;
  baseline: Map<string, number>;
  /** Each cell's score before hot spots are folded. */
  scores: Map<string, number>;
}

function fuse(evidence: readonly EvidenceInput[], options: FuseOptions): Fused {
  const resolution = options.resolution ?? LEAD_RESOLUTION;
  const asOf = options.asOf.getTime();
  const known: Placed[] = evidence
    .filter((e) => e.at.getTime() <= asOf)
    .map((e) => ({ e, key: keyOf(e), cell: cellOf(e, resolution), sort: sortKey(e) }))
    .sort((a, b) => compareCodeUnits(a.sort, b.sort));

  const suppressorsByCell = indexSuppressors(known);
  const spreads = new Map<string, [string, number][]>();
  /** Custody pieces spread from their place's centre: one place, one kernel (and monotone saturation). */
  const spreadOf = (e: EvidenceInput, cell: string): [string, number][] => {
    const origin = groupOf(e) === 'custody' ? centreOf(cell) : e;
    const sigma = sigmaKmOf(e);
    const key = `${origin.lat},${origin.lon},${sigma}`;
    const cached = spreads.get(key) ?? spread(origin, sigma, resolution);
    spreads.set(key, cached);
    return cached;
  };
  const weighed: Weighed[] = [];
  for (const placed of known) {
    if (suppressorOf(placed.e) !== null) continue;
    const weight = baseWeight(placed.e) * decay(placed.e, options.asOf);
    if (weight <= 0) continue;
    const explained = legallyExplained(placed.e);
    const piece = { ...placed, weight, takenBy: new Map(), kept: weight, scale: 1, spread: [], explained };
    weighed.push(suppress(piece, suppressorsByCell));
  }

  const byCell = new Map<string, Weighed[]>();
  for (const w of weighed) pushTo(byCell, w.cell, w);
  for (const pieces of byCell.values()) {
    const custody = pieces.filter((w) => groupOf(w.e) === 'custody');
    const held = custody.reduce((s, w) => s + w.kept, 0);
    const scale = held > EPSILON ? (PLACE_CAP * (1 - Math.exp(-held / PLACE_CAP))) / held : 1;
    for (const w of custody) w.scale = scale;
  }
  const reach = new Map<string, [Weighed, number][]>();
  for (const w of weighed) {
    w.spread = spreadOf(w.e, w.cell);
    for (const [cell, p] of w.spread) pushTo(reach, cell, [w, p]);
  }
  const baseline = legalActivity(known);
  const surface = surfaces(reach, baseline);
  const scores = new Map<string, number>();
  for (const [cell, groups] of surface) scores.set(cell, cellScore(groups));
  return { known, byCell, reach, surface, baseline, scores };
}

/**
 * The score surface before hot spots fold: what the property "negative evidence never raises a score" holds for
 * (folding can promote a neighbour to a hot spot's peak when a search lowers the old peak).
 */
export function scoreSurface(evidence: readonly EvidenceInput[], options: FuseOptions): Map<string, number> {
  return fuse(evidence, options).scores;
}

export function fuseLeads(evidence: readonly EvidenceInput[], options: FuseOptions): Lead[] {
  const resolution = options.resolution ?? LEAD_RESOLUTION;
  const { known, byCell, reach, surface, baseline, scores } = fuse(evidence, options);
  const ranked = fold(
    [...scores]
      .filter(([, score]) => score > EPSILON)
      .sort(([a, sa], [b, sb]) => sb - sa || compareCodeUnits(a, b)),
  ).slice(0, options.limit ?? Infinity);
  const cellValues = [...byCell.values()]
    .map((pieces) => pieces.reduce((s, w) => s + w.kept * w.scale, 0))
    .filter((v) => v > 0);
  const test = significance(cellValues, studyCells(resolution), referenceKernel(resolution));
  const sources = new Map(known.map((p) => [p.key, p.e]));
  const wanted =
    options.cell === undefined
      ? ranked.map((r, i) => [r, i] as const)
      : ranked.flatMap((r, i) => (r.cell === options.cell ? [[r, i] as const] : []));
  return wanted.map(([{ cell, score, factor, folded }, i]) => {
    const raw = [...surface.get(cell)!.values()].reduce((s, v) => s + v, 0);
    const z = test.z(raw);
    return {
      leadId: leadIdOf(cell),
      rank: i + 1,
      score: round(score),
      cell,
      ...centreOf(cell),
      areaKm2: round(areaKm2(cell)),
      evidence: contributions(cell, factor, folded, reach, surface, baseline, sources),
      ...(z === undefined ? {} : { z: round(z) }),
      p: test.p(raw),
    };
  });
}

/** Per cell, the kernel sum of what each group of evidence holds around it. */
function surfaces(
  reach: Map<string, [Weighed, number][]>,
  baseline: Map<string, number>,
): Map<string, Map<EvidenceGroup, number>> {
  const surface = new Map<string, Map<EvidenceGroup, number>>();
  for (const [cell, pieces] of reach) {
    const groups = new Map<EvidenceGroup, number>();
    const activity = baseline.get(cell) ?? 0;
    for (const [w, p] of pieces) {
      const group = groupOf(w.e);
      groups.set(group, (groups.get(group) ?? 0) + w.kept * w.scale * p * relative(w.explained, activity));
    }
    surface.set(cell, groups);
  }
  return surface;
}

/**
 * Gi*'s spatial weights: the kernel of a ground report at a cell's centre (a fixed place, Mexico City), each
 * cell's probability — the same units as a cell's raw kernel sum.
 */
function referenceKernel(resolution: number): number[] {
  const centre = centreOf(cellOf({ lat: 19.4326, lon: -99.1332 }, resolution));
  return spread(centre, REFERENCE_SIGMA_KM, resolution).map(([, p]) => p);
}
const REFERENCE_SIGMA_KM = 0.5;

/** Legal chemical activity around each cell: the paperwork incidents known at `asOf`, under a wider kernel. */
function legalActivity(known: readonly Placed[]): Map<string, number> {
  const activity = new Map<string, number>();
  for (const placed of known) {
    if (groupOf(placed.e) !== 'paperwork') continue;
    for (const { cell, rings } of disk(placed.cell, BASELINE_RINGS))
      activity.set(cell, (activity.get(cell) ?? 0) + quartic(rings, BASELINE_RINGS));
  }
  return activity;
}

/**
 * What is left of a piece's weight at a cell once legal activity there is allowed for (the KDE's baseline, a
 * relative risk): the share legal chemical handling could have produced is divided by 1 + λ·activity, the rest
 * (a report's lab-specific indicators, a dumpsite) is kept whole — a pill press is no likelier beside a plant.
 */
function relative(explained: number, activity: number): number {
  return explained / (1 + BASELINE_LAMBDA * activity) + (1 - explained);
}

function cellScore(groups: Map<EvidenceGroup, number>): number {
  let sum = 0;
  for (const value of groups.values()) sum += Math.log1p(Math.max(0, value));
  return sum;
}

/** What one unit of a group's surface is worth in the cell's score: log1p(S)/S. */
function saturation(value: number): number {
  return value > EPSILON ? Math.log1p(value) / value : 1;
}

interface Ranked {
  cell: string;
  score: number;
  /** 1 for a hot spot's peak, `FOLD_DISCOUNT` for a cell folded into a better one. */
  factor: number;
  folded: string[];
}

/**
 * Soft non-maximum suppression (Bodla et al. 2017) over the ranked cells: a cell with a better cell within
 * `FOLD_RINGS` is part of that cell's hot spot — it folds into the best such cell (its lead cites the folded
 * cells' evidence) and stays in the list only at `FOLD_DISCOUNT` of its score, below other hot spots' peaks of
 * similar strength, since the lab may still sit beside the peak. Hard suppression measured worse (docs/LEADS.md).
 */
function fold(sorted: readonly [string, number][]): Ranked[] {
  const position = new Map(sorted.map(([cell], i) => [cell, i]));
  const leads = new Map<string, Ranked>();
  const out: Ranked[] = [];
  for (const [i, [cell, score]] of sorted.entries()) {
    let best = i;
    for (const { cell: near } of disk(cell, FOLD_RINGS)) best = Math.min(best, position.get(near) ?? best);
    const factor = best === i ? 1 : FOLD_DISCOUNT;
    const lead = { cell, score: score * factor, factor, folded: [] as string[] };
    leads.set(cell, lead);
    out.push(lead);
    if (best !== i) leads.get(sorted[best]![0])!.folded.push(cell);
  }
  return out.sort((a, b) => b.score - a.score || compareCodeUnits(a.cell, b.cell));
}

interface Reach {
  suppressor: Placed;
  kind: Suppressor;
  rings: number;
}

/** For every cell, the suppressors whose rings reach it and how far they are. */
function indexSuppressors(known: readonly Placed[]): Map<string, Reach[]> {
  const index = new Map<string, Reach[]>();
  for (const placed of known) {
    const kind = suppressorOf(placed.e);
    if (kind === null) continue;
    for (const { cell, rings } of disk(placed.cell, SUPPRESSOR_RINGS[kind]))
      pushTo(index, cell, { suppressor: placed, kind, rings });
  }
  return index;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Multiplies in every suppressor at or after the piece's instant; shares what was taken by −log of each factor. */
function suppress(piece: Weighed, suppressorsByCell: Map<string, Reach[]>): Weighed {
  const factors: [string, number][] = [];
  for (const { suppressor, kind, rings } of suppressorsByCell.get(piece.cell) ?? []) {
    if (suppressor.e.at.getTime() < piece.e.at.getTime()) continue;
    factors.push([suppressor.key, 1 - SUPPRESSION[kind] * quartic(rings, SUPPRESSOR_RINGS[kind])]);
  }
  const kept = factors.reduce((k, [, f]) => k * f, piece.weight);
  const logs = factors.map(([, f]) => -Math.log(f));
  const totalLog = logs.reduce((s, l) => s + l, 0);
  factors.forEach(([key], i) => {
    if (totalLog > 0)
      piece.takenBy.set(key, (piece.takenBy.get(key) ?? 0) + ((piece.weight - kept) * logs[i]!) / totalLog);
  });
  return { ...piece, kept };
}

/**
 * Each piece's share of a cell's score: its weight under its group's kernel, saturated and divided like the
 * group's surface, and what each suppressor took (negative); they sum to the score. Pieces that reached only the
 * cells folded into the lead follow with weight 0: they are part of the hot spot, not of this cell's score.
 */
function contributions(
  cell: string,
  factor: number,
  folded: readonly string[],
  reach: Map<string, [Weighed, number][]>,
  surface: Map<string, Map<EvidenceGroup, number>>,
  baseline: Map<string, number>,
  kindOf: Map<string, EvidenceInput>,
): Lead['evidence'] {
  const totals = new Map<string, number>();
  const groups = surface.get(cell) ?? new Map<EvidenceGroup, number>();
  const activity = baseline.get(cell) ?? 0;
  for (const [w, p] of reach.get(cell) ?? []) {
    const k =
      factor * p * w.scale * relative(w.explained, activity) * saturation(groups.get(groupOf(w.e)) ?? 0);
    if (k <= 0) continue;
    totals.set(w.key, (totals.get(w.key) ?? 0) + w.weight * k);
    for (const [by, taken] of w.takenBy) totals.set(by, (totals.get(by) ?? 0) - taken * k);
  }
  const sorted = [...totals]
    .filter(([, weight]) => Math.abs(weight) > EPSILON)
    .sort(([a, wa], [b, wb]) => Math.abs(wb) - Math.abs(wa) || compareCodeUnits(a, b));
  const cited = sorted.slice(0, MAX_CITED);
  // A positive score has a positive piece behind it; cite it even when suppressors fill the list.
  const positive = sorted.find(([, w]) => w > 0);
  if (positive && !cited.some(([, w]) => w > 0)) cited.push(positive);
  const alongside = new Set<string>();
  for (const other of folded)
    for (const [w] of reach.get(other) ?? []) if (w.kept > 0 && !totals.has(w.key)) alongside.add(w.key);
  const rest = [...alongside]
    .sort(compareCodeUnits)
    .slice(0, Math.max(0, MAX_CITED - cited.length))
    .map((key): [string, number] => [key, 0]);
  return [...cited, ...rest].map(([key, weight]) => ({
    kind: kindOf.get(key)!.kind,
    id: kindOf.get(key)!.id,
    weight: round(weight),
  }));
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

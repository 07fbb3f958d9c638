/**
 * Evidence fused into ranked leads on the H3 grid (docs/LEADS.md). Pure: the same evidence, in any order, gives
 * the same leads. Steps: (1) keep what is known at `asOf`; (2) weigh each positive piece (kind, grading,
 * indicators, decay); (3) discount it by every suppressor at or after its instant within the suppressor's
 * rings — a search that found nothing, a dismantled or found lab explains the evidence before it; (4) spread
 * what is left over the quartic kernel; (5) a cell's score is its kernel sum, ranked best first, with its
 * Gi* z and permutation p, and every piece that contributed to it.
 */
import { LEAD_RESOLUTION, leadIdOf, type EvidenceInput, type FuseOptions, type Lead } from './model.ts';
import { baseWeight, decay, suppressorOf, SUPPRESSION, type Suppressor } from './weights.ts';
import { areaKm2, cellOf, centreOf, disk, kernelWeights, quartic, studyCells } from './grid.ts';
import { gridDisk } from 'h3-js';
import { significance } from './significance.ts';
import { compareCodeUnits } from '../shared/compare.ts';

/** The kernel's radius in rings for positive evidence (res 7: ≈ 5 km) and for each suppressor. */
export const EVIDENCE_RINGS = 2;
const SUPPRESSOR_RINGS: Record<Suppressor, number> = {
  site_searched_negative: 1,
  nothing_found: 1,
  lab_dismantled: EVIDENCE_RINGS,
  found: EVIDENCE_RINGS,
};
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
  /** Weight after suppression. */
  kept: number;
  /** The share of `kept` its cell holds once its family's repeats in the cell saturate (1 for a lone piece). */
  share?: number;
}

/**
 * Independent sources converging on a cell say more than one source repeating itself: the custody trail (a
 * consignment and its findings at one place are one observation), incidents and field reports each add at most
 * SATURATION to a cell, through SATURATION·(1 − e^(−sum/SATURATION)) — ≈ the sum for one piece, a ceiling for many.
 */
const SATURATION = 3;
const FAMILY = {
  consignment: 'custody',
  finding: 'custody',
  incident: 'incident',
  field_report: 'field_report',
  outcome: 'outcome',
} as const;

function saturate(pieces: Weighed[]): void {
  const sums = new Map<string, number>();
  for (const w of pieces) sums.set(FAMILY[w.e.kind], (sums.get(FAMILY[w.e.kind]) ?? 0) + w.kept);
  for (const w of pieces) {
    const sum = sums.get(FAMILY[w.e.kind])!;
    w.share = sum > 0 ? (SATURATION * (1 - Math.exp(-sum / SATURATION))) / sum : 1;
  }
}

const valueOf = (pieces: readonly Weighed[]): number =>
  pieces.reduce((s, w) => s + w.kept * (w.share ?? 1), 0);

/**
 * One hot spot should not fill the list: cells whose score is the highest of their ring (ties to the lower cell)
 * come first, best first, then the rest, best first.
 */
function peaksFirst(scores: Map<string, number>): [string, number][] {
  const positive = [...scores].filter(([, score]) => score > EPSILON);
  const isPeak = ([cell, score]: [string, number]) =>
    gridDisk(cell, 1).every((n) => {
      const other = scores.get(n) ?? 0;
      return n === cell || other < score || (other === score && compareCodeUnits(cell, n) < 0);
    });
  const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || compareCodeUnits(a[0], b[0]);
  const peaks = positive.filter(isPeak);
  const peakSet = new Set(peaks.map(([cell]) => cell));
  return [...peaks.sort(order), ...positive.filter(([cell]) => !peakSet.has(cell)).sort(order)];
}

const keyOf = (e: EvidenceInput): string => `${e.kind}\u0000${e.id}`;
const sortKey = (e: EvidenceInput): string =>
  `${keyOf(e)}\u0000${e.at.toISOString()}\u0000${e.lat}\u0000${e.lon}\u0000${JSON.stringify(e)}`;

export function fuseLeads(evidence: readonly EvidenceInput[], options: FuseOptions): Lead[] {
  const resolution = options.resolution ?? LEAD_RESOLUTION;
  const asOf = options.asOf.getTime();
  const known: Placed[] = evidence
    .filter((e) => e.at.getTime() <= asOf)
    .map((e) => ({ e, key: keyOf(e), cell: cellOf(e, resolution), sort: sortKey(e) }))
    .sort((a, b) => compareCodeUnits(a.sort, b.sort));

  const suppressorsByCell = indexSuppressors(known);
  const weighed: Weighed[] = [];
  for (const placed of known) {
    if (suppressorOf(placed.e) !== null) continue;
    const weight = baseWeight(placed.e) * decay(placed.e, options.asOf);
    if (weight <= 0) continue;
    weighed.push(suppress({ ...placed, weight, takenBy: new Map(), kept: weight }, suppressorsByCell));
  }

  const byCell = new Map<string, Weighed[]>();
  for (const w of weighed) pushTo(byCell, w.cell, w);
  for (const pieces of byCell.values()) saturate(pieces);
  const scores = new Map<string, number>();
  for (const [cell, pieces] of byCell) {
    const value = valueOf(pieces);
    for (const { cell: around, rings } of disk(cell, EVIDENCE_RINGS))
      scores.set(around, (scores.get(around) ?? 0) + value * quartic(rings, EVIDENCE_RINGS));
  }

  const ranked = peaksFirst(scores).slice(0, options.limit ?? Infinity);
  const cellValues = [...byCell.values()].map(valueOf).filter((v) => v > 0);
  const test = significance(cellValues, studyCells(resolution), kernelWeights(EVIDENCE_RINGS));
  const sources = new Map(known.map((p) => [p.key, p.e]));
  const wanted =
    options.cell === undefined
      ? ranked.map((r, i) => [r, i] as const)
      : ranked.flatMap((r, i) => (r[0] === options.cell ? [[r, i] as const] : []));
  return wanted.map(([[cell, score], i]) => {
    const z = test.z(score);
    return {
      leadId: leadIdOf(cell),
      rank: i + 1,
      score: round(score),
      cell,
      ...centreOf(cell),
      areaKm2: round(areaKm2(cell)),
      evidence: contributions(cell, byCell, sources),
      ...(z === undefined ? {} : { z: round(z) }),
      p: test.p(score),
    };
  });
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

/** Each piece's share of a cell's score: its weight under the kernel, and what each suppressor took (negative). */
function contributions(
  cell: string,
  byCell: Map<string, Weighed[]>,
  kindOf: Map<string, EvidenceInput>,
): Lead['evidence'] {
  const totals = new Map<string, number>();
  for (const { cell: source, rings } of disk(cell, EVIDENCE_RINGS)) {
    const k = quartic(rings, EVIDENCE_RINGS);
    for (const w of byCell.get(source) ?? []) {
      const kw = k * (w.share ?? 1);
      totals.set(w.key, (totals.get(w.key) ?? 0) + w.weight * kw);
      for (const [by, taken] of w.takenBy) totals.set(by, (totals.get(by) ?? 0) - taken * kw);
    }
  }
  const sorted = [...totals]
    .filter(([, weight]) => Math.abs(weight) > EPSILON)
    .sort(([a, wa], [b, wb]) => Math.abs(wb) - Math.abs(wa) || compareCodeUnits(a, b));
  const cited = sorted.slice(0, MAX_CITED);
  // A positive score has a positive piece behind it; cite it even when suppressors fill the list.
  const positive = sorted.find(([, w]) => w > 0);
  if (positive && !cited.some(([, w]) => w > 0)) cited.push(positive);
  return cited.map(([key, weight]) => ({
    kind: kindOf.get(key)!.kind,
    id: kindOf.get(key)!.id,
    weight: round(weight),
  }));
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

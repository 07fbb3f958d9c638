/**
 * Which diversion a consignment really suffers, chosen at a low rate (front companies far more often)
 * and with a clear signal, far from the noise: quantity lost 6–30 % (scales drift < 0.5 %), a detour
 * of at least 80 km off the direct line (normal roads bend < 15 km), a stop of 14–40 h at an
 * unlicensed place (normal stops < 2 h), a silence of 26–72 h on the road (normal pings < 2 h apart),
 * a split between the destination and a bodega, trans-shipment to a foreign port, or receipt at a
 * bodega instead of the permitted site.
 */
import type { ConsignmentPlan } from './consignments.ts';
import { WeightedPicker, type Random } from './random.ts';

export type PhysicalDiversion =
  | 'quantity_loss'
  | 'route_deviation'
  | 'dwell'
  | 'tracking_gap'
  | 'split'
  | 'transshipment'
  | 'divert_receipt';

export const PHYSICAL_DIVERSIONS: PhysicalDiversion[] = [
  'quantity_loss',
  'route_deviation',
  'dwell',
  'tracking_gap',
  'split',
  'transshipment',
  'divert_receipt',
];

export interface DiversionPlan {
  kinds: Set<PhysicalDiversion>;
  lostFraction: number;
  dwellHours: number;
  gapHours: number;
  /** Share of the goods the destination receives in a split. */
  splitShare: number;
  /** Scale (1–1.6) of the sideways detour; movements.ts sizes it to the trip. */
  detourScale: number;
  foreignPortIndex: number;
}

const LEGIT_WEIGHTS = {
  quantity_loss: 3,
  tracking_gap: 3,
  dwell: 2,
  route_deviation: 2,
  split: 1,
  transshipment: 0.5,
  divert_receipt: 1,
};
const FRONT_WEIGHTS = {
  quantity_loss: 2,
  tracking_gap: 2,
  dwell: 3,
  route_deviation: 3,
  split: 3,
  transshipment: 2,
  divert_receipt: 1,
};
const pickers = {
  legit: new WeightedPicker(
    Object.entries(LEGIT_WEIGHTS).map(([value, weight]) => ({ value: value as PhysicalDiversion, weight })),
  ),
  front: new WeightedPicker(
    Object.entries(FRONT_WEIGHTS).map(([value, weight]) => ({ value: value as PhysicalDiversion, weight })),
  ),
};

/** Diversions that can be combined with a first one (trans-shipment ends the journey at the port). */
const COMBINABLE: PhysicalDiversion[] = ['quantity_loss', 'route_deviation', 'dwell', 'tracking_gap'];

/** Receipt at a bodega only matters when a permit names the site; otherwise it is not a finding. */
function applicable(kind: PhysicalDiversion, plan: ConsignmentPlan): boolean {
  if (kind !== 'divert_receipt') return true;
  return plan.lines.some((l) => l.permitRequired && l.permit && l.permitFindings.length === 0);
}

export interface DiversionState {
  /** Diverted consignments so far: the first few cycle through every kind, so even a small world has each. */
  diverted: number;
  /** Kinds skipped because the consignment could not have them; the next one that can, gets them. */
  owed: Set<PhysicalDiversion>;
}

export function newDiversionState(): DiversionState {
  return { diverted: 0, owed: new Set() };
}

export function planDiversion(
  plan: ConsignmentPlan,
  state: DiversionState,
  random: Random,
): DiversionPlan | null {
  const rate = plan.front ? 0.4 : 0.01;
  const diverted = random.chance(rate);
  const owed = [...state.owed].find((kind) => applicable(kind, plan));
  if (!diverted && !owed) return null;
  const picker = plan.front ? pickers.front : pickers.legit;
  let first: PhysicalDiversion =
    owed ??
    (state.diverted < PHYSICAL_DIVERSIONS.length * 2
      ? (PHYSICAL_DIVERSIONS[state.diverted % PHYSICAL_DIVERSIONS.length] as PhysicalDiversion)
      : picker.pick(random));
  if (!applicable(first, plan)) state.owed.add(first);
  for (let attempt = 0; !applicable(first, plan) && attempt < 20; attempt++) first = picker.pick(random);
  if (!applicable(first, plan)) return null;
  state.owed.delete(first);
  state.diverted++;
  const kinds = new Set<PhysicalDiversion>([first]);
  if (first !== 'transshipment' && random.chance(0.2)) kinds.add(random.pick(COMBINABLE));
  return {
    kinds,
    lostFraction: random.between(0.06, 0.3),
    dwellHours: random.between(14, 40),
    gapHours: random.between(26, 72),
    splitShare: random.between(0.35, 0.75),
    detourScale: random.between(1, 1.6),
    foreignPortIndex: random.int(0, 1_000),
  };
}

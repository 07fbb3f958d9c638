/**
 * quantity_loss: what is finally held (the sum of what each receiving place received, or the last
 * weighing when not received) is short of the reference (declared total, else first weighing) by
 * more than the tolerance. Weighing noise (±0.5 %) stays under the default 2 %.
 */
import { RECEIVING_STEPS } from '../consignment.ts';
import type { CustodyEvent } from '../model.ts';
import { finding, kg, type Detector } from './common.ts';

export const detectQuantityLoss: Detector = (facts, thresholds) => {
  // A zero or negative weight is a data error, not a weighing: it proves nothing either way.
  const weighed = facts.events.filter(
    (e): e is CustodyEvent & { quantityKg: number } => e.quantityKg !== null && e.quantityKg > 0,
  );
  if (weighed.length === 0) return [];
  const declared = facts.lines.reduce((sum, line) => sum + Math.max(0, line.quantityKg), 0);
  const reference = declared > 0 ? declared : weighed[0]!.quantityKg;
  const received = weighed.filter((e) => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep));
  const finalEvents = received.length > 0 ? latestPerPlace(received) : [weighed.at(-1)!];
  const held = finalEvents.reduce((sum, e) => sum + e.quantityKg, 0);
  const loss = reference - held;
  if (loss <= reference * thresholds.quantityLossTolerance) return [];
  const share = loss / reference;
  const evidence = [...new Set([weighed[0]!.eventId, ...finalEvents.map((e) => e.eventId)])];
  return [
    finding(
      facts,
      'quantity_loss',
      share >= 0.1 ? 'high' : 'medium',
      evidence,
      `${kg(loss)} (${(share * 100).toFixed(1)} %) missing: ${kg(reference)} declared or first weighed, ${kg(held)} finally held.`,
      `Faltan ${kg(loss)} (${(share * 100).toFixed(1)} %): ${kg(reference)} declarados o pesados primero, ${kg(held)} en destino final.`,
    ),
  ];
};

function latestPerPlace<E extends CustodyEvent>(events: E[]): E[] {
  const byPlace = new Map<string, E>();
  for (const event of events) byPlace.set(event.placeId ?? `${event.lat},${event.lon}`, event);
  return [...byPlace.values()];
}

/**
 * quantity_loss: a container holds less at the end of its inland leg than when it was first weighed there,
 * beyond what its scales' own noise explains; or, summed over the containers of the bill, the goods finally
 * held fall short. What a container finally holds is the sum of what each place received of it (its latest
 * weighing there), else its last weighing; its reference is its first weighing at or after discharge (the
 * declared total when a single container was weighed only at receipt).
 * Tolerance: `quantityLossTolerance`, widened to four times the largest disagreement between a container's
 * weighings before receipt (noisy scales), up to 5 %. Ignored: zero or negative weights (data errors),
 * containers never weighed, and weighings abroad before discharge.
 */
import type { CustodyEvent } from '../model.ts';
import { finding, kg, type Detector } from './common.ts';
import { isReceipt, tracksOf } from './journey.ts';

type Weighed = CustodyEvent & { quantityKg: number };
const MAX_TOLERANCE = 0.05;

export const detectQuantityLoss: Detector = (facts, thresholds) => {
  const tracks = tracksOf(facts);
  const declared = facts.lines.reduce((sum, line) => sum + Math.max(0, line.quantityKg), 0);
  let reference = 0;
  let held = 0;
  let noise = 0;
  const evidence: string[] = [];
  const containersShort: string[] = [];
  const perTrack: { reference: number; held: number; unit: string }[] = [];
  for (const track of tracks) {
    const weighed = track.inland.filter((e): e is Weighed => e.quantityKg !== null && e.quantityKg > 0);
    if (weighed.length === 0) continue;
    const received = weighed.filter(isReceipt);
    const beforeReceipt = weighed.filter((e) => !isReceipt(e));
    const final = received.length > 0 ? latestPerPlace(received) : [weighed.at(-1)!];
    const first = beforeReceipt[0];
    const ref = first ? first.quantityKg : tracks.length === 1 && declared > 0 ? declared : null;
    if (ref === null) continue;
    if (beforeReceipt.length >= 2) {
      const values = beforeReceipt.map((e) => e.quantityKg);
      noise = Math.max(noise, (Math.max(...values) - Math.min(...values)) / Math.max(...values));
    }
    const finalKg = final.reduce((sum, e) => sum + e.quantityKg, 0);
    perTrack.push({ reference: ref, held: finalKg, unit: track.unit });
    reference += ref;
    held += finalKg;
    evidence.push(...(first ? [first.eventId] : []), ...final.map((e) => e.eventId));
  }
  if (reference === 0) return [];
  const tolerance = Math.max(thresholds.quantityLossTolerance, Math.min(MAX_TOLERANCE, 4 * noise));
  for (const t of perTrack) if (t.reference - t.held > t.reference * tolerance) containersShort.push(t.unit);
  const loss = reference - held;
  if (loss <= reference * tolerance && containersShort.length === 0) return [];
  const which =
    tracks.length > 1 && containersShort.length > 0
      ? {
          en: ` (container ${containersShort.join(', ')})`,
          es: ` (contenedor ${containersShort.join(', ')})`,
        }
      : { en: '', es: '' };
  const shortKg = perTrack
    .filter((t) => containersShort.includes(t.unit))
    .reduce((sum, t) => sum + (t.reference - t.held), 0);
  const missing = Math.max(loss, shortKg);
  return [
    finding(
      facts,
      'quantity_loss',
      missing / reference >= 0.1 ? 'high' : 'medium',
      [...new Set(evidence)],
      `${kg(missing)} (${((missing / reference) * 100).toFixed(1)} %) missing${which.en}: ${kg(reference)} first weighed after discharge (or declared), ${kg(held)} finally held; scales here agree within ${(tolerance * 100).toFixed(1)} %.`,
      `Faltan ${kg(missing)} (${((missing / reference) * 100).toFixed(1)} %)${which.es}: ${kg(reference)} pesados tras la descarga (o declarados), ${kg(held)} en destino final; aquí las básculas coinciden dentro del ${(tolerance * 100).toFixed(1)} %.`,
    ),
  ];
};

function latestPerPlace<E extends CustodyEvent>(events: E[]): E[] {
  const byPlace = new Map<string, E>();
  for (const event of events) byPlace.set(event.placeId ?? `${event.lat},${event.lon}`, event);
  return [...byPlace.values()];
}

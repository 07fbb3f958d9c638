/** split: the quantity ends in more than one place (receipts at two or more distinct places). */
import { RECEIVING_STEPS, samePlace } from '../consignment.ts';
import type { CustodyEvent } from '../model.ts';
import { finding, type Detector } from './common.ts';

export const detectSplit: Detector = (facts, thresholds) => {
  const receipts = facts.events.filter((e) => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep));
  const distinct: CustodyEvent[] = [];
  for (const receipt of receipts) {
    if (!distinct.some((d) => samePlace(d, receipt, thresholds))) distinct.push(receipt);
  }
  if (distinct.length < 2) return [];
  const where = distinct.map((e) => e.placeId ?? `${e.lat},${e.lon}`).join('; ');
  return [
    finding(
      facts,
      'split',
      'high',
      distinct.map((e) => e.eventId),
      `The consignment ended in ${distinct.length} places: ${where}.`,
      `El envío terminó en ${distinct.length} lugares: ${where}.`,
    ),
  ];
};

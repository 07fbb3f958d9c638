/**
 * split: the goods of one bill of lading end in more than one place — receipts, by any of its containers,
 * at two or more distinct places (different registered places, or positions farther apart than the jitter
 * radius). Containers of one bill received at one place, or one receipt reported twice, are not a split.
 */
import { samePlace } from '../consignment.ts';
import type { CustodyEvent } from '../model.ts';
import { finding, placeName, type Detector } from './common.ts';
import { tracksOf } from './journey.ts';

export const detectSplit: Detector = (facts, thresholds) => {
  const receipts = tracksOf(facts).flatMap((t) => t.receipts);
  const distinct: CustodyEvent[] = [];
  for (const receipt of receipts) {
    if (!distinct.some((d) => samePlace(d, receipt, thresholds))) distinct.push(receipt);
  }
  if (distinct.length < 2) return [];
  const where = (lang: 'en' | 'es') => distinct.map((e) => placeName(e, facts, lang)).join('; ');
  return [
    finding(
      facts,
      'split',
      'high',
      distinct.map((e) => e.eventId),
      `The consignment ended in ${distinct.length} places: ${where('en')}.`,
      `El envío terminó en ${distinct.length} lugares: ${where('es')}.`,
    ),
  ];
};

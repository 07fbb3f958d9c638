import type { Marking } from '../api/types.ts';

/**
 * A report is a draft while only its owner agency may read it (TLP:RED, no recipient, no nation but its own);
 * once its owner widens the marking it is released, to the nations it names.
 */
export function releasedTo(marking: Marking, ownNation: string): string[] | null {
  const others = marking.releasableTo.filter((nation) => nation !== ownNation);
  const draft = marking.tlp === 'red' && marking.recipients.length === 0 && others.length === 0;
  return draft ? null : marking.releasableTo;
}

/** The marking a new report is written under: its owner agency alone reads the draft. */
export const draftMarking = (ownNation: string) => ({
  tlp: 'red' as const,
  releasableTo: [ownNation],
  recipients: [],
});

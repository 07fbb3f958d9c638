/**
 * What an analyst types in the queue's substance filter ("piperidina", "4-AP", "110-89-4") read against the
 * control list: the ids of every listed substance whose CAS number, id, name or synonym it names. Pure.
 */
import type { ControlList } from './control-list.ts';
import { normaliseText } from './normalize.ts';

const CAS_SHAPE = /^\d{2,7}-\d{2}-\d$/;

export function substancesMatching(list: ControlList, text: string): string[] {
  const typed = text.trim();
  if (CAS_SHAPE.test(typed)) {
    const found = list.findByCas(typed);
    return found ? [found.substance.id] : [];
  }
  const query = normaliseText(typed);
  if (query === '') return [];
  const exact = new Set<string>();
  const containing = new Set<string>();
  for (const substance of list.file.substances) {
    const names = [substance.id, substance.name.en, substance.name.es, ...substance.synonyms].map(
      normaliseText,
    );
    if (names.includes(query)) exact.add(substance.id);
    // Whole words of a name: "piperidona" finds the piperidones, not "piperidina".
    else if (names.some((name) => ` ${name} `.includes(` ${query} `))) containing.add(substance.id);
  }
  // A name typed in full means that substance ("piperidina" is piperidine, not every 4-anilinopiperidina).
  return [...(exact.size > 0 ? exact : containing)];
}

/** A listed substance's name in both languages, for views that show the id. */
export function substanceName(list: ControlList, id: string | null): { en: string; es: string } | null {
  if (!id) return null;
  return list.byId.get(id)?.name ?? null;
}

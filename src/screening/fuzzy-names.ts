/**
 * Whole-name fuzzy matching: a window of description words, written together without spaces, against
 * a listed name written the same way, within an edit budget that grows with the name's length
 * (2 edits from 10 letters, 1 from 7, none below). It catches what the per-word corrections of
 * `name-index.ts` cannot: two typing errors spread over a long name ("acido clorhhidrico",
 * "metil etil cetona" with both words misspelt), two errors in a 10-letter word ("piipeeridona") and
 * words split or joined by punctuation ("4 oxo piperidine" for "4-oxopiperidine").
 *
 * Candidates come from a trigram index (an edit destroys at most three trigrams); distances from
 * fastest-levenshtein. Guards against new false positives, each one a way one chemical is written
 * like another: the first letter and every digit (locants) must be as in the name, a window that is
 * the name with letters added at an end is another chemical ("dimethylamine"), and a window at least
 * as close to a benign word or phrase ("piperazina", "acetato de sodio") is that benign thing, and a
 * window made only of known words ("3-piperidona") is not misspelt at all.
 */
import { distance } from 'fastest-levenshtein';
import type { NameEntry } from './name-index.ts';

export interface FuzzyMatch {
  substanceId: string;
  name: string;
  start: number;
  end: number;
  edits: number;
  /** Letters of the listed name matched. */
  length: number;
}

interface Target {
  substanceId: string;
  name: string;
  compact: string;
  digits: string;
  budget: number;
  trigrams: number;
}

const STOP_WORDS = new Set('de del of the la el los las y and'.split(' '));

/** Longest window tried, in words. */
const MAX_WINDOW = 16;

export function editBudget(compact: string): number {
  const letters = compact.replace(/[^a-z]/g, '').length;
  return letters >= 10 ? 2 : letters >= 7 ? 1 : 0;
}

function trigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) out.add(text.slice(i, i + 3));
  return out;
}

/** Letters added at an end make another chemical ("dimethylamine"), unless a letter was doubled ("ammoniaa"). */
function extendsAtAnEnd(a: string, b: string): boolean {
  if (a.length === b.length) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  const doubled = long.length === short.length + 1 && (long.at(-1) === long.at(-2) || long[0] === long[1]);
  return !doubled && (long.startsWith(short) || long.endsWith(short));
}

/**
 * Edit distance where a swap of two neighbouring characters counts as one edit (optimal string
 * alignment). Only called when plain Levenshtein (fastest-levenshtein) is over the budget.
 */
export function swapAwareDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] as number;
}

const digitsOf = (text: string): string => text.replace(/[^0-9]/g, '');

export class FuzzyNames {
  private readonly targets: Target[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  private readonly benign: string[];
  /** Every word of a listed or benign name: a window of known words only is not misspelt. */
  private readonly vocabulary = new Set<string>();

  /** `entries` as tokenised by the name index (salt words removed); `benign` words and phrases, tokenised. */
  constructor(entries: readonly (NameEntry & { tokens: string[] })[], benign: readonly string[][]) {
    const seen = new Set<string>();
    for (const words of [...entries.map((e) => e.tokens), ...benign])
      for (const w of words) this.vocabulary.add(w);
    for (const entry of entries) {
      // "clorhidrato de metilamina" without its salt word is "de metilamina": the name is "metilamina".
      const tokens = [...entry.tokens];
      while (tokens.length > 1 && STOP_WORDS.has(tokens[0] as string)) tokens.shift();
      while (tokens.length > 1 && STOP_WORDS.has(tokens.at(-1) as string)) tokens.pop();
      const compact = tokens.join('');
      const key = `${entry.substanceId}|${compact}`;
      if (seen.has(key) || compact.length < 3) continue;
      seen.add(key);
      const grams = trigramsOf(compact);
      const index = this.targets.length;
      this.targets.push({
        substanceId: entry.substanceId,
        name: entry.name,
        compact,
        digits: digitsOf(compact),
        budget: editBudget(compact),
        trigrams: grams.size,
      });
      for (const g of grams) {
        const list = this.byTrigram.get(g) ?? [];
        list.push(index);
        this.byTrigram.set(g, list);
      }
    }
    this.benign = benign.map((tokens) => tokens.join('')).filter((b) => b.length >= 4);
  }

  /** The best whole-name match at each place in the text, non-overlapping, longest windows first. */
  find(tokens: readonly string[]): FuzzyMatch[] {
    const text = tokens.join('');
    const shared = new Map<number, number>();
    for (const g of trigramsOf(text))
      for (const t of this.byTrigram.get(g) ?? []) shared.set(t, (shared.get(t) ?? 0) + 1);
    const found: FuzzyMatch[] = [];
    for (const [t, count] of shared) {
      const target = this.targets[t] as Target;
      // An edit destroys at most three trigrams, a swap four.
      if (count < target.trigrams - 4 * target.budget) continue;
      const best = this.bestWindow(tokens, target);
      if (best) found.push(best);
    }
    // The longest name first, then the fewest edits: "bmk methyll gkycidate" is the glycidate, not BMK.
    found.sort((a, b) => b.length - a.length || a.edits - b.edits);
    const kept: FuzzyMatch[] = [];
    for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  }

  private bestWindow(tokens: readonly string[], target: Target): FuzzyMatch | undefined {
    let best: FuzzyMatch | undefined;
    for (let start = 0; start < tokens.length; start++) {
      if (tokens[start]?.[0] !== target.compact[0]) continue;
      let window = '';
      let misspelt = false;
      for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_WINDOW); end++) {
        const token = tokens[end - 1] as string;
        window += token;
        misspelt ||= !/^\d+$/.test(token) && !this.vocabulary.has(token);
        if (window.length > target.compact.length + target.budget) break;
        if (window.length < target.compact.length - target.budget) continue;
        if (digitsOf(window) !== target.digits || extendsAtAnEnd(window, target.compact)) continue;
        const plain = distance(window, target.compact);
        // A swap of neighbouring letters is one typing error (Levenshtein counts two).
        const d =
          plain > target.budget && plain <= 2 * target.budget
            ? swapAwareDistance(window, target.compact)
            : plain;
        if (d > target.budget || (best && best.edits <= d) || (d > 0 && !misspelt)) continue;
        if (this.benign.some((b) => distance(window, b) <= d)) continue;
        best = {
          substanceId: target.substanceId,
          name: target.name,
          start,
          end,
          edits: d,
          length: target.compact.length,
        };
      }
    }
    return best;
  }
}

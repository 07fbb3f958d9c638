/**
 * Finds substance names and synonyms inside free-text goods descriptions.
 *
 * A token n-gram index (first token → names starting with it), so the cost per line is
 * proportional to its tokens, not to the number of names. Before the scan, unknown tokens are corrected to
 * vocabulary tokens through a deletion-neighbourhood index (SymSpell style) and verified with
 * Levenshtein distance; only long tokens are corrected (1 edit from 6 characters, 2 from 10) and
 * tokens that are known benign chemistry words are never corrected (ethylamine is not methylamine).
 */
import { distance } from 'fastest-levenshtein';
import { nameTokens, SALT_AND_FORM_WORDS, tokenise } from './normalize.ts';

export interface NameEntry {
  substanceId: string;
  /** The name or synonym as written in the control list. */
  name: string;
}

export interface NameMatch extends NameEntry {
  /** The words of the description that matched, as normalised. */
  matched: string;
  /** Total edits needed to correct the matched words (0 for an exact match). */
  edits: number;
  tokenCount: number;
}

interface IndexedName extends NameEntry {
  tokens: string[];
}

const MIN_TOKEN_FOR_ONE_EDIT = 6;
const MIN_TOKEN_FOR_TWO_EDITS = 10;

function allowedEdits(token: string): number {
  if (/^\d+$/.test(token)) return 0;
  if (token.length >= MIN_TOKEN_FOR_TWO_EDITS) return 2;
  if (token.length >= MIN_TOKEN_FOR_ONE_EDIT) return 1;
  return 0;
}

function deletions(token: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < token.length; i++) {
    const shorter = token.slice(0, i) + token.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

export class NameIndex {
  private readonly byFirstToken = new Map<string, IndexedName[]>();
  private readonly vocabulary = new Set<string>();
  private readonly deletionIndex = new Map<string, string[]>();
  private readonly benign: ReadonlySet<string>;

  constructor(entries: readonly NameEntry[], benignVocabulary: readonly string[] = []) {
    this.benign = new Set(benignVocabulary.flatMap((word) => tokenise(word)));
    const seen = new Set<string>();
    for (const entry of entries) {
      const tokens = nameTokens(entry.name);
      const key = `${entry.substanceId}|${tokens.join(' ')}`;
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const first = tokens[0] as string;
      const list = this.byFirstToken.get(first) ?? [];
      list.push({ ...entry, tokens });
      this.byFirstToken.set(first, list);
      for (const token of tokens) this.vocabulary.add(token);
    }
    // Longest names first, so that "N-phenethyl-4-piperidone" wins over "4-piperidone".
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const token of this.vocabulary) {
      const variants = new Set<string>([token]);
      deletions(token, allowedEdits(token), variants);
      for (const variant of variants) {
        const list = this.deletionIndex.get(variant) ?? [];
        list.push(token);
        this.deletionIndex.set(variant, list);
      }
    }
  }

  /** Every name found in the text, longest first at each position; matches do not overlap. */
  find(text: string): NameMatch[] {
    const tokens = tokenise(text);
    const corrected: string[] = [];
    const edits: number[] = [];
    for (const token of tokens) {
      const fix = this.correct(token);
      corrected.push(fix?.token ?? token);
      edits.push(fix?.edits ?? 0);
    }
    return this.scan(tokens, corrected, edits);
  }

  private scan(original: string[], tokens: string[], edits: number[]): NameMatch[] {
    const matches: NameMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const candidates = this.byFirstToken.get(tokens[i] as string);
      const hit = candidates?.find((name) => name.tokens.every((t, k) => tokens[i + k] === t));
      if (!hit) {
        i++;
        continue;
      }
      const span = hit.tokens.length;
      let spanEdits = 0;
      for (let k = i; k < i + span; k++) spanEdits += edits[k] ?? 0;
      // Salt words and bare numbers never carry a match on their own.
      const meaningful = hit.tokens.some((t) => !SALT_AND_FORM_WORDS.has(t) && !/^\d+$/.test(t));
      if (meaningful) {
        matches.push({
          substanceId: hit.substanceId,
          name: hit.name,
          matched: original.slice(i, i + span).join(' '),
          edits: spanEdits,
          tokenCount: span,
        });
      }
      i += span;
    }
    return matches;
  }

  /** The vocabulary token nearest to an unknown token, within its edit allowance. */
  private correct(token: string): { token: string; edits: number } | undefined {
    if (this.vocabulary.has(token)) return { token, edits: 0 };
    const budget = allowedEdits(token);
    if (budget === 0 || this.benign.has(token)) return undefined;
    const variants = new Set<string>([token]);
    deletions(token, budget, variants);
    let best: { token: string; edits: number; lengthGap: number } | undefined;
    for (const variant of variants) {
      for (const candidate of this.deletionIndex.get(variant) ?? []) {
        const d = distance(token, candidate);
        if (d > Math.min(budget, allowedEdits(candidate))) continue;
        // Ties go to the candidate of the same length: a transposition ("piperidnoe") costs two
        // Levenshtein edits both to "piperidone" and to "piperidinone".
        const lengthGap = Math.abs(candidate.length - token.length);
        if (!best || d < best.edits || (d === best.edits && lengthGap < best.lengthGap))
          best = { token: candidate, edits: d, lengthGap };
      }
    }
    return best;
  }
}

/**
 * Finds substance names and synonyms inside free-text goods descriptions.
 *
 * A token n-gram index (first token → names starting with it), so the cost per line is
 * proportional to its tokens, not to the number of names. Before the scan, unknown tokens are corrected to
 * vocabulary tokens through a deletion-neighbourhood index (SymSpell style) and verified with
 * Levenshtein distance (a swap of two neighbouring letters counts as one edit); only long tokens
 * are corrected (1 edit from 7 characters, 2 from 12). Known benign chemistry words are never
 * corrected, nor is a word that is a vocabulary word with letters added or removed at either end
 * ("dimethylamine", "heptanol"): that makes another chemical, not a typo.
 */
import { distance } from 'fastest-levenshtein';
import { FuzzyNames, swapAwareDistance } from './fuzzy-names.ts';
import { nameTokens, SALT_AND_FORM_WORDS, tokenise, tokeniseWithJoins } from './normalize.ts';

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
  /** The name is glued into a longer chemical name ("1-benzyl-4-anilinopiperidine"): a derivative. */
  embedded: boolean;
}

/** A match with the words it spans, while matches are merged. */
interface Spanned extends NameMatch {
  start: number;
  end: number;
}

interface IndexedName extends NameEntry {
  tokens: string[];
}

const MIN_TOKEN_FOR_ONE_EDIT = 6;
const MIN_TOKEN_FOR_TWO_EDITS = 12;
const CORRECTION_CACHE_LIMIT = 100_000;

/** The vocabulary words nearest to a typed word (all of them on a tie: the context decides). */
interface Correction {
  tokens: string[];
  edits: number;
}
const SUBSTITUENT_PREFIXES = new Set('fluoro chloro bromo iodo nitro methoxy para ortho meta'.split(' '));
/** Words that join the parts of a name ("ácido glicídico de BMK", "anhydride of acetic acid"). */
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'of']);

/** The substance id of a benign phrase: matched to shadow a listed name, never reported. */
const BENIGN = '';

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

/**
 * One word is the other with letters added at the start or the end: another chemical
 * ("dimethylamine"/"methylamine", "heptanol"/"heptano"), not a typing error. A final vowel left off a long
 * name is a slip (and the German spelling: "methylamin", "ephedrin"), not another compound.
 */
function extendsAtAnEnd(a: string, b: string): boolean {
  if (a.length === b.length) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length === short.length + 1 && short.length >= 7 && /[aeo]$/.test(long) && long.startsWith(short))
    return false;
  return long.startsWith(short) || long.endsWith(short);
}

export class NameIndex {
  private readonly byFirstToken = new Map<string, IndexedName[]>();
  private readonly vocabulary = new Set<string>();
  private readonly deletionIndex = new Map<string, string[]>();
  private readonly benign: ReadonlySet<string>;
  /** Deletion neighbourhood (one deletion) of the short vocabulary words, for loose corrections. */
  private readonly looseIndex = new Map<string, string[]>();
  /** Corrections already worked out: descriptions repeat the same words line after line. */
  private readonly corrections = new Map<string, Correction | null>();
  private readonly fuzzy: FuzzyNames;

  /**
   * @param benignVocabulary words never corrected towards a listed name ("ethylamine")
   * @param benignPhrases phrases that contain a listed name but are something else ("petroleum ether"):
   *   they are matched like names, longest first, and then ignored.
   */
  constructor(
    entries: readonly NameEntry[],
    benignVocabulary: readonly string[] = [],
    benignPhrases: readonly string[] = [],
  ) {
    this.benign = new Set(benignVocabulary.flatMap((word) => tokenise(word)));
    entries = [...entries, ...benignPhrases.map((name) => ({ substanceId: BENIGN, name }))];
    const seen = new Set<string>();
    for (const entry of entries) {
      // Benign phrases keep every word: "éter sulfato" must not shrink to "éter".
      const full = entry.substanceId === BENIGN ? tokenise(entry.name) : nameTokens(entry.name);
      // Brokers drop the connecting word of a name: "ácido glicídico BMK" for "ácido glicídico de BMK".
      const connected = full.slice(1, -1).some((t) => CONNECTORS.has(t));
      const spellings =
        entry.substanceId !== BENIGN && connected
          ? [full, full.filter((t, i) => i === 0 || i === full.length - 1 || !CONNECTORS.has(t))]
          : [full];
      for (const tokens of spellings) {
        const key = `${entry.substanceId}|${tokens.join(' ')}`;
        if (tokens.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const first = tokens[0] as string;
        const list = this.byFirstToken.get(first) ?? [];
        list.push({ ...entry, tokens });
        this.byFirstToken.set(first, list);
        for (const token of tokens) this.vocabulary.add(token);
      }
    }
    this.fuzzy = new FuzzyNames(
      [...this.byFirstToken.values()].flat().filter((n) => n.substanceId !== BENIGN),
      [...benignVocabulary, ...benignPhrases].map((b) => tokenise(b)),
    );
    // Longest names first, so that "N-phenethyl-4-piperidone" wins over "4-piperidone".
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const token of this.vocabulary) {
      if (token.length >= 4 && token.length <= MIN_TOKEN_FOR_ONE_EDIT) {
        const short = new Set<string>([token]);
        deletions(token, 1, short);
        for (const variant of short)
          this.looseIndex.set(variant, [...(this.looseIndex.get(variant) ?? []), token]);
      }
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
    const { tokens, joinedBefore } = tokeniseWithJoins(text);
    const corrected: string[][] = [];
    const edits: number[] = [];
    const loose: (string | undefined)[] = [];
    for (const token of tokens) {
      const fix = this.correctCached(token);
      corrected.push(fix?.tokens ?? [token]);
      edits.push(fix?.edits ?? 0);
      loose.push(fix ? undefined : this.looseCorrection(token));
    }
    const scanned = this.scan(tokens, corrected, edits, joinedBefore, loose);
    return this.withWholeNameMatches(tokens, joinedBefore, scanned);
  }

  /**
   * Adds whole-name fuzzy matches (`fuzzy-names.ts`) where they cover more words than what the
   * word-by-word scan found there: "acetic acid anyride" is acetic anhydride, not acetic acid.
   */
  private withWholeNameMatches(tokens: string[], joinedBefore: boolean[], scanned: Spanned[]): NameMatch[] {
    const all = [...scanned];
    for (const f of this.fuzzy.find(tokens)) {
      const overlapping = all.filter((m) => f.start < m.end && m.start < f.end);
      if (overlapping.some((m) => m.end - m.start >= f.end - f.start)) continue;
      for (const m of overlapping) all.splice(all.indexOf(m), 1);
      all.push({
        substanceId: f.substanceId,
        name: f.name,
        matched: tokens.slice(f.start, f.end).join(' '),
        edits: f.edits,
        tokenCount: f.end - f.start,
        embedded: this.gluedToNeighbours(tokens, joinedBefore, f.start, f.end),
        start: f.start,
        end: f.end,
      });
    }
    return all.sort((a, b) => a.start - b.start).map(({ start: _start, end: _end, ...match }) => match);
  }

  /** A vocabulary word one edit from a short unknown word (4–5 letters), if there is exactly one. */
  private looseCorrection(token: string): string | undefined {
    if (
      token.length < 4 ||
      token.length >= MIN_TOKEN_FOR_ONE_EDIT ||
      this.benign.has(token) ||
      /\d/.test(token)
    )
      return undefined;
    const variants = new Set<string>([token]);
    deletions(token, 1, variants);
    const found = new Set<string>();
    for (const variant of variants)
      for (const candidate of this.looseIndex.get(variant) ?? [])
        if (!extendsAtAnEnd(token, candidate) && swapAwareDistance(token, candidate) <= 1)
          found.add(candidate);
    return found.size === 1 ? [...found][0] : undefined;
  }

  /**
   * Greedy longest-first scan. `loose[i]` is a one-edit correction of a short word (4–5 letters),
   * trusted only inside a multi-word name whose other words match exactly ("methyl ethyl ketine").
   */
  private scan(
    original: string[],
    tokens: string[][],
    edits: number[],
    joinedBefore: boolean[],
    loose: (string | undefined)[],
  ): Spanned[] {
    const matches: Spanned[] = [];
    let i = 0;
    while (i < tokens.length) {
      const hit = this.matchAt(tokens, edits, loose, i);
      if (!hit) {
        i++;
        continue;
      }
      const span = hit.name.tokens.length;
      let spanEdits = hit.looseUsed;
      for (let k = i; k < i + span; k++) spanEdits += edits[k] ?? 0;
      // Salt words and bare numbers never carry a match on their own.
      const meaningful = hit.name.tokens.some((t) => !SALT_AND_FORM_WORDS.has(t) && !/^\d+$/.test(t));
      if (meaningful && hit.name.substanceId !== BENIGN) {
        matches.push({
          substanceId: hit.name.substanceId,
          name: hit.name.name,
          matched: original.slice(i, i + span).join(' '),
          edits: spanEdits,
          tokenCount: span,
          embedded: this.gluedToNeighbours(original, joinedBefore, i, i + span),
          start: i,
          end: i + span,
        });
      }
      i += span;
    }
    return matches;
  }

  private matchAt(
    tokens: string[][],
    edits: number[],
    loose: (string | undefined)[],
    i: number,
  ): { name: IndexedName; looseUsed: number } | undefined {
    const firsts = [...(tokens[i] ?? []), ...(loose[i] ? [loose[i]] : [])];
    const candidates = firsts.flatMap((first) => this.byFirstToken.get(first) ?? []);
    candidates.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const name of candidates) {
      let looseUsed = 0;
      let longExact = false;
      const fits = name.tokens.every((t, k) => {
        if (tokens[i + k]?.includes(t)) {
          longExact ||= t.length >= 4 && edits[i + k] === 0;
          return true;
        }
        if (name.tokens.length >= 2 && loose[i + k] === t) {
          looseUsed++;
          return true;
        }
        return false;
      });
      if (fits && (looseUsed === 0 || (looseUsed === 1 && longExact))) return { name, looseUsed };
    }
    return undefined;
  }

  private gluedToNeighbours(tokens: string[], joinedBefore: boolean[], start: number, end: number): boolean {
    const before = tokens[start - 1];
    const after = tokens[end];
    const gluedLeft =
      joinedBefore[start] === true && before !== undefined && !SALT_AND_FORM_WORDS.has(before);
    const gluedRight =
      joinedBefore[end] === true &&
      after !== undefined &&
      !SALT_AND_FORM_WORDS.has(after) &&
      !/^\d+$/.test(after);
    // "para-fluoro ANPP": a substituent written before the name makes another compound.
    const substituted = before !== undefined && SUBSTITUENT_PREFIXES.has(before);
    return gluedLeft || gluedRight || substituted;
  }

  private correctCached(token: string): Correction | undefined {
    let fix = this.corrections.get(token);
    if (fix === undefined) {
      fix = this.correct(token) ?? null;
      if (this.corrections.size >= CORRECTION_CACHE_LIMIT) this.corrections.clear();
      this.corrections.set(token, fix);
    }
    return fix ?? undefined;
  }

  /** The vocabulary tokens nearest to an unknown token, within their edit allowance. */
  private correct(token: string): Correction | undefined {
    if (this.vocabulary.has(token)) return { tokens: [token], edits: 0 };
    // The typed word may have lost letters: search as far as the longer word it may come from allows.
    const budget = Math.max(allowedEdits(token), allowedEdits(token + '••'));
    if (budget === 0 || this.benign.has(token)) return undefined;
    const variants = new Set<string>([token]);
    deletions(token, budget, variants);
    const found = new Map<string, number>();
    for (const variant of variants) {
      for (const candidate of this.deletionIndex.get(variant) ?? []) {
        if (found.has(candidate) || extendsAtAnEnd(token, candidate)) continue;
        const limit = allowedEdits(candidate);
        const plain = distance(token, candidate);
        const d = plain <= limit ? plain : swapAwareDistance(token, candidate);
        if (d <= limit) found.set(candidate, d);
      }
    }
    if (found.size === 0) return undefined;
    const edits = Math.min(...found.values());
    // On a tie the candidate of the same length comes first; the scan tries them all in context.
    const tokens = [...found]
      .filter(([, d]) => d === edits)
      .map(([candidate]) => candidate)
      .sort(
        (a, b) => Math.abs(a.length - token.length) - Math.abs(b.length - token.length) || a.localeCompare(b),
      );
    return { tokens, edits };
  }
}

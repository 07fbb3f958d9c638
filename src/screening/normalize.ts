/**
 * Name normalisation for matching declared goods descriptions against substance names and synonyms,
 * in English and Spanish. Pure and idempotent: normaliseName(normaliseName(x)) === normaliseName(x).
 */

/**
 * Salt, hydrate and form words that do not change which controlled substance a line carries
 * (control extends to salts). "anhydride"/"anhídrido" are NOT here: they name different substances.
 */
export const SALT_AND_FORM_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'hydrochloride dihydrochloride monohydrochloride trihydrochloride hcl 2hcl hydrobromide hbr hydroiodide',
    'sulfate sulphate bisulfate hemisulfate citrate tartrate bitartrate oxalate fumarate maleate mesylate',
    'phosphate salt salts hydrate monohydrate dihydrate hemihydrate anhydrous freebase free base',
    // Spanish
    'clorhidrato diclorhidrato dicloridrato cloridrato monoclorhidrato hidrocloruro dihidrocloruro bromhidrato',
    'yodhidrato sulfato bisulfato citrato tartrato bitartrato oxalato fumarato maleato mesilato fosfato sal',
    'sales hidrato monohidrato dihidrato hemihidrato anhidro anhidra libre',
    // Formula of water in "HCl·H2O"
    'h2o',
  ]
    .join(' ')
    .split(' '),
);

/** Stereo descriptors: ephedrine is controlled whichever isomer is written. */
const STEREO_PATTERNS: readonly RegExp[] = [
  /\(\s*(?:\d*[rs]\*?\s*,?\s*)+\)/g, // (R), (1R,2S), (S*)
  /\(\s*(?:[+±−-]|[+]\s*\/\s*[-−]|rs|sr|dl|rac|e|z)\s*\)/g, // (+) (−) (±) (+/-) (RS) (E)
  /(?<![a-z0-9])(?:rac|dl|d|l|meso|cis|trans)-(?=[a-z(])/g, // rac-, dl-, d-, l-
];

/**
 * Spellings of one thing that nomenclature allows, written one way: protecting groups by their short
 * names, and a ketone's hydrate (gem-diol: "4,4-piperidinediol", "piperidine-4,4-diol",
 * "4,4-dihydroxypiperidine") as the ketone it is sold as ("4-piperidinone", "piperidin-4-one",
 * "4-oxopiperidine"). Applied to listed names and descriptions alike.
 */
const REWRITES: readonly [RegExp, string | ((...groups: string[]) => string)][] = [
  [/\b(?:tert|terc|t)[- ]?butox[iy][- ]?carbon[iy]l(?:o)?\b/g, 'boc'],
  [/\b(?:benzyloxy|benciloxi)[- ]?carbon[iy]l(?:o)?\b/g, 'cbz'],
  [/\b(\d+), ?\1[- ]?([a-z]+?)(e|a)diol\b/g, (_, n, stem, e) => `${n}-${stem}${e === 'a' ? 'ona' : 'one'}`],
  [/\b([a-z]+?)e?[- ](\d+), ?\2[- ]?diol\b/g, '$1-$2-one'],
  [/\b(\d+), ?\1[- ]?dih[iy]dro(?:xy|xi)/g, '$1-oxo'],
];

/** Lowercase, no accents, Greek letters spelt out, stereo descriptors removed; punctuation kept. */
function prepare(text: string): string {
  let out = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  out = out.replaceAll('α', 'alpha').replaceAll('γ', 'gamma').replaceAll('β', 'beta');
  for (const pattern of STEREO_PATTERNS) out = out.replace(pattern, ' ');
  for (const [pattern, replacement] of REWRITES)
    out =
      typeof replacement === 'string'
        ? out.replace(pattern, replacement)
        : out.replace(pattern, (...args: string[]) => replacement(...args));
  return out;
}

/** Lowercase, no accents, stereo descriptors removed, punctuation to single spaces. */
export function normaliseText(text: string): string {
  return prepare(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface Tokens {
  tokens: string[];
  /**
   * joinedBefore[i]: token i is glued to token i-1 by nomenclature punctuation (hyphen, brackets,
   * comma) without a space, as in "1-benzyl-4-anilinopiperidine". A listed name glued to other
   * words is part of a longer chemical name, i.e. a derivative, not the substance itself.
   */
  joinedBefore: boolean[];
}

export function tokeniseWithJoins(text: string): Tokens {
  const prepared = prepare(text);
  const tokens: string[] = [];
  const joinedBefore: boolean[] = [];
  let previousEnd = -1;
  for (const match of prepared.matchAll(/[a-z0-9]+/g)) {
    const separator = previousEnd < 0 ? '' : prepared.slice(previousEnd, match.index);
    joinedBefore.push(previousEnd >= 0 && /^[-()[\],]+$/.test(separator));
    tokens.push(match[0]);
    previousEnd = match.index + match[0].length;
  }
  return { tokens, joinedBefore };
}

export function tokenise(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * The tokens of a name with salt and form words removed, unless that would leave nothing
 * (so that a name made of such words, if any, still matches itself).
 */
export function nameTokens(text: string): string[] {
  const tokens = tokenise(text);
  const kept = tokens.filter((token) => !SALT_AND_FORM_WORDS.has(token));
  return kept.length > 0 ? kept : tokens;
}

/** The normalised key of a substance name: what two spellings of the same name share. */
export function normaliseName(text: string): string {
  return nameTokens(text).join(' ');
}

/**
 * Designer precursors written out by their systematic name: "N-(4-fluorophenyl)-1-(2-phenylethyl)
 * piperidin-4-amine" is ANPP's systematic name with a fluorine added. A description window aligns
 * with a listed systematic name (5+ words) when at most two edits turn one into the other, each edit
 * either a word of the name written with a substituent prefix ("phenyl" → "fluorophenyl"), or an
 * inserted locant or substituent word ("4", "methyl").
 */
import { tokenise } from './normalize.ts';

export interface SystematicName {
  substanceId: string;
  name: string;
  tokens: string[];
}

const SUBSTITUENT_WORDS = new Set(
  'fluoro chloro bromo iodo methyl ethyl propyl butyl methoxy ethoxy hydroxy nitro amino cyano oxo boc cbz benzyl acetyl formyl n o'.split(
    ' ',
  ),
);
const MAX_EDITS = 2;
const MIN_WORDS = 5;

export function systematicNames(entries: readonly { substanceId: string; name: string }[]): SystematicName[] {
  return entries
    .map((e) => ({ ...e, tokens: tokenise(e.name) }))
    .filter((e) => e.tokens.length >= MIN_WORDS && e.tokens.filter((t) => /^[a-z]{4,}$/.test(t)).length >= 2);
}

const insertable = (token: string): boolean => /^\d+$/.test(token) || SUBSTITUENT_WORDS.has(token);
const substituted = (written: string, listed: string): boolean =>
  listed.length >= 4 && written.length > listed.length && written.endsWith(listed);

/** The listed substance whose systematic name the text writes with a substituent, if any. */
export function findSubstitutedName(
  text: string,
  names: readonly SystematicName[],
): { substanceId: string; name: string; matched: string } | undefined {
  const desc = tokenise(text);
  if (desc.length < MIN_WORDS) return undefined;
  for (const name of names) {
    // Cheap filter: every long word of the name is in the text, as written or with a prefix.
    const words = name.tokens.filter((t) => t.length >= 5);
    if (!words.every((w) => desc.some((d) => d === w || substituted(d, w)))) continue;
    const found = align(name.tokens, desc);
    if (found)
      return {
        substanceId: name.substanceId,
        name: name.name,
        matched: desc.slice(found.start, found.end).join(' '),
      };
  }
  return undefined;
}

/**
 * Semi-global alignment of the whole name against a window of the text (free start and end in the
 * text). Returns the window when it costs 1..MAX_EDITS edits (0 is an exact match, found elsewhere).
 */
function align(name: string[], desc: string[]): { start: number; end: number } | undefined {
  const m = name.length;
  const n = desc.length;
  const INF = MAX_EDITS + 1;
  // cost[i][j]: name[0..i) aligned so that it ends at desc[j); start[i][j]: where that window begins.
  let cost = new Array<number>(n + 1).fill(0);
  let start = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const nextCost = new Array<number>(n + 1).fill(INF);
    const nextStart = new Array<number>(n + 1).fill(0);
    for (let j = 1; j <= n; j++) {
      const listed = name[i - 1] as string;
      const written = desc[j - 1] as string;
      const options: [number, number][] = [];
      if (written === listed) options.push([cost[j - 1] as number, start[j - 1] as number]);
      else if (substituted(written, listed))
        options.push([(cost[j - 1] as number) + 1, start[j - 1] as number]);
      if (insertable(written)) options.push([(nextCost[j - 1] as number) + 1, nextStart[j - 1] as number]);
      for (const [c, s] of options)
        if (c < (nextCost[j] as number)) {
          nextCost[j] = c;
          nextStart[j] = s;
        }
    }
    cost = nextCost;
    start = nextStart;
  }
  for (let j = 1; j <= n; j++) {
    const c = cost[j] as number;
    if (c >= 1 && c <= MAX_EDITS) return { start: start[j] as number, end: j };
  }
  return undefined;
}

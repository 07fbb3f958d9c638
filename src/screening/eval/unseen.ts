/**
 * A held-out style evaluation set, generated from a seed: declaration lines with the variation real
 * ones have and the tuned set (`cases.ts`) lacks. Products identified only by a precursor-specific
 * tariff subheading, two-edit misspellings of long names, IUPAC / hydrate (gem-diol) / salt
 * synonyms, BMK and PMK glycidates (designer precursors) by name and structure, random casing and
 * punctuation in Spanish and English contexts, near-miss chemicals and ordinary goods.
 *
 * Seeds TUNING_SEEDS may be looked at while changing the screener; HELD_OUT_SEEDS only to report.
 */
import { seededRandom } from '../../shared/random.ts';
import type { ControlList, Substance } from '../control-list.ts';
import type { LineToScreen, Verdict } from '../screen-line.ts';
import type { EvalCase } from './cases.ts';
import {
  CLEAR_GOODS_UNSEEN,
  GLYCIDATE_NAMES,
  GLYCIDATE_STRUCTURES,
  NEAR_MISS_NEGATIVES,
  PRECURSOR_SUBHEADINGS,
  SYSTEMATIC_SYNONYMS,
  VAGUE_DESCRIPTIONS,
} from './unseen-pools.ts';

export const TUNING_SEEDS = [11, 12, 13] as const;
export const HELD_OUT_SEEDS = [97, 98] as const;

const EVAL_DATE = '2026-06-01T09:30:00-06:00';

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const CONTEXTS = [
  '{}',
  '{} grado técnico, tambores de 200 kg',
  '{} 99% min. (25 kg bags)',
  'Reactivo: {} para síntesis',
  '{}, lote 2026-117, origen China',
  'Intermediate chemical: {} / see COA',
  'MUESTRA: {}',
  '{} - pharmaceutical grade',
  'Producto: {}; presentación saco 25 kg',
];

/** Casing and punctuation as brokers type them. */
function restyle(rng: Rng, text: string): string {
  let out = text;
  const r = rng();
  if (r < 0.25) out = out.toUpperCase();
  else if (r < 0.4) out = out.toLowerCase();
  else if (r < 0.5) out = out.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  if (rng() < 0.3) out = out.replaceAll('-', ' ');
  if (rng() < 0.2) out = out.replace(/[()]/g, ' ');
  if (rng() < 0.15) out = `"${out}"`;
  if (rng() < 0.15) out = `${out}.`;
  return out.replace(/\s+/g, ' ').trim();
}

function inContext(rng: Rng, name: string): string {
  return restyle(rng, pick(rng, CONTEXTS).replace('{}', name));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Typing errors: a neighbour's letter, a dropped letter, a doubled letter, two letters swapped. */
function edit(rng: Rng, word: string, at: number): string {
  const op = Math.floor(rng() * 4);
  const c = word[at] as string;
  if (op === 0) {
    let other = pick(rng, [...LETTERS]);
    if (other === c.toLowerCase()) other = other === 'a' ? 'e' : 'a';
    return word.slice(0, at) + other + word.slice(at + 1);
  }
  if (op === 1) return word.slice(0, at) + word.slice(at + 1);
  if (op === 2) return word.slice(0, at) + c + word.slice(at);
  if (at + 1 < word.length && word[at + 1] !== c)
    return word.slice(0, at) + (word[at + 1] as string) + c + word.slice(at + 2);
  return word.slice(0, at) + word.slice(at + 1);
}

function distinctPair<T>(rng: Rng, items: readonly T[]): [T, T] {
  const i = Math.floor(rng() * items.length);
  const j = (i + 1 + Math.floor(rng() * (items.length - 1))) % items.length;
  return [items[i] as T, items[j] as T];
}

/**
 * Two typing errors in a name of 10+ letters: in two words of 5+ letters, or twice in one word of
 * 9+ letters; never the first letter of a word. Undefined when the name is too short.
 */
export function twoEdits(rng: Rng, name: string): string | undefined {
  const parts = name.split(/(\p{L}+)/u);
  const letters = parts.filter((_, i) => i % 2 === 1).join('').length;
  const words = parts.map((p, i) => ({ p, i })).filter(({ p, i }) => i % 2 === 1 && p.length >= 5);
  if (letters < 10 || words.length === 0) return undefined;
  const long = words.filter(({ p }) => p.length >= 9);
  const targets =
    words.length >= 2 && (long.length === 0 || rng() < 0.5)
      ? distinctPair(rng, words)
      : long.length > 0
        ? [pick(rng, long), pick(rng, long)]
        : undefined;
  if (!targets) return undefined;
  const [first, second] = targets as [{ p: string; i: number }, { p: string; i: number }];
  if (first.i === second.i) {
    const w = first.p;
    const a = 1 + Math.floor(rng() * Math.floor((w.length - 1) / 2));
    const b = a + 2 + Math.floor(rng() * Math.max(1, w.length - a - 3));
    parts[first.i] = edit(rng, edit(rng, w, Math.min(b, w.length - 1)), a);
  } else {
    parts[first.i] = edit(rng, first.p, 1 + Math.floor(rng() * (first.p.length - 1)));
    parts[second.i] = edit(rng, second.p, 1 + Math.floor(rng() * (second.p.length - 1)));
  }
  const out = parts.join('');
  return out === name ? undefined : out;
}

/** The verdict the list gives a substance on the evaluation date. */
function expectedFor(list: ControlList, substance: Substance): Verdict {
  const inForce = list.listingsInForce(substance, EVAL_DATE.slice(0, 10));
  if (inForce.some((l) => l.level === 'controlled')) return 'controlled';
  if (inForce.some((l) => l.level === 'analog')) return 'analog';
  if (inForce.length === 0 && list.file.analogFamilies.includes(substance.family)) return 'analog';
  return 'watch';
}

function tariffCode(rng: Rng, subheading: string): string {
  const digits = subheading.replace('.', '');
  return pick(rng, [
    subheading,
    `${subheading}.01`,
    `${digits}01`,
    `${subheading}.01.00`,
    digits,
    `${digits.slice(0, 4)}.${digits.slice(4)}.99`,
  ]);
}

export function buildUnseenSet(list: ControlList, seed: number): EvalCase[] {
  const rng = seededRandom(seed);
  const out: EvalCase[] = [];
  const line = (hs: string, description: string, extra: Partial<LineToScreen> = {}): LineToScreen => ({
    declared_at: EVAL_DATE,
    hs_code: hs,
    goods_description: description,
    cas_number: '',
    smiles: '',
    permit_id: rng() < 0.5 ? 'COFEPRIS-PERM-0001' : '',
    ...extra,
  });
  const listed = (kind: string, substance: Substance, l: LineToScreen): void => {
    const expected = expectedFor(list, substance);
    out.push({ kind: `${expected}:${kind}`, expected, substanceId: substance.id, line: l });
  };

  for (const { code, substanceId } of PRECURSOR_SUBHEADINGS)
    for (let k = 0; k < 3; k++) {
      const l = line(tariffCode(rng, code), restyle(rng, pick(rng, VAGUE_DESCRIPTIONS)));
      if (substanceId) listed('hs-subheading', list.substance(substanceId), l);
      else out.push({ kind: 'controlled:hs-subheading-class', expected: 'controlled', line: l });
    }

  for (const substance of list.file.substances) {
    const hs = substance.hs[0] as string;
    const names = [substance.name.en, substance.name.es, ...substance.synonyms];
    for (let k = 0; k < 2; k++) {
      const misspelt = twoEdits(rng, pick(rng, names));
      if (misspelt) listed('typo-2-edits', substance, line(hs, inContext(rng, misspelt)));
    }
    listed('name-variant', substance, line(hs, inContext(rng, pick(rng, names))));
    for (const synonym of SYSTEMATIC_SYNONYMS[substance.id] ?? [])
      listed('synonym-iupac-hydrate', substance, line(hs, inContext(rng, synonym)));
  }

  for (const name of GLYCIDATE_NAMES)
    out.push({
      kind: 'analog:glycidate-name',
      expected: 'analog',
      line: line('2918.99', inContext(rng, name)),
    });
  for (const s of GLYCIDATE_STRUCTURES)
    out.push({
      kind: 'analog:glycidate-smiles',
      expected: 'analog',
      line: line('2918.99', restyle(rng, pick(rng, VAGUE_DESCRIPTIONS)), { smiles: s.smiles }),
    });

  for (const n of NEAR_MISS_NEGATIVES)
    out.push({
      kind: 'clear:near-miss',
      expected: 'clear',
      line: line(n.hs, restyle(rng, n.name), n.smiles ? { smiles: n.smiles } : {}),
    });
  for (const [hs, description] of CLEAR_GOODS_UNSEEN)
    for (let k = 0; k < 2; k++)
      out.push({ kind: 'clear:goods', expected: 'clear', line: line(hs, inContext(rng, description)) });
  return out;
}

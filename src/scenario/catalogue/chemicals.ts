/**
 * What the synthetic world imports (`substances.csv`): the ground truth the screener is judged against,
 * kept apart from the screening control list on purpose. Identifiers and control dates come from
 * research/precursors.md (§2.1–2.4, §3.1–3.2); the UNVERIFIED dates assumed are listed in
 * docs/DECISIONS.md ("Scenario"). Classes: table1 (UN Table I), table2 (UN Table II), national (Mexican
 * list only), designer (close relatives of listed precursors), watch (unscheduled reagents of the same
 * chemistry), benign (including look-alikes such as strawberry aldehyde vs BMK methyl glycidate).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export type Industry = 'pharma' | 'paint' | 'plastics' | 'agro' | 'cleaning' | 'distribution';
export type SubstanceClass = 'table1' | 'table2' | 'national' | 'designer' | 'watch' | 'benign';
/** UN Tables I/II, US List I / Schedule II (immediate precursor), Mexico's national precursor lists. */
export type ControlList = 'UN-I' | 'UN-II' | 'US-LI' | 'US-CII' | 'MX';

export interface Substance {
  key: string;
  en: string;
  es: string;
  /** Other names seen on documents, English and Spanish. */
  synonyms: string[];
  cas: string | null;
  smiles: string;
  hs: string;
  cls: SubstanceClass;
  controls: { list: ControlList; from: string }[];
  /** An import needs a COFEPRIS permit (Table I and Mexico's own precursor list). */
  permitRequired: boolean;
  /** Salt forms that appear on documents: [English suffix, Spanish prefix]. */
  salts: [string, string][];
  kg: [number, number];
  usdPerKg: [number, number];
  industries: Industry[];
}

const CONTROL_LISTS = ['UN-I', 'UN-II', 'US-LI', 'US-CII', 'MX'] as const;
const INDUSTRIES = ['pharma', 'paint', 'plastics', 'agro', 'cleaning', 'distribution'] as const;
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const listOf = (text: string) =>
  text
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/** One row of substances.csv; controls are `LIST@YYYY-MM-DD` separated by spaces, salts `English=Spanish` by `;`. */
const SubstanceRow = z
  .object({
    key: z.string().min(1),
    class: z.enum(['table1', 'table2', 'national', 'designer', 'watch', 'benign']),
    en: z.string().min(1),
    es: z.string().min(1),
    cas: z.string().regex(/^(\d{2,7}-\d{2}-\d)?$/),
    hs: z.string().regex(/^\d{4}\.\d{2}$/),
    smiles: z.string(),
    controls: z.string().transform((text) =>
      words(text).map((entry) => {
        const [list, from] = entry.split('@');
        return {
          list: z.enum(CONTROL_LISTS).parse(list),
          from: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .parse(from),
        };
      }),
    ),
    permit_required: z.enum(['yes', 'no']),
    kg_min: z.coerce.number().positive(),
    kg_max: z.coerce.number().positive(),
    usd_per_kg_min: z.coerce.number().positive(),
    usd_per_kg_max: z.coerce.number().positive(),
    industries: z.string().transform((text) => words(text).map((i) => z.enum(INDUSTRIES).parse(i))),
    salts: z
      .string()
      .transform((text) =>
        listOf(text).map((pair) => pair.split('=').map((x) => x.trim()) as [string, string]),
      ),
    synonyms: z.string().transform(listOf),
  })
  .transform((row): Substance => ({
    key: row.key,
    en: row.en,
    es: row.es,
    synonyms: row.synonyms,
    cas: row.cas || null,
    smiles: row.smiles,
    hs: row.hs,
    cls: row.class,
    controls: row.controls,
    permitRequired: row.permit_required === 'yes',
    salts: row.salts,
    kg: [row.kg_min, row.kg_max],
    usdPerKg: [row.usd_per_kg_min, row.usd_per_kg_max],
    industries: row.industries,
  }));

export const SUBSTANCES: Substance[] = z
  .array(SubstanceRow)
  .parse(parse(readFileSync(new URL('./substances.csv', import.meta.url)), { columns: true }));

export const SUBSTANCE_BY_KEY: ReadonlyMap<string, Substance> = new Map(SUBSTANCES.map((x) => [x.key, x]));

export function substance(key: string): Substance {
  const found = SUBSTANCE_BY_KEY.get(key);
  if (!found) throw new RangeError(`unknown substance ${key}`);
  return found;
}

export type Verdict = 'controlled' | 'analog' | 'watch' | 'clear';

/** The lists that control a substance on a day (YYYY-MM-DD). */
export function controlsOn(substanceEntry: Substance, day: string): ControlList[] {
  return substanceEntry.controls.filter((c) => c.from <= day).map((c) => c.list);
}

/** Lists whose substances are controlled (permits, licences); the others are monitored. */
const CONTROLLING: ReadonlySet<ControlList> = new Set(['UN-I', 'US-LI', 'US-CII', 'MX']);

/**
 * The true verdict of a line on its declaration day: controlled when UN Table I, US List I / Schedule II
 * or Mexico's precursor list names the substance that day; a designer precursor not yet listed is an
 * analog; UN Table II solvents (monitored, no permit) and unlisted reagents kept under watch are watch.
 */
export function verdictOn(substanceEntry: Substance, day: string): Verdict {
  const lists = controlsOn(substanceEntry, day);
  if (lists.some((list) => CONTROLLING.has(list))) return 'controlled';
  if (substanceEntry.cls === 'designer') return 'analog';
  if (lists.length > 0 || substanceEntry.cls === 'watch') return 'watch';
  return 'clear';
}

/** Needs a COFEPRIS import permit on that day (the permit regime follows the Mexican / Table I listing). */
export function permitRequiredOn(substanceEntry: Substance, day: string): boolean {
  return substanceEntry.permitRequired && controlsOn(substanceEntry, day).length > 0;
}

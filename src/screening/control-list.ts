/**
 * The control lists as data: `data/control-lists/substances.json`, validated with zod when loaded.
 * Adding a substance is adding data; nothing here names a substance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isValidCas } from '../identifiers/index.ts';

export const DEFAULT_CONTROL_LIST_PATH = fileURLToPath(
  new URL('../../data/control-lists/substances.json', import.meta.url),
);

/** What being on a list means: controlled, a designer precursor to treat as an analog, or watch. */
export const Level = z.enum(['controlled', 'analog', 'watch']);
export type Level = z.infer<typeof Level>;

const IsoDate = z.iso.date();
const HsSubheading = z.string().regex(/^\d{4}\.\d{2}$/, 'HS 2022 subheading as NNNN.NN');
const Bilingual = z.object({ en: z.string().min(1), es: z.string().min(1) });

const Listing = z.object({
  jurisdiction: z.string().min(2),
  list: z.string().min(1),
  /** null: the source gives no date; screening treats the listing as in force (fail safe). */
  effective: IsoDate.nullable(),
  source: z.string().min(1),
});
export type Listing = z.infer<typeof Listing>;

const Substance = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  family: z.string().min(1),
  name: Bilingual,
  synonyms: z.array(z.string().min(1)),
  cas: z.array(
    z.object({
      number: z.string().refine(isValidCas, 'CAS number with a wrong check digit'),
      form: z.string().min(1),
    }),
  ),
  smiles: z.string().min(1).optional(),
  inchikey: z
    .string()
    .regex(/^[A-Z]{14}-[A-Z]{10}-[A-Z]$/)
    .optional(),
  hs: z.array(HsSubheading).min(1),
  mxTariff: z.array(z.string()).optional(),
  listings: z.array(Listing).min(1),
});
export type Substance = z.infer<typeof Substance>;

const Scaffold = z.object({
  id: z.string().min(1),
  name: Bilingual,
  smarts: z.string().min(1),
  family: z.string().min(1),
  /** The listed substances built on this scaffold: an analog's nearest one is chosen among them. */
  relatedTo: z.array(z.string()).min(1),
});
export type Scaffold = z.infer<typeof Scaffold>;

/** A subheading that identifies a controlled class the list has no substance entry for. */
const HsClass = z.object({ name: Bilingual, level: Level, source: z.string().min(1) });
export type HsClass = z.infer<typeof HsClass>;

/**
 * A designer precursor recognised by its written name: `pattern` is a regular expression over the
 * normalised description (lowercase, no accents, punctuation as single spaces). `shadows`: listed
 * substances whose names are part of such a name ("BMK" in "BMK ethyl glycidate") and must not be
 * read as that substance.
 */
const DesignerName = z.object({
  id: z.string().min(1),
  name: Bilingual,
  pattern: z.string().min(1),
  nearest: z.string(),
  shadows: z.array(z.string()),
});
export type DesignerName = z.infer<typeof DesignerName>;

export const ControlListFile = z
  .object({
    version: z.string().min(1),
    published: IsoDate,
    notes: z.string().optional(),
    /** jurisdiction → list name → what being on it means for the verdict. */
    levels: z.record(z.string(), z.record(z.string(), Level)),
    chemicalChapters: z.array(z.string().regex(/^\d{2}$/)),
    /** Families whose substances, before a list names them, are designer precursors (verdict analog). */
    analogFamilies: z.array(z.string()),
    hsIdentifies: z.record(HsSubheading, z.string()),
    hsClasses: z.record(HsSubheading, HsClass).default({}),
    designerNames: z.array(DesignerName).default([]),
    benignVocabulary: z.array(z.string().min(1)),
    benignPhrases: z.array(z.string().min(1)),
    scaffolds: z.array(Scaffold),
    substances: z.array(Substance).min(1),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    for (const [i, substance] of file.substances.entries()) {
      if (ids.has(substance.id))
        ctx.addIssue({ code: 'custom', path: ['substances', i, 'id'], message: 'duplicate id' });
      ids.add(substance.id);
      for (const [j, listing] of substance.listings.entries()) {
        if (file.levels[listing.jurisdiction]?.[listing.list] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['substances', i, 'listings', j],
            message: `unknown list ${listing.jurisdiction} / ${listing.list}`,
          });
      }
    }
    for (const [i, scaffold] of file.scaffolds.entries())
      for (const id of scaffold.relatedTo)
        if (!ids.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['scaffolds', i, 'relatedTo'],
            message: `unknown substance ${id}`,
          });
    for (const [i, rule] of file.designerNames.entries())
      for (const id of [rule.nearest, ...rule.shadows])
        if (!ids.has(id))
          ctx.addIssue({ code: 'custom', path: ['designerNames', i], message: `unknown substance ${id}` });
    for (const [code, id] of Object.entries(file.hsIdentifies)) {
      if (!ids.has(id))
        ctx.addIssue({ code: 'custom', path: ['hsIdentifies', code], message: `unknown substance ${id}` });
    }
  });
export type ControlListFile = z.infer<typeof ControlListFile>;

/** A listing with what it means, as used by the verdict. */
export interface ListingInForce extends Listing {
  level: Level;
}

export class ControlList {
  readonly byId: ReadonlyMap<string, Substance>;
  private readonly byCas = new Map<string, { substance: Substance; form: string }>();

  constructor(readonly file: ControlListFile) {
    this.byId = new Map(file.substances.map((s) => [s.id, s]));
    for (const substance of file.substances)
      for (const cas of substance.cas) this.byCas.set(cas.number, { substance, form: cas.form });
  }

  get version(): string {
    return this.file.version;
  }

  substance(id: string): Substance {
    const found = this.byId.get(id);
    if (!found) throw new Error(`substance ${id} is not in control list ${this.version}`);
    return found;
  }

  findByCas(cas: string): { substance: Substance; form: string } | undefined {
    return this.byCas.get(cas);
  }

  /** The listings of a substance in force on a date (ISO `YYYY-MM-DD`), with their level. */
  listingsInForce(substance: Substance, onDate: string): ListingInForce[] {
    return substance.listings
      .filter((listing) => listing.effective === null || listing.effective <= onDate)
      .map((listing) => ({ ...listing, level: this.levelOf(listing) }));
  }

  levelOf(listing: Listing): Level {
    return this.file.levels[listing.jurisdiction]?.[listing.list] ?? 'watch';
  }
}

export function parseControlList(json: unknown): ControlList {
  return new ControlList(ControlListFile.parse(json));
}

const SynonymsFile = z.object({
  notes: z.string().optional(),
  synonyms: z.record(z.string(), z.array(z.string().min(1))),
});

/**
 * Merges `synonyms.json` beside the list (systematic, hydrate and salt names, kept apart so that the
 * list stays readable) into each substance's synonyms.
 */
function withSynonyms(json: unknown, path: string): unknown {
  const synonymsPath = join(dirname(path), 'synonyms.json');
  if (!existsSync(synonymsPath)) return json;
  const { synonyms } = SynonymsFile.parse(JSON.parse(readFileSync(synonymsPath, 'utf8')));
  const file = json as { substances?: { id: string; synonyms: string[] }[] };
  for (const substance of file.substances ?? []) {
    const extra = synonyms[substance.id];
    if (extra) substance.synonyms = [...new Set([...substance.synonyms, ...extra])];
  }
  const known = new Set((file.substances ?? []).map((s) => s.id));
  for (const id of Object.keys(synonyms))
    if (!known.has(id)) throw new Error(`${synonymsPath}: unknown substance ${id}`);
  return json;
}

let cached: ControlList | undefined;

/** Loads (once per process) and validates the control list file. */
export function loadControlList(path: string = DEFAULT_CONTROL_LIST_PATH): ControlList {
  if (path === DEFAULT_CONTROL_LIST_PATH && cached) return cached;
  const list = parseControlList(withSynonyms(JSON.parse(readFileSync(path, 'utf8')), path));
  if (path === DEFAULT_CONTROL_LIST_PATH) cached = list;
  return list;
}

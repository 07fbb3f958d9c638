/**
 * The verdict for one declaration line, from whatever it carries: CAS number, goods description,
 * SMILES and tariff code. Pure given a Screener (whose RDKit instance is initialised once).
 */
import { parseCas } from '../identifiers/index.ts';
import type { ControlList, DesignerName, HsClass, Substance } from './control-list.ts';
import { parseHsCode, hsMatchesSubstance } from '../shared/hs-code.ts';
import { NameIndex, type NameMatch } from './name-index.ts';
import { normaliseName, normaliseText } from './normalize.ts';
import { MISDECLARATION_CODES, reasons, type Reason } from './reasons.ts';
import { MIN_HEAVY_ATOMS_FOR_SIMILARITY, StructureScreen, type StructureAnalysis } from './structure.ts';
import { findSubstitutedName, systematicNames, type SystematicName } from './substituted-names.ts';

export const VERDICTS = ['controlled', 'analog', 'watch', 'clear'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Tanimoto (Morgan r=2, 2048 bits) from which an unlisted structure is an analog on its own. */
export const ANALOG_SIMILARITY = 0.7;
/** Distinct descriptions whose name matches a screener keeps (a few MB at most). */
const DESCRIPTIONS_KEPT = 20_000;
/** Distinct structures whose analyses a screener keeps. */
const STRUCTURES_KEPT = 50_000;
/** Tanimoto to the scaffold's listed substances under which a scaffold match is a coincidence. */
const SCAFFOLD_MIN_SIMILARITY = 0.2;

export interface LineToScreen {
  declared_at: string;
  hs_code: string;
  goods_description: string;
  cas_number?: string | null | undefined;
  smiles?: string | null | undefined;
  permit_id?: string | null | undefined;
}

export interface ScreeningResult {
  verdict: Verdict;
  substance: { id: string; name: { en: string; es: string } } | null;
  /** Lists in force at declared_at, e.g. "UN Table I", "US List I". */
  jurisdictions: string[];
  score: number;
  reasons: Reason[];
  /** similarity is null when the analog was recognised by its written name, without a structure. */
  analog?: { nearest: string; scaffold: string | null; similarity: number | null };
  structure?: { parent_smiles: string; inchikey?: string };
}

type Source = 'structure' | 'cas' | 'name' | 'hs';
const SOURCE_SCORE: Record<Source, number> = { structure: 1, cas: 0.98, name: 0.95, hs: 0.75 };
const SEVERITY: Record<Verdict, number> = { controlled: 3, analog: 2, watch: 1, clear: 0 };

interface Candidate {
  substance: Substance;
  sources: Set<Source>;
  nameEdits: number;
}

export class Screener {
  private readonly namesByDescription = new Map<string, readonly NameMatch[]>();
  /** Analyses per input SMILES, made here or handed over (`rememberStructures`). */
  private readonly analyses = new Map<string, StructureAnalysis>();

  private constructor(
    readonly list: ControlList,
    private readonly names: NameIndex,
    /** Null until `analyseStructuresHere` for a screener whose structures are analysed on worker threads. */
    private structures: StructureScreen | null,
    private readonly systematic: readonly SystematicName[],
    private readonly designerNames: readonly { rule: DesignerName; pattern: RegExp }[],
  ) {}

  /**
   * With `{ structures: 'elsewhere' }` this thread loads no RDKit (a StructurePool analyses them): a line with a
   * structure can be screened only once its analysis was remembered, or after `analyseStructuresHere`.
   */
  static async create(
    list: ControlList,
    options: { structures?: 'here' | 'elsewhere' } = {},
  ): Promise<Screener> {
    const entries = list.file.substances.flatMap((s) =>
      [s.name.en, s.name.es, ...s.synonyms].map((name) => ({ substanceId: s.id, name })),
    );
    return new Screener(
      list,
      new NameIndex(entries, list.file.benignVocabulary, list.file.benignPhrases),
      options.structures === 'elsewhere' ? null : await StructureScreen.create(list),
      systematicNames(entries),
      list.file.designerNames.map((rule) => ({ rule, pattern: new RegExp(rule.pattern) })),
    );
  }

  /** Whether this thread has RDKit to analyse a structure itself. */
  get analysesHere(): boolean {
    return this.structures !== null;
  }

  /** Loads RDKit on this thread (once), for the structures no worker analyses. */
  async analyseStructuresHere(): Promise<void> {
    this.structures ??= await StructureScreen.create(this.list);
  }

  /** The first designer-name rule the description fires, with the words that fired it. */
  private designerName(description: string): { rule: DesignerName; matched: string } | undefined {
    const text = normaliseText(description);
    for (const { rule, pattern } of this.designerNames)
      if (pattern.test(text)) return { rule, matched: text };
    return undefined;
  }

  /**
   * The listed names a description contains. Declarations repeat their descriptions line after line, and the
   * search (tokens, typo corrections, joins) was a tenth of a file's CPU: kept per description text.
   */
  private namesIn(description: string): readonly NameMatch[] {
    const known = this.namesByDescription.get(description);
    if (known) return known;
    const found = this.names.find(description);
    if (this.namesByDescription.size >= DESCRIPTIONS_KEPT) this.namesByDescription.clear();
    this.namesByDescription.set(description, found);
    return found;
  }

  /** The analysis kept for this structure, if any. */
  analysed(smiles: string): StructureAnalysis | undefined {
    return this.analyses.get(smiles);
  }

  /** Analyses made by a StructurePool, kept so that `screen` finds them. */
  rememberStructures(smiles: readonly string[], results: readonly StructureAnalysis[]): void {
    smiles.forEach((s, i) => this.remember(s, results[i] as StructureAnalysis));
  }

  private remember(smiles: string, analysis: StructureAnalysis): void {
    if (this.analyses.size >= STRUCTURES_KEPT) this.analyses.clear();
    this.analyses.set(smiles, analysis);
  }

  /** Structure analysis for validation: null when the SMILES does not parse. */
  parseSmiles(smiles: string): StructureAnalysis {
    const known = this.analyses.get(smiles);
    if (known) return known;
    if (!this.structures)
      throw new Error('Screener: a structure reached the screen unanalysed, and this thread has no RDKit');
    const analysis = this.structures.analyse(smiles);
    this.remember(smiles, analysis);
    return analysis;
  }

  /**
   * `analysis` is the line's structure analysed already (a batch's, from a StructurePool): given, it is used
   * whether or not the screener still keeps it.
   */
  screen(line: LineToScreen, analysis?: StructureAnalysis): ScreeningResult {
    const onDate = line.declared_at.slice(0, 10);
    const out: Reason[] = [];
    const candidates = new Map<string, Candidate>();
    const add = (substance: Substance, source: Source, nameEdits = 0): void => {
      const found = candidates.get(substance.id) ?? { substance, sources: new Set<Source>(), nameEdits };
      found.sources.add(source);
      if (source === 'name') found.nameEdits = Math.min(found.nameEdits, nameEdits);
      candidates.set(substance.id, found);
    };

    const byCas = this.identifyByCas(line.cas_number?.trim() ?? '', out);
    if (byCas) add(byCas, 'cas');

    const smiles = line.smiles?.trim() ?? '';
    const structure = smiles === '' ? undefined : (analysis ?? this.parseSmiles(smiles));
    let byStructure: Substance | undefined;
    if (structure?.valid) {
      if (structure.saltStripped) out.push(reasons.saltStripped(structure.parentSmiles));
      if (structure.identical) {
        byStructure = this.list.substance(structure.identical.substanceId);
        out.push(reasons.structureMatch(byStructure, structure.identical.by));
        add(byStructure, 'structure');
      }
    }

    // A designer precursor written by name ("PMK glycidate"): listed names inside it ("BMK") are part of it.
    const designer = structure?.valid ? undefined : this.designerName(line.goods_description);
    const byName: Substance[] = [];
    const exactNames = new Set<Substance>();
    // A listed name inside a longer chemical name, or a listed systematic name with a substituent.
    let derivative: Substance | undefined;
    for (const match of this.namesIn(line.goods_description)) {
      const substance = this.list.substance(match.substanceId);
      if (designer?.rule.shadows.includes(substance.id)) continue;
      if (match.embedded) {
        out.push(reasons.nameDerivative(match.matched, substance));
        derivative ??= substance;
        continue;
      }
      // "BMK" in "glicidato de metilo BMK" with the glycidate's CAS: part of the CAS substance's name.
      if (byCas && substance !== byCas && this.partOfNames(match.matched, byCas)) continue;
      if (!byName.includes(substance)) {
        byName.push(substance);
        out.push(reasons.nameMatch(match.matched, substance, match.edits));
        if (match.edits === 0) exactNames.add(substance);
      }
      // A parsed structure says what the line is; a name it contradicts is a misdeclaration, not an identity.
      if (!structure?.valid || substance === byStructure) add(substance, 'name', match.edits);
    }

    if (byName.length === 0 && !derivative && !structure?.valid) {
      const written = findSubstitutedName(line.goods_description, this.systematic);
      if (written) {
        derivative = this.list.substance(written.substanceId);
        out.push(reasons.nameDerivative(written.matched, derivative));
      }
    }

    const hs = parseHsCode(line.hs_code);
    const hsSubstanceId = hs ? this.list.file.hsIdentifies[hs.subheading] : undefined;
    if (hs && hsSubstanceId) {
      const substance = this.list.substance(hsSubstanceId);
      out.push(reasons.hsIdentifies(hs.subheading, line.hs_code.trim(), substance));
      add(substance, 'hs');
    }
    const hsClass: HsClass | undefined = hs ? this.list.file.hsClasses[hs.subheading] : undefined;
    if (hs && hsClass) out.push(reasons.hsClass(hs.subheading, line.hs_code.trim(), hsClass));

    // Disagreements between what the line says and what it is.
    if (byCas && byName.length > 0 && !byName.includes(byCas))
      out.push(reasons.nameCasConflict(byName[0] as Substance, byCas));
    // Only an exact name or a CAS is a claim a structure can contradict; a corrected typo may be wrong.
    const declared = byName.find((n) => exactNames.has(n)) ?? byCas;
    if (structure?.valid && declared && byStructure !== declared)
      out.push(reasons.structureConflict(declared, byStructure?.name.en ?? structure.parentSmiles));

    const analog =
      structure?.valid && !byStructure
        ? this.analogOf(structure)
        : (this.analogByName(derivative, structure) ?? this.analogByDesignerName(designer));

    // The substance the verdict is about: the most severe one the line may carry.
    const ranked = [...candidates.values()]
      .map((c) => ({ ...c, ...this.standing(c.substance, onDate) }))
      .sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict] || this.strength(b) - this.strength(a));
    const primary = ranked[0];
    let verdict: Verdict = primary?.verdict ?? 'clear';
    let score = primary ? this.strength(primary) * (primary.verdict === 'controlled' ? 1 : 0.6) : 0;
    if (primary) {
      if (primary.jurisdictions.length > 0)
        out.push(reasons.listed(primary.substance, primary.jurisdictions, onDate));
      else out.push(reasons.notYetInForce(primary.substance, onDate));
      if (ranked.length > 1) out.push(reasons.otherSubstances(ranked.slice(1).map((c) => c.substance)));
      if (hs && !hsMatchesSubstance(hs, primary.substance.hs)) {
        out.push(reasons.hsInconsistent(line.hs_code, primary.substance, primary.substance.hs));
        if (verdict === 'controlled' && !this.list.file.chemicalChapters.includes(hs.chapter))
          out.push(reasons.benignHeading(line.hs_code, primary.substance));
      }
      if (verdict === 'controlled' && (line.permit_id?.trim() ?? '') === '')
        out.push(reasons.permitMissing(primary.substance));
    }
    if (analog && SEVERITY.analog > SEVERITY[verdict]) {
      verdict = 'analog';
      score = analog.score;
    }
    // A subheading that covers only a controlled class: the class is what the line carries.
    const byClass = hsClass !== undefined && SEVERITY[hsClass.level] > SEVERITY[verdict];
    if (byClass) {
      verdict = hsClass.level;
      score = SOURCE_SCORE.hs * (hsClass.level === 'controlled' ? 1 : 0.6);
    }
    if (analog) {
      if (analog.reason) out.push(analog.reason);
      if (verdict === 'analog' && hs && !this.list.file.chemicalChapters.includes(hs.chapter))
        out.push(reasons.benignHeading(line.hs_code, analog.nearest));
    }
    const derivativeOfControlled =
      derivative !== undefined && this.standing(derivative, onDate).verdict === 'controlled';
    if (verdict === 'clear' && (derivativeOfControlled || out.some((r) => MISDECLARATION_CODES.has(r.code))))
      verdict = 'watch';
    const misdeclarations = out.filter((r) => MISDECLARATION_CODES.has(r.code)).length;
    if (verdict === 'watch' && score === 0) score = 0.4;
    score = Math.min(1, score + 0.05 * misdeclarations);

    const subject = byClass
      ? undefined
      : verdict === 'analog' && analog
        ? analog.nearest
        : primary?.substance;
    return {
      verdict,
      substance: subject ? { id: subject.id, name: subject.name } : null,
      jurisdictions: verdict === 'analog' || byClass ? [] : (primary?.jurisdictions ?? []),
      score: Math.round(score * 1000) / 1000,
      reasons: out,
      ...(analog ? { analog: analog.summary } : {}),
      ...(structure?.valid
        ? {
            structure: {
              parent_smiles: structure.parentSmiles,
              ...(structure.inchikey ? { inchikey: structure.inchikey } : {}),
            },
          }
        : {}),
    };
  }

  private identifyByCas(text: string, out: Reason[]): Substance | undefined {
    if (text === '') return undefined;
    const parsed = parseCas(text);
    if (!parsed) {
      out.push(reasons.casMalformed(text));
      return undefined;
    }
    if (!parsed.valid) {
      out.push(reasons.casCheckDigit(parsed.cas));
      return undefined;
    }
    const found = this.list.findByCas(parsed.cas);
    if (found) out.push(reasons.casMatch(parsed.cas, found.substance, found.form));
    return found?.substance;
  }

  private readonly normalisedNames = new Map<string, string[]>();

  /** True when the words are, as whole words, part of one of the substance's names or synonyms. */
  private partOfNames(words: string, substance: Substance): boolean {
    let names = this.normalisedNames.get(substance.id);
    if (!names) {
      names = [substance.name.en, substance.name.es, ...substance.synonyms].map(
        (n) => ` ${normaliseName(n)} `,
      );
      this.normalisedNames.set(substance.id, names);
    }
    return names.some((n) => n.includes(` ${words} `));
  }

  /** What being this substance means on a date: its lists in force and the resulting verdict. */
  private standing(substance: Substance, onDate: string): { verdict: Verdict; jurisdictions: string[] } {
    const inForce = this.list.listingsInForce(substance, onDate);
    const jurisdictions = inForce.map((l) => `${l.jurisdiction} ${l.list}`);
    if (inForce.some((l) => l.level === 'controlled')) return { verdict: 'controlled', jurisdictions };
    if (inForce.some((l) => l.level === 'analog')) return { verdict: 'analog', jurisdictions };
    // A fentanyl or methamphetamine precursor that no list names yet is a designer precursor.
    if (inForce.length === 0 && this.list.file.analogFamilies.includes(substance.family))
      return { verdict: 'analog', jurisdictions };
    return { verdict: 'watch', jurisdictions };
  }

  private strength(candidate: { sources: Set<Source>; nameEdits: number }): number {
    let best = 0;
    for (const source of candidate.sources) {
      const value = source === 'name' ? SOURCE_SCORE.name - 0.05 * candidate.nameEdits : SOURCE_SCORE[source];
      best = Math.max(best, value);
    }
    return best;
  }

  /** Without a structure, a designer precursor written as a derivative of a listed one's name. */
  private analogByName(
    derivative: Substance | undefined,
    structure: StructureAnalysis | undefined,
  ): Analog | undefined {
    if (!derivative || structure?.valid || !this.list.file.analogFamilies.includes(derivative.family))
      return undefined;
    return {
      nearest: derivative,
      score: 0.75,
      summary: { nearest: derivative.id, scaffold: null, similarity: null },
    };
  }

  private analogByDesignerName(
    designer: { rule: DesignerName; matched: string } | undefined,
  ): Analog | undefined {
    if (!designer) return undefined;
    const nearest = this.list.substance(designer.rule.nearest);
    return {
      nearest,
      score: 0.8,
      reason: reasons.designerName(designer.matched, designer.rule, nearest),
      summary: { nearest: nearest.id, scaffold: null, similarity: null },
    };
  }

  private analogOf(structure: Extract<StructureAnalysis, { valid: true }>): Analog | undefined {
    for (const scaffoldId of structure.scaffolds) {
      const scaffold = this.list.file.scaffolds.find((s) => s.id === scaffoldId);
      const related =
        scaffold && structure.similarities.find((s) => scaffold.relatedTo.includes(s.substanceId));
      if (!scaffold || !related || related.similarity < SCAFFOLD_MIN_SIMILARITY) continue;
      const substance = this.list.substance(related.substanceId);
      return {
        nearest: substance,
        score: Math.min(1, 0.7 + 0.3 * related.similarity),
        reason: reasons.analogScaffold(scaffold, substance, related.similarity),
        summary: { nearest: substance.id, scaffold: scaffold.id, similarity: round3(related.similarity) },
      };
    }
    const nearest = structure.similarities.find((s) => s.heavyAtoms >= MIN_HEAVY_ATOMS_FOR_SIMILARITY);
    if (nearest && nearest.similarity >= ANALOG_SIMILARITY) {
      const substance = this.list.substance(nearest.substanceId);
      return {
        nearest: substance,
        score: nearest.similarity,
        reason: reasons.analogSimilarity(substance, nearest.similarity),
        summary: { nearest: substance.id, scaffold: null, similarity: round3(nearest.similarity) },
      };
    }
    return undefined;
  }
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

interface Analog {
  nearest: Substance;
  score: number;
  /** Absent when the reason was given already (a derivative name). */
  reason?: Reason;
  summary: NonNullable<ScreeningResult['analog']>;
}

/**
 * Structure screening with RDKit (WASM): salt stripping, identity by canonical SMILES (isomeric, then
 * without stereo) and InChIKey, scaffold (SMARTS) matches and Morgan similarity to listed substances.
 *
 * RDKit molecules live in WASM memory that garbage collection never frees: every Mol made here is
 * deleted in a finally block, and only strings and fingerprints are kept. The screener keeps the results per
 * input SMILES (declarations repeat the same products line after line); a structure worker keeps none.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import rdkitPackage from '@rdkit/rdkit';
import type { MainModule, Mol } from '@rdkit/rdkit';
import type { ControlList, Scaffold } from './control-list.ts';

const MORGAN = JSON.stringify({ radius: 2, nBits: 2048 });
const WITHOUT_STEREO = JSON.stringify({ doIsomericSmiles: false });
/** Smaller listed molecules (toluene, acetone) make Tanimoto noisy: they are identified, not approached. */
export const MIN_HEAVY_ATOMS_FOR_SIMILARITY = 8;

let rdkitPromise: Promise<MainModule> | undefined;
let wasmPromise: Promise<WebAssembly.Module> | undefined;

type RdkitFactory = typeof rdkitPackage.default;
/** The package is CommonJS: Node hands its module.exports (the factory) to a default import. */
const initRDKitModule: RdkitFactory =
  typeof rdkitPackage === 'function' ? rdkitPackage : rdkitPackage.default;

/**
 * RDKit's 7 MB of WebAssembly, compiled once per process. The structure workers are handed this module and
 * instantiate it: compiling it again in each thread (and again each function V8 compiles on first call) was
 * a second of CPU per worker.
 */
export function rdkitWasm(): Promise<WebAssembly.Module> {
  wasmPromise ??= readFile(createRequire(import.meta.url).resolve('@rdkit/rdkit/RDKit_minimal.wasm')).then(
    (bytes) => WebAssembly.compile(bytes),
  );
  return wasmPromise;
}

/** RDKit is initialised once per thread, from the process's compiled module (or the one given to a worker). */
export function loadRdkit(compiled?: WebAssembly.Module): Promise<MainModule> {
  const loading =
    rdkitPromise ??
    (compiled ? Promise.resolve(compiled) : rdkitWasm())
      .then((wasm) =>
        initRDKitModule({
          // Emscripten's hook for a module compiled elsewhere: instantiate, never fetch and compile.
          instantiateWasm: (
            imports: WebAssembly.Imports,
            receive: (instance: WebAssembly.Instance) => void,
          ) => {
            void WebAssembly.instantiate(wasm, imports).then(receive);
            return {};
          },
        }),
      )
      .then((rdkit) => {
        rdkit.disable_logging();
        return rdkit;
      });
  rdkitPromise = loading;
  return loading;
}

export type StructureAnalysis =
  | { valid: false }
  | {
      valid: true;
      /** Canonical SMILES of the largest organic fragment (salts and counter-ions stripped). */
      parentSmiles: string;
      saltStripped: boolean;
      heavyAtoms: number;
      /** A listed substance with the same structure, and how it was recognised. */
      identical?: { substanceId: string; by: 'canonical-smiles' | 'skeleton' | 'inchikey' };
      /** InChIKey, computed only for structures that could be a listed one in another notation (the slow step). */
      inchikey?: string;
      /** Scaffolds of designer precursors the structure contains. */
      scaffolds: string[];
      /**
       * Similarity (Morgan r=2, 2048 bits, Tanimoto) to the listed substances a verdict can name, most similar
       * first: the most similar of at least MIN_HEAVY_ATOMS_FOR_SIMILARITY heavy atoms and, for each scaffold
       * found, the most similar substance related to it. Only those: a file of distinct structures keeps every
       * analysis, and a list of all ~50 listed substances per structure was most of the memory and collection.
       */
      similarities: Similarity[];
    };

export interface Similarity {
  substanceId: string;
  similarity: number;
  /** Heavy atoms of the listed substance: similarity to small molecules is noise. */
  heavyAtoms: number;
}

interface LibraryEntry {
  substanceId: string;
  fingerprint: Uint32Array;
  heavyAtoms: number;
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function tanimoto(a: Uint32Array, b: Uint32Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    both += popcount(x & y);
    either += popcount(x | y);
  }
  return either === 0 ? 0 : both / either;
}

function fingerprintOf(mol: Mol): Uint32Array {
  const bytes = mol.get_morgan_fp_as_uint8array(MORGAN) as Uint8Array;
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** True when a SMILES fragment contains carbon (bracket atoms [C..]/[c..] or bare C/c, not Cl). */
function hasCarbon(smiles: string): boolean {
  if (/\[(?:C|c)(?![a-z])/.test(smiles)) return true;
  return /C(?!l)|c/.test(smiles.replace(/\[[^\]]*\]/g, ''));
}

/** A listed structure whose InChIKey is computed the first time a structure of its size needs it. */
interface ListedParent {
  substanceId: string;
  /** Canonical SMILES of the parent. */
  smiles: string;
  /** Atoms other than hydrogen: two structures with one InChI have one formula, hence as many of them. */
  nonHydrogen: number;
  inchikey?: string;
}

export class StructureScreen {
  private readonly byCanonical = new Map<string, string>();
  private readonly byWhole = new Map<string, string>();
  private readonly bySkeleton = new Map<string, string>();
  /** The listed structures, in the list's order, for the InChIKey lookups (`listedByInchikey`). */
  private readonly listedParents: ListedParent[] = [];
  private readonly library: LibraryEntry[] = [];
  private readonly scaffolds: { scaffold: Scaffold; query: Mol }[] = [];

  private constructor(private readonly rdkit: MainModule) {}

  /** Only the list's file is read: a structure worker builds its screen without the list's validation (zod). */
  static async create(
    list: Pick<ControlList, 'file'>,
    compiled?: WebAssembly.Module,
  ): Promise<StructureScreen> {
    const screen = new StructureScreen(await loadRdkit(compiled));
    screen.build(list);
    return screen;
  }

  private build(list: Pick<ControlList, 'file'>): void {
    for (const scaffold of list.file.scaffolds) {
      const query = this.rdkit.get_qmol(scaffold.smarts);
      if (!query) throw new Error(`scaffold ${scaffold.id}: invalid SMARTS`);
      this.scaffolds.push({ scaffold, query });
    }
    for (const substance of list.file.substances) {
      if (!substance.smiles) continue;
      const parent = this.parentOf(substance.smiles);
      if (!parent) throw new Error(`substance ${substance.id}: invalid SMILES`);
      try {
        // A listed salt (potassium permanganate, sodium carbonate) is that salt: matched whole,
        // never by its anion (calcium carbonate is not sodium carbonate).
        if (parent.stripped) {
          this.byWhole.set(parent.whole, substance.id);
          continue;
        }
        this.byCanonical.set(parent.mol.get_smiles(), substance.id);
        if (!this.bySkeleton.has(parent.mol.get_smiles(WITHOUT_STEREO)))
          this.bySkeleton.set(parent.mol.get_smiles(WITHOUT_STEREO), substance.id);
        this.listedParents.push({
          substanceId: substance.id,
          smiles: parent.mol.get_smiles(),
          nonHydrogen: parent.mol.get_num_atoms(true),
        });
        this.library.push({
          substanceId: substance.id,
          fingerprint: fingerprintOf(parent.mol),
          heavyAtoms: parent.mol.get_num_atoms(),
        });
      } finally {
        parent.mol.delete();
      }
    }
  }

  /** InChIKey of a listed substance's structure as computed here (for checking the data file). */
  inchikeyOf(substanceId: string): string | undefined {
    const listed = this.listedParents.find((p) => p.substanceId === substanceId);
    return listed && this.listedInchikey(listed);
  }

  private listedInchikey(listed: ListedParent): string {
    if (listed.inchikey !== undefined) return listed.inchikey;
    const mol = this.rdkit.get_mol(listed.smiles);
    if (!mol) throw new Error(`substance ${listed.substanceId}: invalid canonical SMILES`);
    try {
      listed.inchikey = this.rdkit.get_inchikey_for_inchi(mol.get_inchi());
      return listed.inchikey;
    } finally {
      mol.delete();
    }
  }

  /**
   * The listed substance with this InChIKey (the last listed among equals, `whole`) or this first block (the first
   * listed, `connectivity`). Only the listed structures with as many atoms other than hydrogen can have either (one
   * InChI, one formula): their InChIKeys are computed when first asked for, not every listed one in every thread
   * (each InChI also counts towards the tier-up of RDKit's InChI code to optimised code, seconds of compilation).
   * An empty key (no InChI) is compared with every listed one, as before.
   */
  private listedByInchikey(
    inchikey: string,
    nonHydrogen: number,
    by: 'whole' | 'connectivity',
  ): string | undefined {
    let found: string | undefined;
    for (const listed of this.listedParents) {
      if (inchikey !== '' && listed.nonHydrogen !== nonHydrogen) continue;
      const key = this.listedInchikey(listed);
      if (by === 'whole' ? key === inchikey : key.slice(0, 14) === inchikey.slice(0, 14)) {
        found = listed.substanceId;
        if (by === 'connectivity') break;
      }
    }
    return found;
  }

  /** The analysis (not kept here: the screener keeps it, a structure worker hands it over). */
  analyse(smiles: string): StructureAnalysis {
    return this.analyseUncached(smiles);
  }

  private analyseUncached(smiles: string): StructureAnalysis {
    const parent = this.parentOf(smiles);
    if (!parent) return { valid: false };
    const { mol } = parent;
    try {
      const parentSmiles = mol.get_smiles();
      const heavyAtoms = mol.get_num_atoms();
      const base = {
        valid: true as const,
        parentSmiles,
        saltStripped: parent.stripped,
        heavyAtoms,
        scaffolds: [],
        similarities: [],
      };
      const byWhole = this.byWhole.get(parent.whole);
      if (byWhole) return { ...base, identical: { substanceId: byWhole, by: 'canonical-smiles' } };
      const byCanonical = this.byCanonical.get(parentSmiles);
      if (byCanonical) return { ...base, identical: { substanceId: byCanonical, by: 'canonical-smiles' } };
      // Without stereo marks the isomeric canonical SMILES is already the skeleton.
      const skeleton = /[@/\\]/.test(parentSmiles) ? mol.get_smiles(WITHOUT_STEREO) : parentSmiles;
      const bySkeleton = this.bySkeleton.get(skeleton);
      if (bySkeleton) return { ...base, identical: { substanceId: bySkeleton, by: 'skeleton' } };

      // A charged parent (a carboxylate left by stripping its sodium) is its acid or base: standard
      // InChI moves protons and charges out of the first InChIKey block.
      if (/[+-]\]/.test(parentSmiles)) {
        const inchikey = this.rdkit.get_inchikey_for_inchi(mol.get_inchi());
        const byConnectivity = this.listedByInchikey(inchikey, mol.get_num_atoms(true), 'connectivity');
        if (byConnectivity)
          return { ...base, inchikey, identical: { substanceId: byConnectivity, by: 'inchikey' } };
      }
      const found = this.scaffolds
        .filter(({ query }) => mol.get_substruct_match(query) !== '{}')
        .map(({ scaffold }) => scaffold);
      const scaffolds = found.map((scaffold) => scaffold.id);
      const fingerprint = fingerprintOf(mol);
      const library = this.library;
      const similarity = library.map((entry) => tanimoto(fingerprint, entry.fingerprint));
      // The most similar entry that passes, the first listed among equals (as a stable sort ranks them):
      // found without sorting ~50 objects per structure, which was more work than the Tanimoto itself.
      const mostSimilar = (passes: (entry: LibraryEntry) => boolean): number => {
        let at = -1;
        for (let i = 0; i < library.length; i++)
          if (
            passes(library[i] as LibraryEntry) &&
            (at < 0 || (similarity[i] as number) > (similarity[at] as number))
          )
            at = i;
        return at;
      };
      const nameable = new Set([
        mostSimilar((entry) => entry.heavyAtoms >= MIN_HEAVY_ATOMS_FOR_SIMILARITY),
        ...found.map((scaffold) => mostSimilar((entry) => scaffold.relatedTo.includes(entry.substanceId))),
      ]);
      nameable.delete(-1);
      const similarities = [...nameable]
        .sort((a, b) => (similarity[b] as number) - (similarity[a] as number) || a - b)
        .map((i) => ({
          substanceId: (library[i] as LibraryEntry).substanceId,
          similarity: similarity[i] as number,
          heavyAtoms: (library[i] as LibraryEntry).heavyAtoms,
        }));
      const result = { ...base, scaffolds, similarities };
      // InChIKey only for structures that look like a listed one: it catches tautomers and
      // representations that canonical SMILES keeps apart, and it is the slowest step.
      // An InChIKey can only equal a listed one for the same formula, hence the same heavy-atom count:
      // only a listed substance of that size that the structure resembles is worth the InChI.
      const threshold = scaffolds.length > 0 ? 0.3 : 0.5;
      const couldBeListed = library.some(
        (entry, i) => entry.heavyAtoms === heavyAtoms && (similarity[i] as number) >= threshold,
      );
      if (couldBeListed) {
        const inchikey = this.rdkit.get_inchikey_for_inchi(mol.get_inchi());
        const byInchikey = this.listedByInchikey(inchikey, mol.get_num_atoms(true), 'whole');
        if (byInchikey)
          return { ...result, inchikey, identical: { substanceId: byInchikey, by: 'inchikey' } };
        return { ...result, inchikey };
      }
      return result;
    } finally {
      mol.delete();
    }
  }

  /**
   * Parses SMILES and keeps its largest organic fragment, with the canonical SMILES of the whole
   * (fragments sorted); null when it does not parse.
   */
  private parentOf(smiles: string): { mol: Mol; stripped: boolean; whole: string } | null {
    const fragments = smiles.split('.');
    if (fragments.length > 1) {
      const parsed: { mol: Mol; atoms: number; organic: boolean }[] = [];
      let failed = false;
      for (const fragment of fragments) {
        const mol = fragment === '' ? null : this.rdkit.get_mol(fragment);
        if (!mol) {
          failed = true;
          break;
        }
        parsed.push({ mol, atoms: mol.get_num_atoms(), organic: hasCarbon(fragment) });
      }
      if (!failed) {
        const best = [...parsed].sort(
          (a, b) => Number(b.organic) - Number(a.organic) || b.atoms - a.atoms,
        )[0];
        const whole = parsed
          .map((p) => p.mol.get_smiles())
          .sort()
          .join('.');
        for (const p of parsed) if (p !== best) p.mol.delete();
        if (best) return { mol: best.mol, stripped: true, whole };
      }
      for (const p of parsed) p.mol.delete();
    }
    const mol = this.rdkit.get_mol(smiles);
    if (!mol) return null;
    if (mol.get_num_atoms() === 0) {
      mol.delete();
      return null;
    }
    return { mol, stripped: false, whole: '' };
  }

  /** Frees the scaffold queries (the process usually keeps one screen for its lifetime). */
  dispose(): void {
    for (const { query } of this.scaffolds) query.delete();
    this.scaffolds.length = 0;
  }
}

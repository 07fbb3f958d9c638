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
import { setFlagsFromString } from 'node:v8';
import type rdkitPackage from '@rdkit/rdkit';
import type { MainModule, Mol } from '@rdkit/rdkit';
import type { ControlList, Scaffold } from './control-list.ts';

const MORGAN = JSON.stringify({ radius: 2, nBits: 2048 });
const WITHOUT_STEREO = JSON.stringify({ doIsomericSmiles: false });
/** Smaller listed molecules (toluene, acetone) make Tanimoto noisy: they are identified, not approached. */
export const MIN_HEAVY_ATOMS_FOR_SIMILARITY = 8;

let rdkitPromise: Promise<MainModule> | undefined;
let inchiRdkitPromise: Promise<MainModule> | undefined;
let bytesPromise: Promise<Buffer<ArrayBuffer>> | undefined;
let wasmPromise: Promise<WebAssembly.Module> | undefined;
let inchiWasmPromise: Promise<WebAssembly.Module> | undefined;

type RdkitFactory = typeof rdkitPackage.default;

/**
 * RDKit's JavaScript (a CommonJS module), loaded with `require` when a thread first initialises RDKit: imported
 * from ESM, Node scanned its 100 kB for named exports in every thread (and optimised the scanner in each), and a
 * main thread whose structures go to the workers evaluated it for nothing.
 */
function rdkitFactory(): RdkitFactory {
  const loaded = createRequire(import.meta.url)('@rdkit/rdkit') as RdkitFactory | { default: RdkitFactory };
  return typeof loaded === 'function' ? loaded : loaded.default;
}

/**
 * RDKit's 7 MB of WebAssembly, compiled once per process. The structure workers are handed this module and
 * instantiate it: compiling it again in each thread (and again each function V8 compiles on first call) was
 * a second of CPU per worker.
 */
export function rdkitWasm(): Promise<WebAssembly.Module> {
  wasmPromise ??= rdkitBytes().then((bytes) => WebAssembly.compile(bytes));
  return wasmPromise;
}

function rdkitBytes(): Promise<Buffer<ArrayBuffer>> {
  bytesPromise ??= readFile(createRequire(import.meta.url).resolve('@rdkit/rdkit/RDKit_minimal.wasm'));
  return bytesPromise;
}

/**
 * V8 compiles a WebAssembly function quickly (Liftoff) on first call, then again with its optimising compiler
 * (TurboFan) once the function has run for this budget (roughly bytes of code executed; V8's default here).
 */
const DEFAULT_TIERING_BUDGET = 1_800_000;
/**
 * The budget of the module that computes InChIs: RDKit's InChI code is large and runs hot from the first InChIs,
 * so V8 optimised ~100 of its functions, about a second of CPU, for the few hundred InChIs a file of 10,000
 * structures needs (0.4 ms each without it). With this budget 2,000 InChIs stay on Liftoff and still cost less
 * than with the optimisation; a file needing far more reaches it and is optimised then.
 */
const INCHI_TIERING_BUDGET = 2_000_000_000;

/**
 * RDKit compiled a second time, for InChIs alone, with its own tiering budget: V8 reads the budget when it creates a
 * module's code, and shares one module's code (and budgets) between every compilation of the same bytes, hence the
 * custom section (ignored by the code) that makes these bytes another module. Compiling is lazy, ~50 ms.
 */
export function inchiWasm(): Promise<WebAssembly.Module> {
  // After the screening module's compilation, which is asynchronous: it must not read the flag set here.
  inchiWasmPromise ??= rdkitWasm().then(async () => {
    const bytes = await rdkitBytes();
    const name = Buffer.from('centinela-inchi');
    // A custom section: id 0, its size and its name's length (one byte each here), the name.
    const marked = Buffer.concat([bytes, Buffer.from([0, name.length + 1, name.length]), name]);
    setFlagsFromString(`--wasm-tiering-budget=${INCHI_TIERING_BUDGET}`);
    try {
      // Synchronous, so that no other module is created while the flag is set.
      return new WebAssembly.Module(marked);
    } finally {
      setFlagsFromString(`--wasm-tiering-budget=${DEFAULT_TIERING_BUDGET}`);
    }
  });
  return inchiWasmPromise;
}

/** RDKit is initialised once per thread, from the process's compiled module (or the one given to a worker). */
export function loadRdkit(compiled?: WebAssembly.Module): Promise<MainModule> {
  rdkitPromise ??= instantiateRdkit(compiled ? Promise.resolve(compiled) : rdkitWasm());
  return rdkitPromise;
}

/** The thread's RDKit for InChIs (`inchiWasm`). */
function loadInchiRdkit(compiled?: WebAssembly.Module): Promise<MainModule> {
  inchiRdkitPromise ??= instantiateRdkit(compiled ? Promise.resolve(compiled) : inchiWasm());
  return inchiRdkitPromise;
}

function instantiateRdkit(compiled: Promise<WebAssembly.Module>): Promise<MainModule> {
  return compiled
    .then((wasm) =>
      rdkitFactory()({
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

  /** `inchi` is the RDKit that computes InChIs (`inchiWasm`); its molecules are parsed again from the same text. */
  private constructor(
    private readonly rdkit: MainModule,
    private readonly inchi: MainModule,
  ) {}

  /** Only the list's file is read: a structure worker builds its screen without the list's validation (zod). */
  static async create(
    list: Pick<ControlList, 'file'>,
    compiled?: { rdkit: WebAssembly.Module; inchi: WebAssembly.Module },
  ): Promise<StructureScreen> {
    const [rdkit, inchi] = await Promise.all([loadRdkit(compiled?.rdkit), loadInchiRdkit(compiled?.inchi)]);
    const screen = new StructureScreen(rdkit, inchi);
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
    listed.inchikey ??= this.inchikeyOfText(listed.smiles, `substance ${listed.substanceId}`);
    return listed.inchikey;
  }

  /**
   * The InChIKey of the molecule RDKit parses from this SMILES, computed by the InChI module: the same text parsed
   * the same way gives the same molecule there, hence the InChIKey the screening module would compute.
   */
  private inchikeyOfText(smiles: string, what: string): string {
    const mol = this.inchi.get_mol(smiles);
    if (!mol) throw new Error(`${what}: SMILES that parsed once did not parse again`);
    try {
      return this.inchi.get_inchikey_for_inchi(mol.get_inchi());
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
    const { mol, source } = parent;
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
        const inchikey = this.inchikeyOfText(source, 'structure');
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
        const inchikey = this.inchikeyOfText(source, 'structure');
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
  private parentOf(smiles: string): { mol: Mol; stripped: boolean; whole: string; source: string } | null {
    const fragments = smiles.split('.');
    if (fragments.length > 1) {
      const parsed: { mol: Mol; atoms: number; organic: boolean; source: string }[] = [];
      let failed = false;
      for (const fragment of fragments) {
        const mol = fragment === '' ? null : this.rdkit.get_mol(fragment);
        if (!mol) {
          failed = true;
          break;
        }
        parsed.push({ mol, atoms: mol.get_num_atoms(), organic: hasCarbon(fragment), source: fragment });
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
        if (best) return { mol: best.mol, stripped: true, whole, source: best.source };
      }
      for (const p of parsed) p.mol.delete();
    }
    const mol = this.rdkit.get_mol(smiles);
    if (!mol) return null;
    if (mol.get_num_atoms() === 0) {
      mol.delete();
      return null;
    }
    return { mol, stripped: false, whole: '', source: smiles };
  }

  /** Frees the scaffold queries (the process usually keeps one screen for its lifetime). */
  dispose(): void {
    for (const { query } of this.scaffolds) query.delete();
    this.scaffolds.length = 0;
  }
}

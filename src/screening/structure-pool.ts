/**
 * Structure analysis on worker threads: RDKit (WASM) is single-threaded, and for files of distinct
 * structures it is most of the work, so each worker holds its own RDKit and StructureScreen and the
 * main thread keeps the CSV, names and verdicts (and loads no RDKit of its own, see screen-file.ts). Results are
 * plain objects; the main thread keeps them in its screener, so a structure is analysed once.
 *
 * The worker is this module itself: compiled (dist/, when the CLI runs the build) it is started as it is;
 * as a TypeScript source it is started through tsx, so that it needs no build step and no second entry file.
 * Each worker instantiates the WebAssembly module the main thread compiled (`rdkitWasm`).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ControlList, ControlListFile } from './control-list.ts';
import { rdkitWasm, StructureScreen, type StructureAnalysis } from './structure.ts';

const ROLE = 'centinela-structure-worker';

interface Request {
  id: number;
  smiles: string[];
}
interface Response {
  id: number;
  results: StructureAnalysis[];
}

export class StructurePool {
  private next = 0;
  private readonly pending = new Map<number, (results: StructureAnalysis[]) => void>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers)
      worker.on('message', ({ id, results }: Response) => {
        this.pending.get(id)?.(results);
        this.pending.delete(id);
      });
  }

  get size(): number {
    return this.workers.length;
  }

  /** One worker per core unless told otherwise (none on one core); null for none. */
  static async create(list: ControlList, size = defaultSize()): Promise<StructurePool | null> {
    if (size < 1) return null;
    const workerData: WorkerData = { role: ROLE, file: list.file, wasm: await rdkitWasm() };
    const self = import.meta.url;
    const start = (): Worker => {
      if (self.endsWith('.js')) return new Worker(new URL(self), { workerData });
      // An eval worker registers tsx before importing this TypeScript module.
      const tsx = import.meta.resolve('tsx/esm/api');
      const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(self)}); });`;
      return new Worker(boot, { eval: true, workerData });
    };
    return new StructurePool(Array.from({ length: size }, start));
  }

  /** Analyses the structures, split evenly over the workers; results in input order. */
  async analyse(smiles: readonly string[]): Promise<StructureAnalysis[]> {
    if (smiles.length === 0) return [];
    const per = Math.ceil(smiles.length / this.workers.length);
    const parts = this.workers.map((worker, w) => {
      const chunk = smiles.slice(w * per, (w + 1) * per);
      if (chunk.length === 0) return Promise.resolve([]);
      const id = this.next++;
      return new Promise<StructureAnalysis[]>((resolve) => {
        this.pending.set(id, resolve);
        worker.postMessage({ id, smiles: chunk } satisfies Request);
      });
    });
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** One per core; none on a single core, where a worker would only add its start to the main thread's work. */
function defaultSize(): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : cores;
}

interface WorkerData {
  role: typeof ROLE;
  file: ControlListFile;
  wasm: WebAssembly.Module;
}

async function serve({ file, wasm }: WorkerData): Promise<void> {
  // The list as the main thread validated it: importing control-list.ts here would evaluate zod and build its
  // schemas in every worker for nothing.
  const screen = await StructureScreen.create({ file }, wasm);
  parentPort?.on('message', ({ id, smiles }: Request) => {
    parentPort?.postMessage({ id, results: smiles.map((s) => screen.analyse(s)) } satisfies Response);
  });
}

const data = workerData as Partial<WorkerData> | null;
if (!isMainThread && data?.role === ROLE && data.file && data.wasm) await serve(data as WorkerData);

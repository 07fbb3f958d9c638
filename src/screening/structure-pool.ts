/**
 * Structure analysis on worker threads: RDKit (WASM) is single-threaded, and for files of distinct
 * structures it is most of the work, so each worker holds its own RDKit and StructureScreen and the
 * main thread keeps the CSV, names and verdicts (and loads no RDKit of its own, see screen-file.ts). Results are
 * plain objects; the main thread keeps them in its screener, so a structure is analysed once.
 *
 * The worker is this module itself: compiled (dist/, when the CLI runs the build) it is started as it is;
 * as a TypeScript source it is started through tsx, so that it needs no build step and no second entry file.
 * Each worker instantiates the WebAssembly modules the main thread compiled (`rdkitWasm`, `inchiWasm`).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ControlList, ControlListFile } from './control-list.ts';
import { inchiWasm, rdkitWasm, StructureScreen, type StructureAnalysis } from './structure.ts';

const ROLE = 'centinela-structure-worker';
/**
 * Structures handed to a worker at a time. Workers take the next chunk when they finish one, so that a worker the
 * machine's load holds back (or one still starting) does not keep the other waiting for an even half of a batch.
 */
const CHUNK = 32;
/** Chunks a worker holds at once: one it works on and one queued, so that it never waits for a message. */
const IN_FLIGHT = 2;

interface Request {
  id: number;
  smiles: string[];
}
type Response = { id: number; results: StructureAnalysis[] } | { ready: true };

interface Chunk {
  smiles: string[];
  done: (results: StructureAnalysis[]) => void;
}

interface Running {
  worker: Worker;
  ready: boolean;
  inFlight: number;
}

export class StructurePool {
  private next = 0;
  private readonly running: Running[] = [];
  private readonly queue: Chunk[] = [];
  private readonly pending = new Map<number, { chunk: Chunk; on: Running }>();
  private firstChunkDone = false;

  /**
   * The workers start one after another: each starts when the previous one has analysed a chunk. RDKit's functions
   * are compiled lazily, on first call, into code the threads share: started together, the workers compiled the
   * same functions at the same moment, each for itself. Meanwhile the first takes every chunk.
   */
  private constructor(
    private readonly wanted: number,
    private readonly start: () => Worker,
  ) {
    this.startWorker();
  }

  get size(): number {
    return this.wanted;
  }

  /** One worker per core but the calling thread's unless told otherwise (none on one core); null for none. */
  static async create(list: ControlList, size = defaultSize()): Promise<StructurePool | null> {
    if (size < 1) return null;
    const [rdkit, inchi] = await Promise.all([rdkitWasm(), inchiWasm()]);
    const workerData: WorkerData = { role: ROLE, file: list.file, wasm: { rdkit, inchi } };
    const self = import.meta.url;
    const start = (): Worker => {
      if (self.endsWith('.js')) return new Worker(new URL(self), { workerData });
      // An eval worker registers tsx before importing this TypeScript module.
      const tsx = import.meta.resolve('tsx/esm/api');
      const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(self)}); });`;
      return new Worker(boot, { eval: true, workerData });
    };
    return new StructurePool(size, start);
  }

  private startWorker(): void {
    const running: Running = { worker: this.start(), ready: false, inFlight: 0 };
    this.running.push(running);
    running.worker.on('message', (response: Response) => {
      if ('ready' in response) running.ready = true;
      else {
        const entry = this.pending.get(response.id);
        this.pending.delete(response.id);
        running.inFlight--;
        entry?.chunk.done(response.results);
        if (!this.firstChunkDone) {
          this.firstChunkDone = true;
          while (this.running.length < this.wanted) this.startWorker();
        }
      }
      this.dispatch();
    });
  }

  /** Hands queued chunks to the ready workers with room, the least busy first. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let on: Running | undefined;
      for (const r of this.running)
        if (r.ready && r.inFlight < IN_FLIGHT && (!on || r.inFlight < on.inFlight)) on = r;
      if (!on) return;
      const chunk = this.queue.shift() as Chunk;
      const id = this.next++;
      this.pending.set(id, { chunk, on });
      on.inFlight++;
      on.worker.postMessage({ id, smiles: chunk.smiles } satisfies Request);
    }
  }

  /** Analyses the structures in chunks, each taken by the next worker free; results in input order. */
  async analyse(smiles: readonly string[]): Promise<StructureAnalysis[]> {
    if (smiles.length === 0) return [];
    const parts: Promise<StructureAnalysis[]>[] = [];
    for (let at = 0; at < smiles.length; at += CHUNK) {
      const chunk = smiles.slice(at, at + CHUNK);
      parts.push(new Promise((done) => this.queue.push({ smiles: chunk, done })));
    }
    this.dispatch();
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.running.map((r) => r.worker.terminate()));
  }
}

/**
 * One per core but one: the calling thread analyses a share too (`screenDeclarationsInParallel`). None on a single
 * core, where a worker would only add its start to the main thread's work.
 */
function defaultSize(): number {
  return Math.max(0, availableParallelism() - 1);
}

interface WorkerData {
  role: typeof ROLE;
  file: ControlListFile;
  wasm: { rdkit: WebAssembly.Module; inchi: WebAssembly.Module };
}

async function serve({ file, wasm }: WorkerData): Promise<void> {
  // The list as the main thread validated it: importing control-list.ts here would evaluate zod and build its
  // schemas in every worker for nothing.
  const screen = await StructureScreen.create({ file }, wasm);
  parentPort?.on('message', ({ id, smiles }: Request) => {
    parentPort?.postMessage({
      id,
      results: smiles.map((s) => screen.analyse(s)),
    } satisfies Response);
  });
  parentPort?.postMessage({ ready: true } satisfies Response);
}

const data = workerData as Partial<WorkerData> | null;
if (!isMainThread && data?.role === ROLE && data.file && data.wasm) await serve(data as WorkerData);

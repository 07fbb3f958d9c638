import { afterAll, describe, expect, it } from 'vitest';
import { loadControlList } from './control-list.ts';
import { Screener } from './screen-line.ts';
import { screenDeclarations, screenDeclarationsInParallel, type ScreenOutput } from './screen-file.ts';
import { StructurePool } from './structure-pool.ts';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';

const list = loadControlList();
const pool = await StructurePool.create(list, 2);
afterAll(() => pool?.close());

async function collect(outputs: AsyncGenerator<ScreenOutput>): Promise<ScreenOutput[]> {
  const out: ScreenOutput[] = [];
  for await (const o of outputs) out.push(o);
  return out;
}

/** Rows of fentanyl-like structures, some repeated across batches and some invalid. */
function csvOf(count: number): Buffer {
  const rows = Array.from({ length: count }, (_, i) => ({
    line_no: String((i % 10) + 1),
    declaration_id: `2616001${String(Math.floor(i / 10)).padStart(7, '0')}`,
    smiles:
      i % 13 === 0
        ? 'C1CC('
        : `${'C'.repeat(1 + (i % 3))}C(=O)N(c1ccccc1)C1CCN(${'C'.repeat(1 + (Math.floor(i / 3) % 12))}c2ccccc2)CC1`,
  }));
  return Buffer.from(declarationsCsv(rows));
}

// Small batches, so that a few dozen rows cross several of them: the work stays small on a loaded machine.
const BATCH = 8;

describe('structure analysis on worker threads', () => {
  it('gives the same output, in the same order, as the single-threaded screen', async () => {
    const csv = csvOf(60);
    const sequential = await collect(screenDeclarations([csv], await Screener.create(list)));
    expect(sequential.filter((o) => 'error' in o)).toHaveLength(5);
    expect(pool).not.toBeNull();
    let started = 0;
    const startPool = async (): Promise<StructurePool | null> => {
      started++;
      return pool;
    };
    // A main thread without RDKit: every structure goes to the workers once they run.
    const elsewhere = await Screener.create(list, { structures: 'elsewhere' });
    const parallel = await collect(
      screenDeclarationsInParallel([csv], elsewhere, { startPool, batch: BATCH }),
    );
    expect(parallel).toEqual(sequential);
    expect(elsewhere.analysesHere).toBe(false);
    // A main thread with RDKit takes a share beside the workers.
    const here = await Screener.create(list);
    expect(await collect(screenDeclarationsInParallel([csv], here, { startPool, batch: BATCH }))).toEqual(
      sequential,
    );
    expect(started).toBe(2);
  });

  it('screens a file of few structures on this thread, without starting workers', async () => {
    const csv = csvOf(BATCH);
    const sequential = await collect(screenDeclarations([csv], await Screener.create(list)));
    const screener = await Screener.create(list, { structures: 'elsewhere' });
    const startPool = (): Promise<StructurePool | null> => {
      throw new Error('no workers for a file of one batch');
    };
    expect(await collect(screenDeclarationsInParallel([csv], screener, { startPool, batch: BATCH }))).toEqual(
      sequential,
    );
    expect(screener.analysesHere).toBe(true);
  });
});

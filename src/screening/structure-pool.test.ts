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

describe('structure analysis on worker threads', () => {
  it('gives the same output, in the same order, as the single-threaded screen', async () => {
    // More rows than one batch, repeated and invalid structures among them.
    const rows = Array.from({ length: 1100 }, (_, i) => ({
      line_no: String((i % 10) + 1),
      declaration_id: `2616001${String(Math.floor(i / 10)).padStart(7, '0')}`,
      smiles:
        i % 13 === 0
          ? 'C1CC('
          : `${'C'.repeat(1 + (i % 5))}C(=O)N(c1ccccc1)C1CCN(${'C'.repeat(1 + (Math.floor(i / 5) % 40))}c2ccccc2)CC1`,
    }));
    const csv = Buffer.from(declarationsCsv(rows));
    const sequential = await collect(screenDeclarations([csv], await Screener.create(list)));
    expect(pool).not.toBeNull();
    const parallel = await collect(screenDeclarationsInParallel([csv], await Screener.create(list), pool!));
    expect(parallel).toEqual(sequential);
    expect(sequential.filter((o) => 'error' in o)).toHaveLength(85);
  });
});

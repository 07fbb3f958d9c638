/**
 * Commands: `centinela screen FILE.csv --format jsonl|csv|table` (no database), `centinela lists`
 * (the control list version in force) and `centinela import declarations FILE`.
 */
import { createReadStream } from 'node:fs';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { loadControlList, type ControlList } from './control-list.ts';
import { Screener } from './screen-line.ts';
import { isScreenedError, screenDeclarationsInParallel, type ScreenOutput } from './screen-file.ts';
import { StructurePool } from './structure-pool.ts';
import { csvHeader, FORMATS, formatOutput, tableHeader, type Format } from './format.ts';
import { DeclarationsHeaderError } from '../declarations/index.ts';
import { registerImportDeclarations } from './import-cli.ts';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('lists')
    .description('print the control list version in force and what it holds')
    .action(() => printListVersion(loadControlList()));

  program
    .command('screen')
    .description('screen a declarations CSV without storing it; one result per input line')
    .argument('[file]', 'declarations CSV (- for standard input)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('jsonl'))
    .option('--list-version', 'print the control list version in force and exit')
    .option(
      '--workers <n>',
      'worker threads for structure analysis beside this one, started when a file has many structures (default: one per core but one; 0: none)',
      (value: string) => Number.parseInt(value, 10),
    )
    .action(
      async (
        file: string | undefined,
        options: { format: Format; listVersion?: boolean; workers?: number },
      ) => {
        const list = loadControlList();
        if (options.listVersion || !file) {
          printListVersion(list);
          return;
        }
        await screenFile(file, options.format, list, options.workers);
      },
    );

  registerImportDeclarations(program, ctx);
}

function printListVersion(list: ControlList): void {
  const { version, published, substances, scaffolds } = list.file;
  console.log(
    `control list ${version} (published ${published}): ${substances.length} substances, ${scaffolds.length} analog scaffolds`,
  );
}

async function screenFile(
  file: string,
  format: Format,
  list: ControlList,
  workers: number | undefined,
): Promise<void> {
  // RDKit is loaded on this thread only if the workers do not start (a file with few or no structures).
  const screener = await Screener.create(list, { structures: 'elsewhere' });
  let pool: Promise<StructurePool | null> | undefined;
  const source = file === '-' ? process.stdin : createReadStream(file);
  const counts = new Map<string, number>();
  const out = new BufferedStdout();
  if (format === 'csv') await out.write(csvHeader());
  if (format === 'table') await out.write(tableHeader());
  try {
    const outputs = screenDeclarationsInParallel(source, screener, {
      startPool: () => (pool ??= startAnalysers(screener, list, workers)),
    });
    for await (const output of outputs) {
      const key = verdictOrError(output);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      await out.write(formatOutput(output, format));
    }
  } catch (error) {
    if (error instanceof DeclarationsHeaderError) {
      await out.flush();
      console.error(`centinela: DECLARATIONS_HEADER: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  } finally {
    await (await pool)?.close();
  }
  await out.flush();
  const summary = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  console.error(`screened with control list ${list.version}: ${summary || 'no rows'}`);
  if (counts.has('error')) process.exitCode = 1;
}

/**
 * The structure workers, with this thread analysing a share beside them: its rows take little of its time, and one
 * worker fewer is one isolate fewer (its start, RDKit's instantiation, its own optimisation of the same JavaScript and
 * its collections): on 2 cores, this thread and one worker took ~10 % less CPU and wall time than two workers
 * (docs/PERFORMANCE.md). RDKit is loaded here first, so that the worker finds the functions RDKit's start calls
 * compiled already (compiled lazily, on first call, into code the threads share).
 */
async function startAnalysers(
  screener: Screener,
  list: ControlList,
  workers: number | undefined,
): Promise<StructurePool | null> {
  await screener.analyseStructuresHere();
  return StructurePool.create(list, workers);
}

function verdictOrError(output: ScreenOutput): string {
  return isScreenedError(output) ? 'error' : output.verdict;
}

/** Batches writes to stdout and respects back-pressure (a pipe to `head` or a slow consumer). */
class BufferedStdout {
  private pending: string[] = [];
  private size = 0;

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!process.stdout.write(chunk))
      await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

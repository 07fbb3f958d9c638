/** `centinela import declarations FILE`: screens and stores a declarations CSV (attaches to `import`). */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { importMarkingOf, importSubcommand, type ImportMarkingOptions } from '../cli/options.ts';
import { refreshStatistics } from '../store/statistics.ts';
import { progress } from '../cli/progress.ts';
import { loadControlList } from './control-list.ts';
import { Screener } from './screen-line.ts';
import { DEFAULT_BATCH_SIZE, importDeclarations, type ImportSummary } from './import-declarations.ts';

export function registerImportDeclarations(program: Command, ctx: CliContext): void {
  importSubcommand(program, 'declarations')
    .description('screen and store a declarations CSV; alerts for lines not clear (idempotent, resumable)')
    .argument('<file>', 'declarations CSV')
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .option('--batch-size <n>', 'lines per transaction', (v) => Number.parseInt(v, 10), DEFAULT_BATCH_SIZE)
    .action(
      async (
        file: string,
        options: ImportMarkingOptions & { format: 'text' | 'json'; batchSize: number },
      ) => {
        const size = (await stat(file)).size;
        const db = await ctx.openStore();
        try {
          const actor = await ctx.actorFor(db);
          const marking = importMarkingOf(actor, options);
          const screener = await Screener.create(loadControlList());
          const bar = progress(ctx.interactive);
          let bytesRead = 0;
          async function* counted(): AsyncGenerator<Buffer> {
            for await (const chunk of createReadStream(file)) {
              bytesRead += (chunk as Buffer).length;
              yield chunk as Buffer;
            }
          }
          bar.start(size, 'declarations');
          const summary = await importDeclarations(db, actor, counted(), screener, {
            batchSize: options.batchSize,
            marking,
            onProgress: () => bar.update(bytesRead),
          });
          bar.update(size);
          bar.stop();
          if (summary.imported > 0) await refreshStatistics(db);
          if (options.format === 'json') console.log(JSON.stringify(summary, null, 2));
          else printSummary(summary);
          if (summary.rejected > 0) process.exitCode = 1;
        } finally {
          await db.close();
        }
      },
    );
}

function printSummary(summary: ImportSummary): void {
  const { alerts, verdicts } = summary;
  console.log(
    `${summary.rows} rows: ${summary.imported} imported, ${summary.already_imported} already imported, ${summary.rejected} rejected (control list ${summary.list_version})`,
  );
  console.log(
    `verdicts: controlled ${verdicts.controlled}, analog ${verdicts.analog}, watch ${verdicts.watch}, clear ${verdicts.clear}; new alerts: controlled ${alerts.controlled}, analog ${alerts.analog}, watch ${alerts.watch}`,
  );
  for (const error of summary.errors) {
    const where = error.declaration_id ? ` (${error.declaration_id}/${error.line_no ?? '?'})` : '';
    console.log(
      `line ${error.line}${where}: ${error.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    );
  }
  if (summary.rejected > summary.errors.length)
    console.log(`… and ${summary.rejected - summary.errors.length} more rejected rows`);
}

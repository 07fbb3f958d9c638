/** `centinela import incidents FILE` and `centinela import field-reports FILE`, with the markings options. */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { importMarkingOf, importSubcommand, type ImportMarkingOptions } from '../cli/options.ts';
import { importFieldReports, importIncidents, type ImportSummary } from './import.ts';

function report(summary: ImportSummary, what: string, format: 'text' | 'json'): void {
  if (format === 'json') console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(
      `${summary.rows} rows: ${summary.imported} ${what} imported, ${summary.updated} updated, ${summary.unchanged} already imported, ${summary.rejected} rejected`,
    );
    for (const e of summary.errors)
      for (const f of e.errors) console.log(`line ${e.line}, ${f.field}: ${f.message}`);
  }
  if (summary.rejected > 0) process.exitCode = 1;
}

export function register(program: Command, ctx: CliContext): void {
  for (const [name, run, what] of [
    ['incidents', importIncidents, 'incidents'],
    ['field-reports', importFieldReports, 'field reports'],
  ] as const) {
    importSubcommand(program, name)
      .description(`import ${what} (CSV in the BRIEF's format); idempotent by the source's id`)
      .argument('<file>', 'CSV file with a header row')
      .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
      .action(async (file: string, options: ImportMarkingOptions & { format: 'text' | 'json' }) => {
        const text = await readFile(file, 'utf8');
        const db = await ctx.openStore();
        try {
          const actor = await ctx.actorFor(db);
          report(await run(db, actor, text, importMarkingOf(actor, options)), what, options.format);
        } finally {
          await db.close();
        }
      });
  }
}

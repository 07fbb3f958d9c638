/** `centinela export stix [--out FILE]`, `centinela import stix FILE`, and the peers' commands (peers-cli.ts: peers, sync, push). */
import { readFile, writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { exportCommand, importCommand } from '../cli/options.ts';
import { exportBundle } from './export.ts';
import { importStix, type StixImportSummary } from './import.ts';
import { registerPeers, registerPush, registerSync } from './peers-cli.ts';

function report(summary: StixImportSummary, format: 'text' | 'json'): void {
  if (format === 'json') console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(
      `${summary.objects} objects: ${summary.imported} imported, ${summary.updated} updated, ${summary.unchanged} already held, ${summary.skipped.length} skipped, ${summary.rejected} rejected`,
    );
    for (const s of summary.skipped) console.log(`object ${s.index} (${s.id}): skipped, ${s.reason}`);
    for (const e of summary.errors)
      console.log(`object ${e.index}${e.id ? ` (${e.id})` : ''}, ${e.field}: ${e.message}`);
  }
  if (summary.rejected > 0) process.exitCode = 1;
}

export function register(program: Command, ctx: CliContext): void {
  registerPeers(program, ctx);
  registerSync(program, ctx);
  registerPush(program, ctx);
  exportCommand(program)
    .command('stix')
    .description('a STIX 2.1 bundle of exactly what the acting user may see, with its markings')
    .option('--out <file>', 'write the bundle to this file (standard output otherwise)')
    .action(async (options: { out?: string }) => {
      const db = await ctx.openStore();
      try {
        const bundle = await exportBundle(db, await ctx.actorFor(db));
        const text = `${JSON.stringify(bundle, null, 2)}\n`;
        if (options.out) await writeFile(options.out, text);
        else process.stdout.write(text);
      } finally {
        await db.close();
      }
    });
  importCommand(program)
    .command('stix')
    .description(
      'import a STIX 2.1 bundle: owners and markings kept (never widened); idempotent by id and modified',
    )
    .argument('<file>', 'a STIX 2.1 bundle (JSON)')
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .action(async (file: string, options: { format: 'text' | 'json' }) => {
      const text = await readFile(file, 'utf8');
      const db = await ctx.openStore();
      try {
        report(await importStix(db, await ctx.actorFor(db), text), options.format);
      } finally {
        await db.close();
      }
    });
}

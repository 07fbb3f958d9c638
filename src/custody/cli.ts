/** `centinela import permits|locations FILE` and `centinela findings`. */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { progress } from '../cli/progress.ts';
import { AppError } from '../errors/app-error.ts';
import { importMarkingOf, importSubcommand, type ImportMarkingOptions } from '../cli/options.ts';
import { FindingThresholds } from './config.ts';
import { listFindings } from './findings.repository.ts';
import { analyseConsignments } from './findings.service.ts';
import { FINDING_KINDS, type FindingKind } from './model.ts';
import { importLocations, importPermits, type ImportSummary } from './registry.service.ts';

function report(summary: ImportSummary, what: string): void {
  console.log(`imported ${summary.imported} ${what}; ${summary.errors.length} row error(s)`);
  for (const e of summary.errors)
    for (const f of e.errors) console.error(`line ${e.line}, ${f.field}: ${f.message}`);
  if (summary.errors.length > 0) process.exitCode = 2;
}

async function readThresholds(file: string | undefined): Promise<FindingThresholds> {
  if (!file) return FindingThresholds.parse({});
  const parsed = FindingThresholds.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('VALIDATION_FAILED', { field: issue.path.join('.'), detail: issue.message });
  }
  return parsed.data;
}

export function register(program: Command, ctx: CliContext): void {
  for (const [name, run, what] of [
    ['permits', importPermits, 'permits'],
    ['locations', importLocations, 'locations'],
  ] as const) {
    importSubcommand(program, name)
      .description(`import the ${what} registry (CSV in the BRIEF's format)`)
      .argument('<file>', 'CSV file with a header row')
      .action(async (file: string, options: ImportMarkingOptions) => {
        const db = await ctx.openStore();
        try {
          const actor = await ctx.actorFor(db);
          const marking = importMarkingOf(actor, options);
          report(await run(db, actor, await readFile(file, 'utf8'), marking), what);
        } finally {
          await db.close();
        }
      });
  }

  program
    .command('findings')
    .description('diversion findings per consignment (re-analyses consignments with new events first)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'table']).default('table'))
    .addOption(
      new Option('--recompute <scope>', 'which consignments to analyse first')
        .choices(['stale', 'all', 'none'])
        .default('stale'),
    )
    .addOption(new Option('--kind <kind>', 'only this kind').choices([...FINDING_KINDS]))
    .option('--thresholds <file>', 'JSON file overriding detector thresholds (docs/FINDINGS.md)')
    .action(
      async (options: {
        format: string;
        recompute: 'stale' | 'all' | 'none';
        kind?: FindingKind;
        thresholds?: string;
      }) => {
        const thresholds = await readThresholds(options.thresholds);
        const db = await ctx.openStore();
        try {
          const actor = await ctx.actorFor(db);
          if (options.recompute !== 'none') {
            const bar = progress(ctx.interactive);
            let started = false;
            await analyseConsignments(db, actor, options.recompute, {
              thresholds,
              onProgress: (done, total) => {
                if (!started) bar.start(total, 'findings');
                started = true;
                bar.update(done);
              },
            });
            bar.stop();
          }
          const pageSize = 10_000;
          for (let offset = 0; ; offset += pageSize) {
            const { findings: page } = await db.asUser(actor, (tx) =>
              listFindings(tx, { kind: options.kind, limit: pageSize, offset }),
            );
            for (const f of page) {
              if (options.format === 'jsonl') {
                const line = {
                  bill_of_lading: f.billOfLading,
                  kind: f.kind,
                  severity: f.severity,
                  evidence: f.evidence,
                  explanation: f.explanation,
                  // Where analysts stand on it (docs/FINDINGS.md "Working findings").
                  status: f.status,
                  assignee: f.assignee,
                  dismiss_reason: f.dismissReason,
                };
                process.stdout.write(`${JSON.stringify(line)}\n`);
              } else {
                process.stdout.write(
                  `${f.billOfLading}\t${f.kind}\t${f.severity}\t${f.status}\t${f.explanation.en}\n`,
                );
              }
            }
            if (page.length < pageSize) break;
          }
        } finally {
          await db.close();
        }
      },
    );
}

/**
 * `centinela import epcis FILE…`: captures EPCIS documents, then analyses every consignment whose analysis is
 * stale, whoever stored its events: a rerun after an interrupted import (events stored, analysis not done)
 * stores nothing new but still brings the findings up to date.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { progress } from '../cli/progress.ts';
import { AppError } from '../errors/app-error.ts';
import { importMarkingOf, importSubcommand, type ImportMarkingOptions } from '../cli/options.ts';
import { captureAndAnalyse, type Analyse } from './capture-and-analyse.ts';

/** A file holds one JSON document, or JSON Lines with one document per line. */
export function documentsIn(text: string, file: string): unknown[] {
  const trimmed = text.trim();
  try {
    return [JSON.parse(trimmed)];
  } catch {
    return trimmed
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          throw new AppError('MALFORMED_JSON', {
            row: i + 1,
            detail: `${file} is neither a JSON document nor JSON Lines`,
          });
        }
      });
  }
}

/** `centinela import epcis`, given custody's analysis by the composition root. */
export function register(program: Command, ctx: CliContext, analyser: Analyse): void {
  importSubcommand(program, 'epcis')
    .description('capture GS1 EPCIS 2.0 documents (JSON / JSON-LD, one per file or JSON Lines)')
    .argument('<files...>', 'EPCISDocument or EPCISQueryDocument files')
    .action(async (files: string[], options: ImportMarkingOptions) => {
      const db = await ctx.openStore();
      try {
        const actor = await ctx.actorFor(db);
        const marking = importMarkingOf(actor, options);
        const documents = async function* () {
          for (const file of files) yield* documentsIn(await readFile(file, 'utf8'), file);
        };
        const bar = progress(ctx.interactive);
        let started = false;
        const { analysis } = await captureAndAnalyse(db, actor, documents(), {
          // the consignments of the events just stored, and any an earlier run left unanalysed
          analyse: 'stale',
          analyser,
          marking,
          onCaptured: (events, stored) =>
            console.log(`captured ${events} events, ${stored} new, ${events - stored} already stored`),
          onProgress: (done, total) => {
            if (!started) bar.start(total, 'findings');
            started = true;
            bar.update(done);
          },
        });
        bar.stop();
        console.log(`analysed ${analysis.consignments} consignments: ${analysis.findings} findings`);
      } finally {
        await db.close();
      }
    });
}

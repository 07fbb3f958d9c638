/** `centinela scenario --seed N --size small|medium|large --out DIR`: writes a synthetic world with its truth. */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { envOption } from '../cli/options.ts';
import { progress } from '../cli/progress.ts';
import { AppError } from '../errors/app-error.ts';
import { generateScenario } from './generate.ts';
import { SIZE_NAMES, type SizeName } from './model.ts';
import { REALISTIC, Variation, VARIATION_PRESETS, type VariationPreset } from './variation.ts';

export function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new AppError('VALIDATION_FAILED', {
      field: '--seed',
      detail: `a whole number from 0 to 4294967295, not ${value}`,
    });
  }
  return seed;
}

/** A preset name, or a JSON file of rates over the realistic preset. */
export function readVariation(value: string): Variation {
  if (value in VARIATION_PRESETS) return VARIATION_PRESETS[value as VariationPreset];
  let rates: unknown;
  try {
    rates = JSON.parse(readFileSync(value, 'utf8'));
  } catch {
    throw new AppError('VALIDATION_FAILED', {
      field: '--variation',
      detail: `plain, realistic or a readable JSON file of rates, not ${value}`,
    });
  }
  const parsed = Variation.safeParse({ ...REALISTIC, ...(rates as object) });
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', { field: '--variation', detail: parsed.error.message });
  return parsed.data;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('scenario')
    .description(
      'write a synthetic world (declarations, permits, locations, EPCIS events, incidents, field reports) and its ground truth (hidden labs among it)',
    )
    .addOption(
      envOption(
        '--seed <n>',
        'seed of the world; the same seed writes the same files',
        'CENTINELA_SEED',
        '1',
      ),
    )
    .addOption(
      new Option('--size <size>', 'small ≈ 1,000 lines, medium ≈ 100,000, large ≈ 1,000,000')
        .choices(SIZE_NAMES)
        .env('CENTINELA_SIZE')
        .default('small'),
    )
    .addOption(
      envOption(
        '--out <dir>',
        'folder to write into (created if missing; files are replaced)',
        'CENTINELA_SCENARIO_OUT',
        'scenario',
      ),
    )
    .addOption(
      new Option(
        '--variation <preset|file>',
        'plain (the world as before), realistic (events abroad before discharge, multi-container bills, transloads, holds, offsets…), or a JSON file of rates (src/scenario/variation.ts)',
      )
        .env('CENTINELA_SCENARIO_VARIATION')
        .default('plain'),
    )
    .action(async (options: { seed: string; size: SizeName; out: string; variation: string }) => {
      const seed = parseSeed(options.seed);
      const variation = readVariation(options.variation);
      const bar = progress(ctx.interactive);
      const started = performance.now();
      let shown = 0;
      bar.start(0, `scenario ${options.size}`);
      const summary = await generateScenario({
        seed,
        size: options.size,
        outDir: options.out,
        variation,
        onProgress: (lines, target) => {
          if (lines - shown >= target / 200 || lines >= target) {
            shown = lines;
            bar.start(target, `scenario ${options.size}`);
            bar.update(Math.min(lines, target));
          }
        },
      }).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EACCES' || code === 'ENOTDIR' || code === 'EROFS' || code === 'EEXIST') {
          throw new AppError('VALIDATION_FAILED', {
            field: '--out',
            detail: `cannot write to ${options.out} (${code})`,
          });
        }
        throw error;
      });
      bar.stop();
      const c = summary.counts;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Wrote ${c.lines.toLocaleString('en')} declaration lines (${c.declarations.toLocaleString('en')} declarations), ` +
          `${c.events.toLocaleString('en')} EPCIS events, ${c.permits} permits, ${c.locations} locations; ` +
          `${c.diverted} consignments diverted; ${c.labs.active} active and ${c.labs.past} past labs hidden, ` +
          `${c.incidents} incidents and ${c.fieldReports} field reports. Seed ${seed}, ${seconds} s.`,
      );
      console.log(`Files in ${options.out}: ${summary.files.join(', ')}`);
    });
}

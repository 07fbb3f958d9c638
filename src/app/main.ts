/**
 * The entry of `bin/centinela.mjs`. A command of the table below starts with only its capability's commands
 * registered: `centinela screen` evaluated every capability's module graph (Fastify, both database drivers, the
 * routes) before reading its first line, ~1 s of CPU at each start. Any other command, and `--help`, get the
 * whole program (`program.ts`).
 */
import { CommanderError, type Command } from 'commander';
import { AppError } from '../errors/app-error.ts';
import { catalogue } from '../errors/catalogue.ts';
import type { CliContext } from '../cli/context.ts';
import { deriveEnvironmentVariables, programWithGlobalOptions } from './global-options.ts';

type Register = (program: Command, context: CliContext) => void;

/** Commands whose capability registers them alone (its other commands come along; none of another's). */
const ALONE: Record<string, () => Promise<Register>> = {
  screen: () => import('../screening/cli.ts').then((m) => m.register),
  lists: () => import('../screening/cli.ts').then((m) => m.register),
};

/** Global options that take a value (`--data DIR`), to find the command after them. */
const GLOBAL_WITH_VALUE = new Set(['--data', '--database-url', '--as']);

/** The command named on the command line, or undefined when there is none or an option we do not know comes first. */
export function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('-')) return arg;
    if (GLOBAL_WITH_VALUE.has(arg)) i++;
    else if (!GLOBAL_WITH_VALUE.has(arg.split('=')[0] as string)) return undefined;
  }
  return undefined;
}

async function programFor(argv: readonly string[]): Promise<Command> {
  const alone = ALONE[commandNamed(argv) ?? ''];
  if (!alone) return (await import('./program.ts')).buildProgram();
  const { program, context } = programWithGlobalOptions();
  (await alone())(program, context);
  deriveEnvironmentVariables(program);
  return program;
}

/** Runs the CLI; errors of the catalogue print their code and message, and set the exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await (await programFor(argv)).parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof AppError) {
      const where = [error.details.row ? `row ${error.details.row}` : '', error.details.field ?? '']
        .filter(Boolean)
        .join(', ');
      console.error(
        `centinela: ${error.code}: ${catalogue[error.code].en}${where ? ` (${where})` : ''}${error.details.detail ? `: ${error.details.detail}` : ''}`,
      );
      process.exitCode = error.status >= 500 ? 1 : 2;
      return;
    }
    console.error(`centinela: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

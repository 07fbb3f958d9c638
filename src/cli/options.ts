import { AppError } from '../errors/app-error.ts';
import { Option, type Command } from 'commander';
import {
  ImportMarkingQuery,
  TLP_LEVELS,
  importMarking,
  type Marking,
  type Viewer,
} from '../shared/marking.ts';

/** An option that can also be set from an environment variable (CENTINELA_* by convention). */
export function envOption(flags: string, description: string, env: string, defaultValue?: string): Option {
  const option = new Option(flags, description).env(env);
  return defaultValue === undefined ? option : option.default(defaultValue);
}

/** Parses a TCP port option, refusing anything that is not one. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${value}`);
  return port;
}

/** A secret (a password) from an environment variable, or from standard input with `--password-stdin`. */
export async function readSecret(envName: string, fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').trim();
  }
  const value = process.env[envName];
  if (!value)
    throw new AppError('WEAK_PASSWORD', {
      field: envName,
      detail: `set ${envName} or pass --password-stdin`,
    });
  return value;
}

/**
 * The shared `import` command: each capability adds its own subcommand to it with `importSubcommand` (or, for a
 * format that carries its own markings, such as STIX, directly).
 */
export function importCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program
      .command('import')
      .description(
        'import a file (declarations, permits, locations, epcis, incidents, field-reports, stix); prints a summary and a per-row error report',
      )
  );
}

/** The shared `export` command: each capability adds the formats it writes as subcommands. */
export function exportCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'export') ??
    program.command('export').description('export what the acting user may see (stix)')
  );
}

/** The markings options every `centinela import …` takes (BRIEF "Markings on import"), as commander parsed them. */
export interface ImportMarkingOptions {
  tlp: string;
  releasableTo?: string;
  recipients?: string;
}

/**
 * `centinela import NAME`: a subcommand of the shared `import` command with the markings options
 * `--tlp` (default amber), `--releasable-to` and `--recipients`; its action reads them with `importMarkingOf`.
 */
export function importSubcommand(program: Command, name: string): Command {
  return importCommand(program)
    .command(name)
    .addOption(
      new Option('--tlp <level>', 'TLP 2.0 level of every imported record')
        .choices(TLP_LEVELS)
        .default('amber'),
    )
    .option(
      '--releasable-to <nations>',
      "nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included",
    )
    .option('--recipients <agencies>', 'agencies (comma-separated) named as recipients');
}

/**
 * The marking of what `owner` imports with these options: owned by its agency, releasable to its nation and
 * the nations named — the same rule (`importMarking`) as the API's imports.
 */
export function importMarkingOf(owner: Viewer, options: ImportMarkingOptions): Marking {
  const parsed = ImportMarkingQuery.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = String(issue.path[0] ?? 'tlp').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new AppError('VALIDATION_FAILED', { field: `--${option}`, detail: issue.message });
  }
  return importMarking(owner, parsed.data);
}

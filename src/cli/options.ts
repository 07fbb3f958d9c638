import { AppError } from '../errors/app-error.ts';
import { Option, type Command } from 'commander';

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

/** The shared `import` command: each capability adds its own subcommand to it. */
export function importCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('import a file: declarations, permits, locations, epcis, stix')
  );
}

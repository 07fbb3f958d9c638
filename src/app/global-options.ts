/**
 * The part of the program every command shares: the global options (`--data`, `--database-url`, `--as`), the
 * `CliContext` built on them, and the environment variable of every option. It loads no capability and no
 * database driver: `openStore` and `actorFor` import the store and identity when a command first calls them,
 * so that a command that needs neither (`centinela screen`) does not evaluate them.
 */
import { randomUUID } from 'node:crypto';
import { Command } from 'commander';
import type { Database } from '../store/database.ts';
import type { StoreOptions } from '../store/open.ts';
import type { Actor } from '../shared/actor.ts';
import { AppError } from '../errors/app-error.ts';
import type { CliContext } from '../cli/context.ts';
import { envOption } from '../cli/options.ts';

export function programWithGlobalOptions(): { program: Command; context: CliContext } {
  const program = new Command('centinela')
    .description('Follows controlled drug-precursor chemicals from port to consignee; see README.md.')
    .addOption(envOption('--data <dir>', 'folder of the embedded database', 'CENTINELA_DATA', '.centinela'))
    .addOption(
      envOption(
        '--database-url <url>',
        'PostgreSQL server URL (instead of the embedded database)',
        'DATABASE_URL',
      ),
    )
    .addOption(envOption('--as <username>', 'the user a command acts as', 'CENTINELA_AS'))
    .showHelpAfterError()
    .exitOverride();

  const context: CliContext = {
    interactive: Boolean(process.stderr.isTTY),
    // A command's audit entries are staged; they are chained before its store closes.
    openStore: async () => {
      const [{ openStore }, { sequencedOnClose }] = await Promise.all([
        import('../store/open.ts'),
        import('../audit/sequencer.ts'),
      ]);
      return sequencedOnClose(await openStore(storeOptionsOf(program)));
    },
    actorFor: (db, username) => actorByUsername(db, username ?? program.opts<{ as?: string }>().as),
  };
  return { program, context };
}

/** Where the store is: the global `--data` and `--database-url`. */
export function storeOptionsOf(program: Command): StoreOptions {
  const global = program.opts<{ data: string; databaseUrl?: string }>();
  return { dataDir: global.data, databaseUrl: global.databaseUrl };
}

/**
 * Gives every option that names no environment variable of its own one derived from its command
 * path: `screen --format` reads CENTINELA_SCREEN_FORMAT, `import declarations --batch-size` reads
 * CENTINELA_IMPORT_DECLARATIONS_BATCH_SIZE. So every option can come from the environment.
 */
export function deriveEnvironmentVariables(command: Command, path: string[] = []): void {
  for (const option of command.options) {
    if (option.envVar || !option.long) continue;
    const name = [...path, option.long.replace(/^--/, '')].join('_');
    option.env(`CENTINELA_${name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`);
    // Commander listens for an option's variable only if the option had it when it was added: say it here what
    // `addOption` would have (the value parsed as from the command line, its source `env`).
    command.on(`optionEnv:${option.name()}`, (text?: string) => {
      const key = option.attributeName();
      const value =
        text === undefined
          ? !option.negate
          : option.parseArg
            ? option.parseArg(text, command.getOptionValue(key) as unknown)
            : text;
      command.setOptionValueWithSource(key, value, 'env');
    });
  }
  for (const sub of command.commands) deriveEnvironmentVariables(sub, [...path, sub.name()]);
}

async function actorByUsername(db: Database, username: string | undefined): Promise<Actor> {
  const requestId = `cli-${randomUUID()}`;
  if (!username)
    throw new AppError('UNAUTHENTICATED', {
      field: '--as',
      detail: 'name the user to act as with --as or CENTINELA_AS',
    });
  const { openOwnerSession } = await import('../identity/service.ts');
  // The command line runs on the database host with the owner's connection; it opens a short-lived session
  // for the user (6 hours, labelled with the command) so that the database verifies that user as for a request.
  const actor = await openOwnerSession(db, username, requestId, `cli ${process.argv.slice(2, 4).join(' ')}`);
  if (!actor) throw new AppError('BAD_CREDENTIALS', { field: '--as', detail: username });
  return actor;
}

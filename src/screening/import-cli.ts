import type { Command } from 'commander';
import type { CliContext } from '../cli/context.ts';

/** `centinela import declarations FILE`: attaches to the shared `import` command. */
export function registerImportDeclarations(program: Command, _ctx: CliContext): void {
  const importCommand =
    program.commands.find((command) => command.name() === 'import') ??
    program.command('import').description('import a file; prints a summary and a per-row error report');
  importCommand
    .command('declarations')
    .description('screen and store a declarations CSV (idempotent; resumable)')
    .argument('<file>', 'declarations CSV')
    .action(() => {
      throw new Error('not yet implemented');
    });
}

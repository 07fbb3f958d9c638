import type { Command } from 'commander';
import type { CliContext } from './context.ts';

/** Every capability's commands (its `cli.ts`), in the order they appear in `centinela --help`. */
export function registerCapabilityCommands(_program: Command, _context: CliContext): void {}

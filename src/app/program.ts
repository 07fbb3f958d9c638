import type { Command } from 'commander';
import { registerFoundationCommands } from './foundation-commands.ts';
import { registerCapabilityCommands } from './capability-commands.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { deriveEnvironmentVariables, programWithGlobalOptions, storeOptionsOf } from './global-options.ts';

/** The whole program: every command of the foundation and of every capability (`centinela --help`). */
export function buildProgram(): Command {
  const { program, context } = programWithGlobalOptions();
  registerFoundationCommands(program, context);
  registerCapabilityCommands(program, context);
  registerBackupCommands(program, () => storeOptionsOf(program));
  deriveEnvironmentVariables(program);
  return program;
}

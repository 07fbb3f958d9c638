import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../app/program.ts';

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

describe('the centinela program', () => {
  it('reads every option from a CENTINELA_* (or DATABASE_URL) environment variable too', () => {
    const missing: string[] = [];
    for (const command of allCommands(buildProgram())) {
      for (const option of command.options) {
        const env = (option as { envVar?: string }).envVar;
        if (!env || !/^(CENTINELA_[A-Z0-9_]+|DATABASE_URL)$/.test(env))
          missing.push(`${command.name()} ${option.long}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the commands of the brief', () => {
    const names = allCommands(buildProgram()).map((c) => c.name());
    for (const name of [
      'demo',
      'serve',
      'import',
      'screen',
      'findings',
      'entities',
      'audit',
      'verify',
      'scenario',
    ]) {
      expect(names).toContain(name);
    }
  });
});

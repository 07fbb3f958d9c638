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

  it('takes an option from its derived variable, parsed as on the command line, and lets the command line win', () => {
    const program = buildProgram();
    const screen = program.commands.find((c) => c.name() === 'screen')!;
    const format = screen.options.find((o) => o.long === '--format')!;
    const before = process.env[format.envVar!];
    try {
      process.env[format.envVar!] = 'csv';
      screen.action(() => undefined);
      program.parse(['node', 'centinela', 'screen', 'lines.csv']);
      expect(screen.opts().format).toBe('csv');
      expect(screen.getOptionValueSource('format')).toBe('env');
      const again = buildProgram();
      const screenAgain = again.commands.find((c) => c.name() === 'screen')!;
      screenAgain.action(() => undefined);
      again.parse(['node', 'centinela', 'screen', 'lines.csv', '--format', 'table']);
      expect(screenAgain.opts().format).toBe('table');
    } finally {
      if (before === undefined) delete process.env[format.envVar!];
      else process.env[format.envVar!] = before;
    }
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

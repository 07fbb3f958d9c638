import { describe, expect, it } from 'vitest';
import { commandNamed } from './main.ts';

describe('the command a start registers alone', () => {
  const argv = (...args: string[]) => ['node', 'centinela', ...args];

  it('is found after the global options, with their values in either form', () => {
    expect(commandNamed(argv('screen', 'file.csv'))).toBe('screen');
    expect(commandNamed(argv('--data', 'screen', 'lists'))).toBe('lists');
    expect(commandNamed(argv('--as=ana', '--database-url', 'postgres://h/db', 'screen'))).toBe('screen');
  });

  it('is none when an option the program alone knows comes first, or no command is named', () => {
    expect(commandNamed(argv('--help', 'screen'))).toBeUndefined();
    expect(commandNamed(argv('--version'))).toBeUndefined();
    expect(commandNamed(argv('--data', '/tmp/d'))).toBeUndefined();
  });
});

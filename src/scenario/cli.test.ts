import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseSeed, register } from './cli.ts';

const context: CliContext = {
  interactive: false,
  openStore: () => Promise.reject(new Error('the scenario command needs no database')),
  actorFor: () => Promise.reject(new Error('the scenario command acts as nobody')),
};
const out = mkdtempSync(join(tmpdir(), 'centinela-scenario-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function program(): Command {
  const p = new Command('centinela').exitOverride();
  register(p, context);
  return p;
}

describe('centinela scenario', () => {
  it('writes the files and says what it wrote', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await program().parseAsync([
      'node',
      'centinela',
      'scenario',
      '--seed',
      '3',
      '--size',
      'small',
      '--out',
      out,
    ]);
    expect(readdirSync(out).sort()).toEqual([
      'declarations.csv',
      'events.jsonld',
      'field-reports.csv',
      'incidents.csv',
      'locations.csv',
      'manifest.json',
      'permits.csv',
      'truth.json',
    ]);
    expect(log.mock.calls[0]?.[0]).toMatch(/^Wrote 1,0\d\d declaration lines/);
    log.mockRestore();
  });

  it('refuses a seed that is not a whole number, naming the option', () => {
    expect(() => parseSeed('abc')).toThrow(AppError);
    expect(() => parseSeed('-1')).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: expect.objectContaining({ field: '--seed' }),
      }),
    );
    expect(parseSeed('42')).toBe(42);
  });

  it('refuses an unknown size', async () => {
    const p = program();
    p.commands.forEach((c) => c.exitOverride().configureOutput({ writeErr: () => {} }));
    await expect(
      p.parseAsync(['node', 'centinela', 'scenario', '--size', 'huge', '--out', out]),
    ).rejects.toThrow(/huge/);
  });
});

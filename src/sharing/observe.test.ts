import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { expect, it } from 'vitest';
import { buildApp } from '../app/http-app.ts';
import { NO_DATABASE } from '../app/openapi.ts';
import { registerCapabilityCommands } from '../app/capability-commands.ts';
import type { CliContext } from '../cli/context.ts';
import { candidates, getRoutes, jsonlCommands } from './observe.ts';

it('enumerates every GET route of the committed OpenAPI document, with query variants', async () => {
  const app = await buildApp({ db: NO_DATABASE, webRoot: '/nonexistent' });
  await app.ready();
  const routes = getRoutes(app);
  await app.close();
  const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const gets = Object.keys(committed.paths).filter((path) => 'get' in committed.paths[path]!);
  expect(routes.map((r) => r.template).sort()).toEqual(gets.sort());
  expect(routes.find((r) => r.template === '/api/findings')?.variants).toContain('status=dismissed');
  expect(routes.find((r) => r.template === '/api/findings/{id}')?.parameters).toEqual(['id']);
});

it('finds the commands that print --format jsonl', () => {
  const program = new Command();
  registerCapabilityCommands(program, {} as CliContext);
  const paths = jsonlCommands(program).map((c) => c.path.join(' '));
  expect(paths).toEqual(expect.arrayContaining(['findings', 'entities']));
});

it('fills path parameters from the list a detail route extends, or from keys that name them', () => {
  const lists = new Map<string, unknown>([
    ['/api/findings', { items: [{ id: 'f1', billOfLading: 'B1' }, { id: 'f2' }], total: 2 }],
    ['/api/consignments', { items: [{ billOfLading: 'B2', portLocode: 'MXZLO' }] }],
    ['/api/audit', [{ detail: { billOfLading: 'B3' } }]],
  ]);
  expect(candidates({ template: '/api/findings/{id}', parameters: ['id'], variants: [] }, lists)).toEqual([
    'f1',
    'f2',
  ]);
  expect(
    candidates({ template: '/api/consignments/{bol}', parameters: ['bol'], variants: [] }, lists),
  ).toEqual(['B2']);
  expect(
    candidates({ template: '/api/ports/{locode}/tracks', parameters: ['locode'], variants: [] }, lists),
  ).toEqual(['MXZLO']);
});

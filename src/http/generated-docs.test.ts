import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../app/openapi.ts';
import { errorsMarkdown } from '../errors/markdown.ts';
import { catalogue } from '../errors/catalogue.ts';
import { clientTypes, CLIENT_TYPES_PATH } from '../../web/scripts/client-types.ts';

const root = join(import.meta.dirname, '..', '..');
const docs = join(root, 'docs');

describe('generated documents (run `npm run generate` when these fail)', () => {
  it('docs/openapi.json matches the route schemas', async () => {
    const committed = JSON.parse(await readFile(join(docs, 'openapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(await openApiDocument())));
  });

  it('the web client is typed from the committed OpenAPI document', async () => {
    const openapi = await readFile(join(docs, 'openapi.json'), 'utf8');
    expect(await readFile(join(root, CLIENT_TYPES_PATH), 'utf8')).toBe(await clientTypes(openapi));
  });

  it('docs/ERRORS.md lists the whole catalogue', async () => {
    expect(await readFile(join(docs, 'ERRORS.md'), 'utf8')).toBe(errorsMarkdown());
  });

  it('every code has a 4xx or 5xx status and both languages', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.en.length, code).toBeGreaterThan(0);
      expect(entry.es.length, code).toBeGreaterThan(0);
    }
  });
});

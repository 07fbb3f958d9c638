/**
 * Generates web/src/api/schema.d.ts from a running server's OpenAPI document (`npm run generate` does it from
 * docs/openapi.json). Usage: npx tsx web/scripts/gen-client.ts [docs/openapi.json | http://127.0.0.1:8080/api/openapi.json]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { clientTypes, CLIENT_TYPES_PATH } from './client-types.ts';

const source = process.argv[2] ?? 'docs/openapi.json';
const document = source.startsWith('http')
  ? await (await fetch(source)).text()
  : await readFile(source, 'utf8');
await writeFile(CLIENT_TYPES_PATH, await clientTypes(document, source));
console.log(`wrote ${CLIENT_TYPES_PATH}`);

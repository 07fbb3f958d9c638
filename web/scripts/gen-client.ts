/**
 * Generates web/src/api/schema.d.ts (the typed paths openapi-fetch uses) from the API's OpenAPI document.
 * Usage: npx tsx web/scripts/gen-client.ts [docs/openapi.json | http://127.0.0.1:8080/api/openapi.json]
 */
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const source = process.argv[2] ?? 'docs/openapi.json';
const document = source.startsWith('http')
  ? await (await fetch(source)).text()
  : await readFile(source, 'utf8');
const ast = await openapiTS(document);
const header = `/** Generated from ${source} by web/scripts/gen-client.ts. Do not edit. */\n`;
await writeFile('web/src/api/schema.d.ts', header + astToString(ast));
console.log('wrote web/src/api/schema.d.ts');

/** Regenerates the committed documents derived from code: docs/openapi.json and docs/ERRORS.md. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApiDocument } from '../src/http/openapi.ts';
import { errorsMarkdown } from '../src/errors/markdown.ts';

const docs = join(import.meta.dirname, '..', 'docs');
await writeFile(join(docs, 'openapi.json'), JSON.stringify(await openApiDocument(), null, 2) + '\n');
await writeFile(join(docs, 'ERRORS.md'), errorsMarkdown());
console.log('wrote docs/openapi.json and docs/ERRORS.md');

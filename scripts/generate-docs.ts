/**
 * Regenerates the committed files derived from code: docs/openapi.json, docs/ERRORS.md and the web client's
 * types (web/src/api/schema.d.ts). src/http/generated-docs.test.ts fails when any of them drifts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApiDocument } from '../src/app/openapi.ts';
import { errorsMarkdown } from '../src/errors/markdown.ts';
import { clientTypes, CLIENT_TYPES_PATH } from '../web/scripts/client-types.ts';

const root = join(import.meta.dirname, '..');
const openapi = JSON.stringify(await openApiDocument(), null, 2) + '\n';
await writeFile(join(root, 'docs', 'openapi.json'), openapi);
await writeFile(join(root, 'docs', 'ERRORS.md'), errorsMarkdown());
await writeFile(join(root, CLIENT_TYPES_PATH), await clientTypes(openapi));
console.log(`wrote docs/openapi.json, docs/ERRORS.md and ${CLIENT_TYPES_PATH}`);

/** The typed paths openapi-fetch uses (web/src/api/schema.d.ts), generated from the API's OpenAPI document. */
import openapiTS, { astToString } from 'openapi-typescript';

export const CLIENT_TYPES_PATH = 'web/src/api/schema.d.ts';

export async function clientTypes(openapiJson: string, source = 'docs/openapi.json'): Promise<string> {
  const header = `/** Generated from ${source} by \`npm run generate\` (web/scripts/client-types.ts). Do not edit. */\n`;
  return header + astToString(await openapiTS(openapiJson));
}

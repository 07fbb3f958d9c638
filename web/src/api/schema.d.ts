/**
 * Placeholder until the API's OpenAPI document exists: regenerate with
 * `npx tsx web/scripts/gen-client.ts` (reads docs/openapi.json or a running server's /api/openapi.json).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface paths {}

/**
 * The TAXII 2.1 error message (OASIS TAXII 2.1, §3.6.1): what every error under /taxii2/ answers, in the TAXII
 * media type, instead of Centinela's error body. Shared by the server (src/federation/taxii-routes.ts writes it)
 * and the OpenAPI document (src/http/openapi-errors.ts documents it as those operations' errors).
 */
import { z } from 'zod';

export const TaxiiErrorSchema = z
  .object({
    title: z.string().describe("A short human-readable summary (the catalogue's English message)"),
    description: z.string().optional().describe('What went wrong, in more detail'),
    error_id: z.string().optional().describe('The request id to quote'),
    error_code: z.string().optional().describe('A code of the closed catalogue (docs/ERRORS.md)'),
    http_status: z.string().describe('The HTTP status of the answer'),
    external_details: z.string().optional(),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Centinela error body fields: `title_es`, `field`, `row`'),
  })
  .meta({ title: 'TaxiiError' });
export type TaxiiError = z.infer<typeof TaxiiErrorSchema>;

/** The path prefix of the TAXII server: errors there are TAXII error messages. */
export const TAXII_PREFIX = '/taxii2/';

/** A Centinela error body (`{ error: { code, message, … } }`) as a TAXII error message; null when it is none. */
export function taxiiErrorOf(body: unknown, status: number): TaxiiError | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = (body as { error: Record<string, unknown> }).error;
  if (typeof error !== 'object' || error === null || typeof error.code !== 'string') return null;
  const message = (error.message ?? {}) as { en?: string; es?: string };
  const title = message.en ?? error.code;
  const details: Record<string, unknown> = {};
  if (message.es) details.title_es = message.es;
  for (const key of ['field', 'row', 'fieldErrors'] as const)
    if (error[key] !== undefined) details[key] = error[key];
  return {
    title,
    description: typeof error.detail === 'string' && error.detail ? error.detail : title,
    ...(typeof error.requestId === 'string' ? { error_id: error.requestId } : {}),
    error_code: error.code,
    http_status: String(status),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

/**
 * Every documented operation answers its failures with the closed error catalogue's body (error-handler.ts
 * errorBody): the OpenAPI document says so once, as the `default` response of each operation, so clients
 * generated from it (the web's schema.d.ts) type errors as precisely as successes.
 */
import { z } from 'zod';
import { ROW_ERROR_CODES, type RowErrorCode } from '../shared/row-errors.ts';
import { catalogue, type ErrorCode } from '../errors/catalogue.ts';
import { TAXII_PREFIX, TaxiiErrorSchema } from '../shared/taxii-error.ts';

const codes = Object.keys(catalogue) as [ErrorCode, ...ErrorCode[]];

const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(codes).describe('A code of the closed catalogue (docs/ERRORS.md)'),
      message: z.object({ en: z.string(), es: z.string() }),
      field: z.string().optional().describe('The input that was refused (`body.x`, `query.y`)'),
      row: z.number().int().optional().describe('The file row that was refused (imports)'),
      detail: z.string().optional(),
      fieldErrors: z
        .array(
          z.object({
            field: z.string(),
            code: z.enum(ROW_ERROR_CODES as [RowErrorCode, ...RowErrorCode[]]),
            params: z.record(z.string(), z.union([z.string(), z.number()])),
            message: z.string(),
          }),
        )
        .optional()
        .describe("A refused record's problems, one per field, coded like an import's row errors"),
      requestId: z.string(),
    }),
  })
  .meta({ title: 'ErrorBody' });

const ERROR_RESPONSE = {
  description: 'An error of the closed catalogue (docs/ERRORS.md), in both languages',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
};

/** Under /taxii2/ an error is a TAXII 2.1 error message, in the TAXII media type (src/shared/taxii-error.ts). */
const TAXII_ERROR_RESPONSE = {
  description: 'A TAXII 2.1 error message (title, description, error_code, http_status)',
  content: {
    'application/taxii+json;version=2.1': { schema: { $ref: '#/components/schemas/TaxiiError' } },
  },
};

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

interface DocumentLike {
  paths?: Record<string, object | undefined> | undefined;
  components?: { schemas?: Record<string, unknown> | undefined } | undefined;
}

function withDefaultResponse(operation: object, path: string): object {
  const responses =
    'responses' in operation && typeof operation.responses === 'object' ? operation.responses : {};
  const error = path.startsWith(TAXII_PREFIX) ? TAXII_ERROR_RESPONSE : ERROR_RESPONSE;
  return { ...operation, responses: { ...responses, default: error } };
}

/** Adds the error body to the components and as every operation's `default` response. */
export function withErrorResponses<D extends DocumentLike>(document: D): D {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(ErrorBodySchema);
  const { $schema: _taxiiDialect, ...taxiiSchema } = z.toJSONSchema(TaxiiErrorSchema);
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item ?? {}).map(([key, value]: [string, unknown]) => [
          key,
          METHODS.has(key) && typeof value === 'object' && value !== null
            ? withDefaultResponse(value, path)
            : value,
        ]),
      ),
    ]),
  );
  return {
    ...document,
    paths,
    components: {
      ...document.components,
      schemas: { ...document.components?.schemas, ErrorBody: schema, TaxiiError: taxiiSchema },
    },
  };
}

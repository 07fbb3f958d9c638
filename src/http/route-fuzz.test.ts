/**
 * A property-based fuzz of every route of the OpenAPI document (issue 14): each parameter gets random values of
 * its type and hostile ones (NUL, a megabyte, lone surrogates, impossible dates, huge numbers), each JSON body
 * its schema's shape filled the same way, or deep nesting and huge arrays. No answer may be a 5xx, and none may
 * take longer than REQUEST_DEADLINE_MS. Runs per route: CENTINELA_FUZZ_RUNS (default 6, bounded for CI).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession } from '../testing/factories.ts';
import { custodyWorld } from '../testing/custody-world.ts';
import { buildApp } from '../app/http-app.ts';
import { openApiDocument } from '../app/openapi.ts';
import type { App } from './types.ts';

const RUNS = Number(process.env.CENTINELA_FUZZ_RUNS ?? 6);
const REQUEST_DEADLINE_MS = 15_000;

interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
}
interface Operation {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

const HOSTILE_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  '\u001b[2J',
  '\uD800',
  'x'.repeat(1_000_001),
  'ñ'.repeat(3_000),
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '2016-12-31T23:59:60Z',
  '2024-02-30',
  '+275760-09-13T00:00:00Z',
  '-1',
  '1e309',
  'NaN',
  "' or 1=1 --",
  '%',
  '../../etc/passwd',
  'MXZLO',
  '00000000-0000-0000-0000-000000000000',
];
const HOSTILE_NUMBERS = [-1, 0, 2 ** 31, 2 ** 53, 1e308, -1e308, 0.5];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.uuid(),
);

function valueFor(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema) return fc.jsonValue({ maxDepth: 2 });
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map((s) => valueFor(s, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const enumerated = schema.enum?.length ? [fc.constantFrom(...schema.enum)] : [];
  switch (type) {
    case 'integer':
    case 'number':
      return fc.oneof(...enumerated, fc.integer(), fc.double(), fc.constantFrom(...HOSTILE_NUMBERS));
    case 'boolean':
      return fc.oneof(fc.boolean(), hostileString);
    case 'array':
      return fc.oneof(
        fc.array(valueFor(schema.items, depth + 1), { maxLength: 4 }),
        fc.constant(Array.from({ length: 200_000 }, (_, i) => i)),
      );
    case 'object':
      if (depth > 4 || !schema.properties) return fc.jsonValue({ maxDepth: 2 });
      return fc.record(
        Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, valueFor(s, depth + 1)])),
        { requiredKeys: [] },
      );
    default:
      return fc.oneof(...enumerated, hostileString);
  }
}

/** A URL component; a lone surrogate cannot be percent-encoded as UTF-8, so it goes as invalid bytes. */
function component(value: unknown): string {
  try {
    return encodeURIComponent(String(value));
  } catch {
    return '%ED%A0%80';
  }
}

/** JSON text of a value nested `levels` deep (JSON.stringify itself overflows the stack on it). */
const deepJson = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

function requestFor(path: string, method: string, operation: Operation) {
  const parameters = operation.parameters ?? [];
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  return fc
    .record({
      params: fc.tuple(...parameters.map((p) => fc.option(valueFor(p.schema), { freq: 4 }))),
      body: operation.requestBody
        ? fc.oneof(
            valueFor(bodySchema).map((v) => JSON.stringify(v)),
            fc.jsonValue().map((v) => JSON.stringify(v)),
            fc.constant(deepJson(5_000)),
            fc.constant(`[${'1,'.repeat(300_000)}1]`),
          )
        : fc.constant(undefined),
    })
    .map(({ params, body }) => {
      let url = path;
      const query: string[] = [];
      parameters.forEach((p, i) => {
        const value = params[i];
        if (p.in === 'path') url = url.replace(`{${p.name}}`, component(value ?? 'x'));
        else if (p.in === 'query' && value !== null && value !== undefined)
          query.push(`${p.name}=${component(Array.isArray(value) ? value.join(',') : value)}`);
      });
      return { method, url: query.length ? `${url}?${query.join('&')}` : url, body };
    });
}

describeEachEngine('every route under hostile input', (getDb) => {
  let app: App;
  let headers: Record<string, string>;
  beforeEach(async () => {
    const world = await custodyWorld(getDb());
    app = await buildApp({ db: getDb() });
    headers = { authorization: `Bearer ${await makeSession(getDb(), world.host)}` };
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers every request with no 5xx and within the deadline', { timeout: 900_000 }, async () => {
    const document = (await openApiDocument()) as { paths: Record<string, Record<string, Operation>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        // Logging out would only turn the rest of the run into 401s.
        .filter(([method]) => !(path === '/api/auth/logout' && method === 'post'))
        .map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
    );
    expect(operations.length).toBeGreaterThan(30);
    for (const { path, method, operation } of operations) {
      await fc.assert(
        fc.asyncProperty(requestFor(path, method, operation), async (request) => {
          let timer: NodeJS.Timeout | undefined;
          const deadline = new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer in ${REQUEST_DEADLINE_MS} ms`)),
              REQUEST_DEADLINE_MS,
            );
          });
          const response = await Promise.race([
            app.inject({
              method: request.method as 'GET',
              url: request.url,
              headers:
                request.body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
              ...(request.body === undefined ? {} : { payload: request.body }),
            }),
            deadline,
          ]).finally(() => clearTimeout(timer));
          if (response.statusCode >= 500)
            throw new Error(
              `${request.method} ${request.url.slice(0, 300)} → ${response.statusCode} ${response.body.slice(0, 300)}`,
            );
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }
  });
});

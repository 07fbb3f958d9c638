/**
 * Validation of EPCIS 2.0 JSON / JSON-LD documents against the pinned GS1 JSON schema (a copy in
 * `./schema/`, see docs/DECISIONS.md "Custody"). Format checks are switched on: the schema rejects
 * non-CBV bare words (`"bizStep": "transforming"`) only through `format: uri`.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

export interface EpcisValidationError {
  /** Index of the offending event in its event list; null for document-level errors. */
  eventIndex: number | null;
  /** The offending event's `eventID` when it has one. */
  eventId: string | null;
  /** Path of the offending field inside the event (or the document), slash-separated. */
  field: string;
  message: string;
}

export type EpcisValidationResult = { ok: true } | { ok: false; errors: EpcisValidationError[] };

const SCHEMA_URL = new URL('./schema/EPCIS-JSON-Schema.json', import.meta.url);

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object);
  }
  return compiled;
}

/** Where the events live in each kind of document, as JSON-pointer segments. */
const EVENT_LIST_PATHS = [
  ['epcisBody', 'eventList'],
  ['epcisBody', 'queryResults', 'resultsBody', 'eventList'],
];

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function eventAt(doc: unknown, listPath: string[], index: number): unknown {
  let node: unknown = doc;
  for (const key of listPath) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return Array.isArray(node) ? node[index] : undefined;
}

function offendingSegments(error: ErrorObject): string[] {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    segments.push(params.missingProperty);
  } else if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    segments.push(params.additionalProperty);
  }
  return segments;
}

function locate(doc: unknown, error: ErrorObject): EpcisValidationError {
  const segments = offendingSegments(error);
  for (const listPath of EVENT_LIST_PATHS) {
    const isInList = listPath.every((key, i) => segments[i] === key);
    const indexSegment = segments[listPath.length];
    if (isInList && indexSegment !== undefined && /^\d+$/.test(indexSegment)) {
      const eventIndex = Number(indexSegment);
      const event = eventAt(doc, listPath, eventIndex) as Record<string, unknown> | undefined;
      const eventId = event && typeof event.eventID === 'string' ? event.eventID : null;
      const field = segments.slice(listPath.length + 1).join('/') || '(event)';
      return { eventIndex, eventId, field, message: describe(error) };
    }
  }
  return {
    eventIndex: null,
    eventId: null,
    field: segments.join('/') || '(document)',
    message: describe(error),
  };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.slice(0, 8).join(', ')}`;
  }
  return error.message ?? error.keyword;
}

/**
 * ajv reports, beside the real cause, the combinators that failed because of it (`if`/`then`,
 * `anyOf`, `oneOf`). They name no field a person could fix, so they are dropped when a concrete
 * error exists; duplicates (same place, same message) are collapsed.
 */
const COMBINATOR_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not']);

export function validateEpcisDocument(doc: unknown): EpcisValidationResult {
  const validate = validator();
  if (validate(doc)) return { ok: true };
  const raw = validate.errors ?? [];
  const concrete = raw.filter((e) => !COMBINATOR_KEYWORDS.has(e.keyword));
  const chosen = concrete.length > 0 ? concrete : raw;
  const seen = new Set<string>();
  const errors: EpcisValidationError[] = [];
  for (const error of chosen) {
    const located = locate(doc, error);
    const key = `${located.eventIndex}|${located.field}|${located.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(located);
  }
  return { ok: false, errors };
}

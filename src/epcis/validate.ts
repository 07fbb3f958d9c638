/**
 * Validation of EPCIS 2.0 JSON / JSON-LD documents against the pinned GS1 JSON schema (a copy in
 * `./schema/`, see docs/DECISIONS.md "Custody"). Format checks are switched on: the schema rejects
 * non-CBV bare words (`"bizStep": "transforming"`) only through `format: uri`.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  INSTANT_RANGE_MESSAGE,
  jsonProblem,
  parseInstant,
  TEXT_LIMITS,
  type JsonLimits,
} from '../store/bounds.ts';
import { fieldError, type FieldError } from '../shared/row-errors.ts';

export interface EpcisValidationError extends Omit<FieldError, 'field'> {
  /** Index of the offending event in its event list; null for document-level errors. */
  eventIndex: number | null;
  /** The offending event's `eventID` when it has one. */
  eventId: string | null;
  /** Path of the offending field inside the event (or the document), slash-separated. */
  field: string;
}

/** A limit the document breaks (nesting, sizes, characters), its English as the detail. */
const limit = (field: string, detail: string): FieldError => fieldError(field, 'EPCIS_LIMIT', { detail });

export type EpcisValidationResult = { ok: true } | { ok: false; errors: EpcisValidationError[] };

const SCHEMA_URL = new URL('./schema/EPCIS-JSON-Schema.json', import.meta.url);

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let compiled: ValidateFunction | undefined;

/**
 * The bounds a document must keep before the schema is applied to it, so that validation takes time in
 * proportion to its size: Ajv's `uniqueItems` compares every pair of EPCs (300,000 EPCs took minutes), so the
 * schema's `uniqueItems` on EPC lists is checked here with a set instead, and EPC lists are bounded.
 */
const EPCIS_LIMITS = {
  /** Events in one document (a file of the CLI; the HTTP capture advertises a lower limit of its own). */
  eventsPerDocument: 200_000,
  /** EPCs in one event's list (epcList, childEPCs, inputEPCList, outputEPCList), and items in any other list. */
  itemsPerList: 10_000,
  /** Nesting of an event (its extensions included); the event object is level 1. */
  eventDepth: 32,
  stringLength: TEXT_LIMITS.epcisString,
} as const;

const EVENT_LIMITS: JsonLimits = {
  maxDepth: EPCIS_LIMITS.eventDepth,
  maxArrayLength: EPCIS_LIMITS.itemsPerList,
  maxStringLength: EPCIS_LIMITS.stringLength,
  maxKeys: 1_000,
};

const EPC_LISTS = ['epcList', 'childEPCs', 'inputEPCList', 'outputEPCList'] as const;

/** The schema with `uniqueItems` taken off EPC lists (checked linearly by `boundsErrors`). */
function schemaWithLinearChecks(): object {
  const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as {
    definitions: Record<string, Record<string, unknown>>;
  };
  delete schema.definitions.epcList?.uniqueItems;
  return schema;
}

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schemaWithLinearChecks());
  }
  return compiled;
}

function eventListOf(doc: unknown): { list: unknown[]; path: string[] } | null {
  for (const path of EVENT_LIST_PATHS) {
    let node: unknown = doc;
    for (const key of path) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (Array.isArray(node)) return { list: node, path };
  }
  return null;
}

/** The document with its event list emptied: the envelope, bounded on its own. */
function envelopeOf(doc: unknown, path: string[]): unknown {
  const copy = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return [];
    const record = node as Record<string, unknown>;
    return { ...record, [path[depth]!]: copy(record[path[depth]!], depth + 1) };
  };
  return copy(doc, 0);
}

/**
 * Size, depth, characters and timestamps, in time linear in the document; the errors of the first event
 * that breaks a bound (a document this wrong is not worth reading to its end).
 */
function boundsErrors(doc: unknown): EpcisValidationError[] {
  const events = eventListOf(doc);
  const envelope = jsonProblem(events ? envelopeOf(doc, events.path) : doc, {
    ...EVENT_LIMITS,
    maxDepth: EVENT_LIMITS.maxDepth + 4,
  });
  if (envelope)
    return [{ eventIndex: null, eventId: null, ...limit(trimPath(envelope.path), envelope.message) }];
  if (!events) return [];
  if (events.list.length > EPCIS_LIMITS.eventsPerDocument) {
    return [
      {
        eventIndex: null,
        eventId: null,
        ...fieldError(events.path.join('/'), 'EPCIS_TOO_MANY_EVENTS', {
          max: EPCIS_LIMITS.eventsPerDocument,
          count: events.list.length,
        }),
      },
    ];
  }
  for (let index = 0; index < events.list.length; index++) {
    const event = events.list[index];
    const problem = eventProblem(event);
    if (problem) {
      const eventId =
        event && typeof event === 'object' && typeof (event as { eventID?: unknown }).eventID === 'string'
          ? (event as { eventID: string }).eventID.slice(0, 200)
          : null;
      return [{ eventIndex: index, eventId, ...problem }];
    }
  }
  return [];
}

function trimPath(path: string): string {
  return path.split('/').filter(Boolean).slice(0, 12).join('/') || '(document)';
}

function eventProblem(event: unknown): FieldError | null {
  const problem = jsonProblem(event, EVENT_LIMITS);
  if (problem) return limit(trimPath(problem.path), problem.message);
  if (!event || typeof event !== 'object' || Array.isArray(event)) return null;
  const record = event as Record<string, unknown>;
  for (const list of EPC_LISTS) {
    const values = record[list];
    if (!Array.isArray(values)) continue;
    const seen = new Set<unknown>();
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value === 'string' && seen.has(value))
        return fieldError(`${list}/${i}`, 'EPCIS_DUPLICATE', { value: value.slice(0, 100) });
      seen.add(value);
    }
  }
  for (const field of ['eventTime', 'recordTime'] as const) {
    const value = record[field];
    if (typeof value === 'string' && parseInstant(value) === null)
      return {
        field,
        code: 'REAL_DATE',
        params: { value: value.slice(0, 40) },
        message: `${value.slice(0, 40)} is not ${INSTANT_RANGE_MESSAGE}`,
      };
  }
  return null;
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
      return { eventIndex, eventId, ...describe(field, error) };
    }
  }
  return { eventIndex: null, eventId: null, ...describe(segments.join('/') || '(document)', error) };
}

function describe(field: string, error: ErrorObject): FieldError {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
    return fieldError(field, 'EPCIS_ONE_OF', { values: params.allowedValues.slice(0, 8).join(', ') });
  if (error.keyword === 'required' && typeof params.missingProperty === 'string')
    return fieldError(field, 'EPCIS_REQUIRED_MEMBER', { name: params.missingProperty });
  return fieldError(field, 'EPCIS_SCHEMA', { detail: error.message ?? error.keyword });
}

/**
 * ajv reports, beside the real cause, the combinators that failed because of it (`if`/`then`,
 * `anyOf`, `oneOf`). They name no field a person could fix, so they are dropped when a concrete
 * error exists; duplicates (same place, same message) are collapsed.
 */
const COMBINATOR_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not']);

/**
 * Documents already found valid, by identity: the upload route validates to report every event's errors, and
 * capture validates whatever reaches it; a document of up to 32 MB is checked once, not twice, on that path.
 */
const VALID = new WeakSet<object>();

export function validateEpcisDocument(doc: unknown): EpcisValidationResult {
  if (typeof doc === 'object' && doc !== null && VALID.has(doc)) return { ok: true };
  const bounds = boundsErrors(doc);
  if (bounds.length > 0) return { ok: false, errors: bounds };
  const validate = validator();
  if (validate(doc)) {
    if (typeof doc === 'object' && doc !== null) VALID.add(doc);
    return { ok: true };
  }
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

/**
 * Reading a STIX bundle (the import's boundary): the envelope and each object's common properties checked with
 * zod (a file holding one object is read as a bundle of one). A bad object is reported by its index in `objects` and its field, and the rest goes on; an object of a type
 * Centinela does not know is kept as it is.
 */
import { z } from 'zod';
import type { StixObject } from './stix.ts';

const IDENTIFIER =
  /^([a-z][a-z0-9-]*[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const Identifier = z.string().max(300).regex(IDENTIFIER, 'a STIX identifier (type--UUID)');
const Timestamp = z.iso.datetime();

const CommonProperties = z
  .looseObject({
    type: z
      .string()
      .min(3)
      .max(250)
      .regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, 'a STIX type name'),
    id: Identifier,
    spec_version: z.string().optional(),
    created: Timestamp.optional(),
    modified: Timestamp.optional(),
    created_by_ref: Identifier.optional(),
    object_marking_refs: z.array(Identifier).max(100).optional(),
    extensions: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  })
  .refine((o) => o.id.startsWith(`${o.type}--`), { message: 'the id names another type', path: ['id'] })
  .refine((o) => !o.created || !o.modified || Date.parse(o.modified) >= Date.parse(o.created), {
    message: 'modified is earlier than created',
    path: ['modified'],
  });

export interface ObjectError {
  /** Index of the object in the bundle's `objects` (0-based). */
  index: number;
  id: string | null;
  field: string;
  message: string;
}

export interface ParsedBundle {
  id: string | null;
  objects: { index: number; object: StixObject }[];
  errors: ObjectError[];
}

/** Objects in one bundle: more is a file to split. */
export const MAX_OBJECTS = 200_000;

export class BundleError extends Error {}

export function parseBundle(text: string): ParsedBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BundleError(`not JSON: ${(e as Error).message}`);
  }
  return readBundle(json);
}

/** A bundle already parsed as JSON (a TAXII envelope's objects, which the HTTP server parsed). */
export function readBundle(value: unknown): ParsedBundle {
  let json = value;
  // a single object, as some OASIS examples are, is a bundle of one
  if (
    json &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    (json as { type?: unknown }).type !== 'bundle'
  )
    json = { type: 'bundle', objects: [json] };
  const envelope = z
    .object({
      type: z.literal('bundle'),
      id: z.string().optional(),
      objects: z.array(z.unknown()).max(MAX_OBJECTS),
    })
    .safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    throw new BundleError(`not a STIX bundle: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const parsed: ParsedBundle = { id: envelope.data.id ?? null, objects: [], errors: [] };
  const seen = new Set<string>();
  envelope.data.objects.forEach((raw, index) => {
    const result = CommonProperties.safeParse(raw);
    const rawId = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    if (!result.success) {
      const issue = result.error.issues[0]!;
      parsed.errors.push({
        index,
        id: rawId,
        field: issue.path.join('.') || '(object)',
        message: issue.message,
      });
      return;
    }
    const object = result.data;
    const version = `${object.id}@${object.modified ?? ''}`;
    if (seen.has(version)) return; // the same version twice in a bundle is one object
    seen.add(version);
    parsed.objects.push({ index, object });
  });
  return parsed;
}

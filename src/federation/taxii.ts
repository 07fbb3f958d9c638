/**
 * TAXII 2.1 (OASIS, 2021) as data and pure functions: the media types, headers and resources the server writes
 * and the client reads, and the selection of one page of a collection (filters, `added_after`, `limit`, `next`).
 * The spec facts are copied here; nothing is read from elsewhere at run time.
 */
import { z } from 'zod';
import type { StixObject } from './stix.ts';
import { uuidv5 } from './stix.ts';

/** The one media type of every TAXII 2.1 resource (requests' `Accept`, responses' `Content-Type`). */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** What a collection holds. */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
/** The `date_added` of the first and last object of a page (TAXII 2.1 §3.3.1). */
export const DATE_ADDED_FIRST = 'X-TAXII-Date-Added-First';
export const DATE_ADDED_LAST = 'X-TAXII-Date-Added-Last';

/** Paging: a page holds `limit` objects, this many when the client names none, at most MAX_LIMIT. */
export const DEFAULT_LIMIT = 1_000;
export const MAX_LIMIT = 10_000;

/** The path of the one API root, and its one collection: everything the caller may see. */
export const API_ROOT_PATH = '/taxii2/api/';
export const COLLECTION_ID = uuidv5('taxii:collection:intelligence');

/** True when an `Accept` header admits TAXII 2.1 (the server answers 406 otherwise). */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [type, ...parameters] = part.split(';').map((p) => p.trim().toLowerCase());
    if (type !== 'application/taxii+json') return false;
    const version = parameters.find((p) => p.startsWith('version='));
    return !version || version === 'version=2.1';
  });
}

export interface Entry {
  object: StixObject;
  dateAdded: string;
  /** The order of the collection: date added, then definitions before what names them, then id. */
  key: string;
}

const RANK = ['marking-definition', 'extension-definition', 'identity'];
const rank = (type: string) => (RANK.includes(type) ? RANK.indexOf(type) : RANK.length);

/** Every object of a bundle with its `date_added`, in the collection's (ascending) order. */
export function entriesOf(objects: readonly StixObject[], dateAdded: ReadonlyMap<string, string>): Entry[] {
  return objects
    .map((object) => {
      const added = dateAdded.get(object.id) ?? '1970-01-01T00:00:00.000Z';
      return { object, dateAdded: added, key: `${added}\u0000${rank(object.type)}\u0000${object.id}` };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** An object's version: `modified`, else `created`, else when it was added (TAXII 2.1 §3.6). */
export function versionOf(entry: Entry): string {
  return entry.object.modified ?? entry.object.created ?? entry.dateAdded;
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const Timestamp = z.iso.datetime({ offset: true });

/** The filters and paging parameters of `objects` and `manifest` (the URL query, as sent). */
export const TaxiiQuery = z.object({
  added_after: Timestamp.optional().describe('only objects added after this time'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().describe('objects per page'),
  next: z
    .string()
    .max(400)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .describe('the `next` of the previous page'),
  'match[id]': z.string().max(20_000).optional().describe('object ids, comma-separated'),
  'match[type]': z.string().max(2_000).optional().describe('object types, comma-separated'),
  'match[version]': z
    .string()
    .max(2_000)
    .optional()
    .describe('`last` (default), `first`, `all` or timestamps'),
  'match[spec_version]': z.string().max(200).optional().describe('STIX versions, e.g. `2.1`'),
});
export type TaxiiQuery = z.infer<typeof TaxiiQuery>;

/** Entries that pass the `match[…]` filters and `added_after` (the server holds one version of each object). */
export function filterEntries(entries: readonly Entry[], query: TaxiiQuery): Entry[] {
  const ids = list(query['match[id]']);
  const types = list(query['match[type]']);
  const specs = list(query['match[spec_version]']);
  const versions = list(query['match[version]'])?.filter((v) => !['first', 'last', 'all'].includes(v));
  const after = query.added_after ? new Date(query.added_after).toISOString() : null;
  return entries.filter(
    (e) =>
      (!after || e.dateAdded > after) &&
      (!ids?.length || ids.includes(e.object.id)) &&
      (!types?.length || types.includes(e.object.type)) &&
      (!specs?.length || specs.includes(e.object.spec_version ?? '2.0')) &&
      (!versions?.length || versions.some((v) => Date.parse(v) === Date.parse(versionOf(e)))),
  );
}

export const nextToken = (entry: Entry) => Buffer.from(entry.key, 'utf8').toString('base64url');

/** One page after the `next` of the previous one (an opaque position: the key of its last object). */
export function pageOf(
  entries: readonly Entry[],
  query: TaxiiQuery,
): { page: Entry[]; more: boolean; next?: string } {
  const from = query.next ? Buffer.from(query.next, 'base64url').toString('utf8') : null;
  const rest = from === null ? entries : entries.filter((e) => e.key > from);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const page = rest.slice(0, limit);
  const more = rest.length > limit;
  return more ? { page, more, next: nextToken(page[page.length - 1]!) } : { page, more };
}

/** The `X-TAXII-Date-Added-First/Last` headers of a page (none for an empty one). */
export function dateAddedHeaders(page: readonly Entry[]): Record<string, string> {
  if (page.length === 0) return {};
  return { [DATE_ADDED_FIRST]: page[0]!.dateAdded, [DATE_ADDED_LAST]: page[page.length - 1]!.dateAdded };
}

/** The resources (TAXII 2.1 §4–5), as the server writes them and the client reads them. */
export const Discovery = z.object({
  title: z.string(),
  description: z.string().optional(),
  default: z.string().optional(),
  api_roots: z.array(z.string()),
});

export const ApiRoot = z.object({
  title: z.string(),
  description: z.string().optional(),
  versions: z.array(z.string()),
  max_content_length: z.number().int(),
});

export const Collection = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  can_read: z.boolean(),
  can_write: z.boolean(),
  media_types: z.array(z.string()),
});

export const StixObjectView = z
  .looseObject({ type: z.string(), id: z.string() })
  .describe('A STIX 2.1 object (its properties as STIX defines them for its type)');

export const Envelope = z.object({
  more: z.boolean(),
  next: z.string().optional(),
  objects: z.array(StixObjectView).optional(),
});

export const ManifestRecord = z.object({
  id: z.string(),
  date_added: z.string(),
  version: z.string(),
  media_type: z.string(),
});

export const Manifest = z.object({
  more: z.boolean(),
  next: z.string().optional(),
  objects: z.array(ManifestRecord).optional(),
});

export const Versions = z.object({ more: z.boolean(), versions: z.array(z.string()).optional() });

export const COLLECTION: z.infer<typeof Collection> = {
  id: COLLECTION_ID,
  title: 'Intelligence released to you',
  description:
    'Every record the reading agency may see (its own and what others release to it), with its TLP 2.0 and releasability markings',
  can_read: true,
  can_write: false,
  media_types: [STIX_MEDIA_TYPE],
};

/**
 * TAXII 2.1 (OASIS, 2021) as data and pure functions: the media types, headers and resources the server writes
 * and the client reads, and the selection of one page of a collection (filters, `added_after`, `limit`, `next`).
 * The spec facts are copied here; nothing is read from elsewhere at run time.
 */
import { z } from 'zod';
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
/** The inbox: the collection a peer instance's account pushes to (write-only, listed to peer accounts only). */
export const INBOX_ID = uuidv5('taxii:collection:inbox');
/**
 * The largest body a POST may send, in bytes (the API root's `max_content_length`; 413 beyond it). A push is
 * imported in one transaction: 10 MiB is some 10,000 objects of the size Centinela exports.
 */
export const MAX_CONTENT_LENGTH = 10 * 1024 * 1024;

/** True when a request's `Content-Type` is TAXII 2.1 (a POST answers 415 otherwise). */
export function isTaxiiContent(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/taxii+json') return false;
  const version = parameters.find((p) => p.startsWith('version='));
  return !version || version === 'version=2.1';
}

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

/** The collection a peer pushes to: it may write there and read nothing (it reads the collection above). */
export const INBOX: z.infer<typeof Collection> = {
  id: INBOX_ID,
  title: 'Inbox',
  description:
    'Where a peer instance pushes what agencies of its nation release to this instance, received as a sync would pull it',
  can_read: false,
  can_write: true,
  media_types: [STIX_MEDIA_TYPE],
};

/** What a peer posts to the inbox (TAXII 2.1 §3.7 envelope); each object is checked on its own by the import. */
export const PostEnvelope = z.object({
  more: z.boolean().optional(),
  next: z.string().max(400).optional(),
  objects: z
    .array(z.unknown().describe('A STIX 2.1 object'))
    .max(100_000)
    .describe('The STIX 2.1 objects to add (a marking definition or identity they name among them)'),
});

/** One object's outcome in a status resource (TAXII 2.1 §4.3.1, status-details). */
export const StatusDetails = z.object({
  id: z.string(),
  version: z.string(),
  message: z.string().optional(),
});

/** The status of an add-objects request (TAXII 2.1 §4.3.1). Processing is synchronous: always complete. */
export const Status = z.object({
  id: z.string(),
  status: z.enum(['complete', 'pending']),
  request_timestamp: z.string(),
  total_count: z.number().int(),
  success_count: z.number().int(),
  successes: z.array(StatusDetails).optional(),
  failure_count: z.number().int(),
  failures: z.array(StatusDetails).optional(),
  pending_count: z.number().int(),
  pendings: z.array(StatusDetails).optional(),
});
export type Status = z.infer<typeof Status>;

/**
 * The global search's vocabulary, shared by the server (src/search/ and each capability's search function) and
 * the web's search box: what a hit can be, where the web opens it, and the bounds of a query.
 */

/**
 * Every kind of record the box finds, in the order hits of equal score are listed. A new kind goes here
 * and its capability's search function in src/search/searchers.ts.
 */
export const SEARCH_KINDS = [
  'declaration',
  'bill_of_lading',
  'container',
  'line',
  'entity',
  'company',
  'permit',
  'place',
  'incident',
  'field_report',
  'case',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The longest query the box accepts (characters). */
export const SEARCH_QUERY_MAX = 200;
/** Hits per answer: the default and the most a caller may ask for. */
export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;

/**
 * Where the web app opens a hit: the consignment of a bill of lading, an entity's, a permit's, an incident's or a
 * field report's or a case's page, the port map, or, for a kind with no page of its own, the list it belongs to.
 */
export type SearchTarget =
  | { view: 'consignment'; billOfLading: string }
  | { view: 'entity'; entityId: string }
  | { view: 'permit'; permitId: string }
  | { view: 'incident'; incidentId: string }
  | { view: 'fieldReport'; reportId: string }
  | { view: 'case'; caseId: string }
  | { view: 'map' }
  | { view: 'consignments' };

/**
 * One match as a capability's search function returns it: what the caller sees, and the records it read to
 * find it (`reads`, for the audit trail; `M` is the marking type, which this folder does not know).
 */
export interface SearchMatch<M> {
  kind: SearchKind;
  id: string;
  label: string;
  /** Data only (identifiers, names, a port, a date), joined with ' · ': the web shows it as it is. */
  context: string;
  score: number;
  open: SearchTarget;
  reads: { table: string; id: string; marking: M }[];
}

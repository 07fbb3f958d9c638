/**
 * The searches the box runs, one per owning capability, each reached through that capability's face. A new
 * kind of record (incidents, cases) plugs in here: its capability exports a function of this shape from its
 * `index.ts`, its kind joins SEARCH_KINDS in src/shared/search.ts, and nothing else changes.
 */
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import type { SearchMatch } from '../shared/search.ts';
import {
  searchBillsOfLading,
  searchContainers,
  searchDeclarations,
  searchLines,
} from '../declarations/index.ts';
import { searchPermits, searchPlaces } from '../custody/index.ts';
import { searchCompanies } from '../resolution/index.ts';
import { searchFieldReports, searchIncidents } from '../incidents/index.ts';
import { searchCases } from '../cases/index.ts';

/** Up to `limit` matches of `text` the caller may see, best first, in an order that depends only on them. */
export type Searcher = (tx: Tx, text: string, limit: number) => Promise<SearchMatch<Marking>[]>;

export const SEARCHERS: readonly Searcher[] = [
  searchDeclarations,
  searchBillsOfLading,
  searchContainers,
  searchLines,
  searchCompanies,
  searchPermits,
  searchPlaces,
  searchIncidents,
  searchFieldReports,
  searchCases,
];

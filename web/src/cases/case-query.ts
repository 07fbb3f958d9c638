/**
 * The filters of the cases list, kept in the URL (a filtered list is a link): the status, "assigned to me", the
 * kind of record the cases link, the page. Unknown or malformed parameters fall back to none.
 */
import {
  CASE_LINK_KINDS,
  CASE_STATUSES,
  type CaseLinkKind,
  type CaseStatus,
} from '../../../src/shared/cases.ts';
import { navigate } from '../shell/router.ts';

export const CASE_PAGE_SIZE = 50;

export interface CaseListQuery {
  status: CaseStatus | undefined;
  mine: boolean;
  kind: CaseLinkKind | undefined;
  page: number;
}

export function readCaseQuery(search: URLSearchParams): CaseListQuery {
  return {
    status: CASE_STATUSES.find((s) => s === search.get('status')),
    mine: search.get('mine') === '1',
    kind: CASE_LINK_KINDS.find((k) => k === search.get('kind')),
    page: Math.max(1, Math.floor(Number(search.get('page'))) || 1),
  };
}

export function caseSearch(query: CaseListQuery): Record<string, string> {
  return {
    ...(query.status ? { status: query.status } : {}),
    ...(query.mine ? { mine: '1' } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.page > 1 ? { page: String(query.page) } : {}),
  };
}

export const goToCases = (query: CaseListQuery) => navigate('/cases', caseSearch(query));

/** Analysts and commanders open and run cases (src/cases/routes.ts, RUNNERS). */
export const runsCases = (roles: readonly string[]) =>
  roles.includes('analyst') || roles.includes('commander');

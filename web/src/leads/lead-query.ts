/**
 * The board's query, kept in the URL (a board at a date is a link): the day the leads stand at and how many.
 * The API's `asOf` is an instant; a day means its end, so evidence of that whole day counts.
 */
import type { LeadItem } from '../api/lead-endpoints.ts';
import { navigate } from '../shell/router.ts';

export const LEAD_LIMITS = [20, 50, 100, 200] as const;
const DEFAULT_LIMIT = 50;

export interface LeadBoardQuery {
  asOf: string | undefined;
  limit: number;
}

export function readLeadQuery(search: URLSearchParams): LeadBoardQuery {
  const asOf = search.get('asOf');
  const limit = Number(search.get('limit'));
  return {
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
    limit: LEAD_LIMITS.find((l) => l === limit) ?? DEFAULT_LIMIT,
  };
}

export function goToLeadQuery(query: LeadBoardQuery): void {
  navigate('/leads', {
    ...(query.asOf ? { asOf: query.asOf } : {}),
    ...(query.limit !== DEFAULT_LIMIT ? { limit: String(query.limit) } : {}),
  });
}

/** The end of a day (UTC) as the API's instant. */
export const endOfDay = (day: string): string => `${day}T23:59:59.999Z`;

/** How many pieces of each kind a lead cites, in the order of the kinds. */
export function countByKind(
  evidence: LeadItem['evidence'],
): [LeadItem['evidence'][number]['kind'], number][] {
  const counts = new Map<LeadItem['evidence'][number]['kind'], number>();
  for (const piece of evidence) counts.set(piece.kind, (counts.get(piece.kind) ?? 0) + 1);
  return [...counts.entries()];
}

/** Only analysts and commanders decide on leads and record searches (src/leads/routes.ts, DECIDERS). */
export const decidesLeads = (roles: readonly string[]) =>
  roles.includes('analyst') || roles.includes('commander');

/**
 * The filters of the incidents and field reports lists, kept in the URL (a filtered list is a link): one choice
 * (the incident's kind, the report's source type), a day range, the page.
 */
import { navigate } from '../shell/router.ts';

export const PAGE_SIZE = 50;

export interface EvidenceQuery<C extends string> {
  choice: C | undefined;
  from: string | undefined;
  to: string | undefined;
  page: number;
}

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function readQuery<C extends string>(
  search: URLSearchParams,
  name: string,
  choices: readonly C[],
): EvidenceQuery<C> {
  const from = search.get('from');
  const to = search.get('to');
  return {
    choice: choices.find((c) => c === search.get(name)),
    from: isDay(from) ? from : undefined,
    to: isDay(to) ? to : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
  };
}

export function goToQuery<C extends string>(path: string, name: string, query: EvidenceQuery<C>): void {
  navigate(path, {
    ...(query.choice ? { [name]: query.choice } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.page > 1 ? { page: String(query.page) } : {}),
  });
}

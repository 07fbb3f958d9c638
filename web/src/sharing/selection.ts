/**
 * The records selected to release, shared by every screen that offers checkboxes (the alert queue, a consignment, an
 * entity, the search results) and the release bar: a selection survives moving between screens, so an analyst can
 * gather records from several places and release them in one act (POST /api/markings/batch, at most 500).
 */
import { useSyncExternalStore } from 'react';

export interface Selected {
  /** The marked table the record lives in, as the markings API names it. */
  table: string;
  id: string;
  /** What the analyst saw it as (a declaration number, an event id…), for the dialog's table. */
  label: string;
}

/** The server's bound on one batch. */
export const SELECTION_MAX = 500;

/**
 * Whether the caller's agency may release a record: only the owner widens a marking (docs/SHARING.md), so the
 * screens offer a checkbox only for the agency's own records; the preview would refuse any other.
 */
export const mayRelease = (marking: { ownerAgency: string } | null | undefined, agency: string) =>
  marking?.ownerAgency === agency;

type Key = Pick<Selected, 'table' | 'id'>;

let items: readonly Selected[] = [];
const listeners = new Set<() => void>();
const same = (a: Key, b: Key) => a.table === b.table && a.id === b.id;
const keyOf = (record: Key) => `${record.table}/${record.id}`;

/**
 * How much of a group of records (a consignment's lines, a search hit's records, an entity's inputs) is selected:
 * its checkbox is checked when all are, mixed when some are. An empty group is never selected.
 */
export function groupState(selected: readonly Key[], records: readonly Key[]): 'all' | 'some' | 'none' {
  if (records.length === 0) return 'none';
  const chosen = new Set(selected.map(keyOf));
  const count = records.filter((r) => chosen.has(keyOf(r))).length;
  return count === 0 ? 'none' : count === records.length ? 'all' : 'some';
}

/**
 * `current` with `records` added (those not in it yet, once each, in order) as far as the bound allows; how many
 * did not fit is said, so the screen can tell the analyst rather than drop them silently.
 */
export function withAdded(
  current: readonly Selected[],
  records: readonly Selected[],
  max = SELECTION_MAX,
): { next: readonly Selected[]; dropped: number } {
  const present = new Set(current.map(keyOf));
  const fresh = records.filter((r) => {
    const key = keyOf(r);
    if (present.has(key)) return false;
    present.add(key);
    return true;
  });
  const room = Math.max(0, max - current.length);
  return { next: [...current, ...fresh.slice(0, room)], dropped: Math.max(0, fresh.length - room) };
}

function set(next: readonly Selected[]): void {
  items = next;
  for (const listener of listeners) listener();
}

export const selection = {
  has: (record: Key) => items.some((s) => same(s, record)),
  toggle(record: Selected): void {
    if (items.some((s) => same(s, record))) set(items.filter((s) => !same(s, record)));
    else if (items.length < SELECTION_MAX) set([...items, record]);
  },
  remove(record: Key): void {
    set(items.filter((s) => !same(s, record)));
  },
  /** Adds every record of a group that fits; answers how many did not (the selection holds at most 500). */
  addAll(records: readonly Selected[]): number {
    const { next, dropped } = withAdded(items, records);
    if (next.length !== items.length) set(next);
    return dropped;
  },
  removeAll(records: readonly Key[]): void {
    const gone = new Set(records.map(keyOf));
    set(items.filter((s) => !gone.has(keyOf(s))));
  },
  clear(): void {
    set([]);
  },
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useSelection(): readonly Selected[] {
  return useSyncExternalStore(subscribe, () => items);
}

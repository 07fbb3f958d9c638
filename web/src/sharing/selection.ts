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

let items: readonly Selected[] = [];
const listeners = new Set<() => void>();
const same = (a: Pick<Selected, 'table' | 'id'>, b: Pick<Selected, 'table' | 'id'>) =>
  a.table === b.table && a.id === b.id;

function set(next: readonly Selected[]): void {
  items = next;
  for (const listener of listeners) listener();
}

export const selection = {
  has: (record: Pick<Selected, 'table' | 'id'>) => items.some((s) => same(s, record)),
  toggle(record: Selected): void {
    if (items.some((s) => same(s, record))) set(items.filter((s) => !same(s, record)));
    else if (items.length < SELECTION_MAX) set([...items, record]);
  },
  remove(record: Pick<Selected, 'table' | 'id'>): void {
    set(items.filter((s) => !same(s, record)));
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

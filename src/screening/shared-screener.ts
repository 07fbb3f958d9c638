import { loadControlList } from './control-list.ts';
import { Screener } from './screen-line.ts';

let shared: Promise<Screener> | undefined;

/** One screener per process for the API (RDKit initialised once, caches shared across requests). */
export function sharedScreener(): Promise<Screener> {
  const screener = shared ?? Screener.create(loadControlList());
  shared = screener;
  return screener;
}

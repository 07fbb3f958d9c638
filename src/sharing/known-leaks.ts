/**
 * Issue 11: the routes, CLI commands and derivations whose output still depends on records the user may not see,
 * each with its class of leak (found by this test; docs/SHARING.md "The noninterference test"). The
 * noninterference test asserts that exactly these may differ from the reduced world: a route that is
 * fixed no longer differs in LEAKY_WORLDS and must leave this table, and a route not listed fails CI.
 */
const AUDIT =
  'issue 11 (audit): the trail is one chain per visibility class, read whole, so positions, hashes and counts ' +
  'are what the reader may see; what still differs is how entries name derived records: an entry the reduced ' +
  "world copies names a finding or entity by the full world's id, while the reader's own later reads there name " +
  'the re-derived record, whose id is drawn anew (random finding ids, entity ids keyed per installation)';

export const KNOWN_LEAKS: ReadonlyMap<string, string> = new Map([
  ['centinela audit export --format jsonl', AUDIT],
]);

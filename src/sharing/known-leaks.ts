/**
 * Issue 11: the routes, CLI commands and derivations whose output still depends on records the user may not see,
 * each with its class of leak (found by this test; docs/SHARING.md "The noninterference test"). The
 * noninterference test asserts that exactly these may differ from the reduced world: a route that is
 * fixed no longer differs in FIXED_WORLDS and must leave this table, and a route not listed fails CI.
 */
const AUDIT_CHAINS_OF_DERIVED =
  'issue 11 (audit): derived ids are keyed now, so entries name the same findings, party records and links in ' +
  "both worlds; what still differs is an entry's chain: an entry naming derived records is chained for the " +
  "agencies that read them (their viewers, 0593), and a class can hold more agencies in the reader's reduced " +
  'world (an agency that sees more in the full world sees exactly what the reader sees there: FIXED_WORLDS, ' +
  "CLASS_GROWS_WHEN_REDUCED), so the reader's own later entries land in another chain, at other positions";

export const KNOWN_LEAKS: ReadonlyMap<string, string> = new Map([
  ['centinela audit export --format jsonl', AUDIT_CHAINS_OF_DERIVED],
]);

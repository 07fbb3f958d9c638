/**
 * Issue 11: the routes, CLI commands and derivations whose output still depends on records the user may not see,
 * each with its class of leak (found by this test; docs/SHARING.md "The noninterference test"). The
 * noninterference test asserts that exactly these may differ from the reduced world: a route that is
 * fixed no longer differs in FIXED_WORLDS and must leave this table, and a route not listed fails CI.
 */
export const KNOWN_LEAKS: ReadonlyMap<string, string> = new Map();

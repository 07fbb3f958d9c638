/**
 * Issue 11: the routes, CLI commands and derivations whose output still depends on records the user may not see,
 * each with its class of leak (found by this test; docs/SHARING.md "The noninterference test"). The
 * noninterference test asserts that exactly these may differ from the reduced world: a route that is
 * fixed no longer differs in LEAKY_WORLDS and must leave this table, and a route not listed fails CI.
 */
const ENTITIES =
  "issue 11 (entities): the network reads the findings of the caller's class through custody and orders " +
  'nodes, paths and communities by what the caller sees (not by opaque or random ids); what still differs ' +
  'is the workflow status it reads — a dismissed finding adds no risk — carried over as FINDINGS says';
const AUDIT =
  'issue 11 (audit): entries are read under their markings (issue 12), but the trail is still one chain — ' +
  'an entry shows its sequence number and hash, positions in the whole chain that count the entries before ' +
  'it, and entries name derived records (findings, entities) derived from inputs the user may not see';

export const KNOWN_LEAKS: ReadonlyMap<string, string> = new Map([
  ['/api/entities/{id}/network', ENTITIES],
  ['/api/audit', AUDIT],
  ['/api/audit/verify', AUDIT],
  ['/api/audit/export', AUDIT],
  ['centinela audit export --format jsonl', AUDIT],
]);

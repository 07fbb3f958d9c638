// @ts-check
/**
 * The arrows that cross a boundary today (eslint/boundaries.js), each `<from folder> -> <target file>`.
 * A ratchet: this list only shrinks. `eslint/boundaries.test.js` fails when an entry is no longer taken (delete
 * it) and lint fails on any arrow not listed here. Grouped by what would remove them (issue 13).
 */
export const KNOWN_VIOLATIONS = new Set([
  // identity and audit have no public face yet: every capability names actor.ts and audit.ts directly
  // (next: src/identity/index.ts and src/audit/index.ts, then one import line per file)
  'audit -> identity/actor.ts',
  'custody -> identity/actor.ts',
  'epcis -> identity/actor.ts',
  'markings -> identity/actor.ts',
  'network -> identity/actor.ts',
  'resolution -> identity/actor.ts',
  'screening -> identity/actor.ts',
  'custody -> audit/audit.ts',
  'epcis -> audit/audit.ts',
  'identity -> audit/audit.ts',
  'markings -> audit/audit.ts',
  'network -> audit/audit.ts',
  'reports -> audit/audit.ts',
  'resolution -> audit/audit.ts',
  'screening -> audit/audit.ts',

  // the alert/finding workflow and the control lists live in screening; custody's findings borrow them
  // (the workflow vocabulary belongs in src/shared, the rest behind screening's face)
  'custody -> screening/alert-workflow.ts',
  'custody -> screening/workflow-step.ts',
  'custody -> screening/control-list.ts',
  'custody -> screening/screen-line.ts',

  // custody <-> epcis: capture-then-analyse lives in epcis and calls custody's findings service; custody's CLI
  // borrows the EPCIS command and geo URIs
  'epcis -> custody/findings.service.ts',
  'custody -> epcis/cli.ts',
  'custody -> epcis/geo-uri.ts',
  'markings -> custody/findings.service.ts',

  // screening <-> declarations: the declarations import sits in screening
  'screening -> declarations/parse.ts',
  'screening -> declarations/repository.ts',
  'screening -> declarations/row.ts',
  'declarations -> screening/hs.ts',
  'screening -> identity/repository.ts',
  'screening -> errors/catalogue.ts',

  // resolution <-> network: the network's HTTP route sits in resolution, the network reads resolution's rows
  'network -> resolution/entity-name.ts',
  'network -> resolution/normalise-identifiers.ts',
  'network -> resolution/random.ts',
  'network -> resolution/repository.ts',
  'network -> resolution/service.ts',
  'resolution -> network/service.ts',
  'resolution -> scenario/truth.ts',

  // the scenario writes the files the importers read, in their formats
  'scenario -> custody/file-formats.ts',
  'scenario -> custody/model.ts',
  'scenario -> declarations/row.ts',

  // production code that imports test factories
  'custody -> testing/factories.ts',
  'markings -> testing/factories.ts',
  'resolution -> testing/factories.ts',

  // the web imports server modules instead of src/shared (issue 13: the web imports only src/shared)
  'web -> custody/finding-work.ts',
  'web -> custody/geo.ts',
  'web -> custody/model.ts',
  'web -> epcis/geo-uri.ts',
  'web -> screening/alert-workflow.ts',
  'web -> screening/severity.ts',
]);

/**
 * Pairs of folders that import each other through implementation files (the plugin contracts and the error
 * catalogue left out: `node eslint/import-graph.js`). Also a ratchet: only shrinks, to none (issue 13).
 */
export const KNOWN_FOLDER_CYCLES = new Set([
  'audit <-> identity',
  'audit <-> markings',
  'custody <-> epcis',
  'custody <-> markings',
  'declarations <-> screening',
  'network <-> resolution',
]);

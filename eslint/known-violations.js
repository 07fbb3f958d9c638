// @ts-check
/**
 * The arrows that cross a boundary today (eslint/boundaries.js), each `<from folder> -> <target file>`.
 * A ratchet: this list only shrinks. `eslint/boundaries.test.js` fails when an entry is no longer taken (delete
 * it) and lint fails on any arrow not listed here. Grouped by what would remove them (issue 13).
 */
export const KNOWN_VIOLATIONS = new Set([
  // screening: the catalogue read directly (the declarations import itself still
  // sits in screening, through declarations' face; it belongs in src/declarations)
  'screening -> errors/catalogue.ts',

  // resolution <-> network: the network's HTTP route sits in resolution, the network reads resolution's rows
  'network -> resolution/entity-name.ts',
  'network -> resolution/normalise-identifiers.ts',
  'network -> resolution/random.ts',
  'network -> resolution/repository.ts',
  'network -> resolution/service.ts',
  'resolution -> network/service.ts',
  // the network reads custody's findings through custody's repository (custody needs a face: index.ts)
  'network -> custody/findings.repository.ts',
  'resolution -> scenario/truth.ts',

  // the scenario writes the files the importers read, in their formats
  'scenario -> custody/file-formats.ts',
  'scenario -> custody/model.ts',
  // realistic roads keep to the Mexico the detectors know (one outline, not two that drift apart)
  'scenario -> custody/mexico.ts',
]);

/**
 * Pairs of folders that import each other through implementation files (the plugin contracts and the error
 * catalogue left out: `node eslint/import-graph.js`). Also a ratchet: only shrinks, to none (issue 13).
 */
export const KNOWN_FOLDER_CYCLES = new Set(['network <-> resolution']);

// @ts-check
/**
 * The arrows that cross a boundary today (eslint/boundaries.js), each `<from folder> -> <target file>`.
 * A ratchet: this list only shrinks. `eslint/boundaries.test.js` fails when an entry is no longer taken (delete
 * it) and lint fails on any arrow not listed here. Grouped by what would remove them (issue 13).
 */
export const KNOWN_VIOLATIONS = new Set([
  // resolution <-> network: the network's HTTP route sits in resolution, the network reads resolution's rows
  'network -> resolution/entity-name.ts',
  'network -> resolution/normalise-identifiers.ts',
  'network -> resolution/random.ts',
  'network -> resolution/repository.ts',
  'network -> resolution/service.ts',
  'resolution -> network/service.ts',
  // the network reads custody's findings through custody's repository (custody needs a face: index.ts)
  'network -> custody/findings.repository.ts',
]);

/**
 * Cycles between folders (production files, through any file: `node eslint/import-graph.js`), each the folders
 * of one strongly connected set, sorted, joined by ' <-> '. Also a ratchet: only shrinks, to none (issue 13).
 */
export const KNOWN_FOLDER_CYCLES = new Set(['network <-> resolution']);

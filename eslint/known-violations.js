// @ts-check
/**
 * The arrows that cross a boundary today (eslint/boundaries.js), each `<from folder> -> <target file>`.
 * A ratchet: this list only shrinks. `eslint/boundaries.test.js` fails when an entry is no longer taken (delete
 * it) and lint fails on any arrow not listed here. Empty since issue 13: keep it so.
 */
/** @type {Set<string>} */
export const KNOWN_VIOLATIONS = new Set([]);

/**
 * Cycles between folders (production files, through any file: `node eslint/import-graph.js`), each the folders
 * of one strongly connected set, sorted, joined by ' <-> '. Also a ratchet, empty since issue 13.
 */
/** @type {Set<string>} */
export const KNOWN_FOLDER_CYCLES = new Set([]);

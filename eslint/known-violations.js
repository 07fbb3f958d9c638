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

/**
 * Tables a folder still names in SQL though another folder's migrations create them (eslint/table-owners.js),
 * each `<folder> -> <table>`. A ratchet: it only shrinks, and `eslint/boundaries.test.js` fails when an entry is
 * no longer taken. Empty since issue 13: keep it so.
 */
/** @type {Set<string>} */
export const KNOWN_TABLE_READS = new Set([]);

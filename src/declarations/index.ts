/**
 * The declarations capability's public face: the CSV contract of a declarations file, its reader (per-row
 * errors) and the repository functions that store lines. Other folders import these from here.
 */
export { DECLARATION_COLUMNS, DeclarationRow, type DeclarationColumn } from './row.ts';
export { DeclarationsHeaderError, parseDeclarations, type ParsedRow, type RowError } from './parse.ts';
export { insertDeclarations, insertLines, type ScreenedRow } from './repository.ts';
export {
  searchBillsOfLading,
  searchContainers,
  searchDeclarations,
  searchLines,
} from './search.repository.ts';

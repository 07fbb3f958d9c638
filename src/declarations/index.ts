/**
 * The declarations capability's public face: the CSV contract of a declarations file, its reader (per-row
 * errors), the repository functions that store lines, the import of a file (batched, resumable; what a line is
 * screened to and derives is the caller's: import.ts), and what other capabilities read of its tables (read
 * functions, and the lines relation for their set-based statements: reads.repository.ts). Other folders import
 * these from here.
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
export {
  LINES,
  LINE_INPUT_COLUMNS,
  billOfLadingOfLine,
  lineMarkingsOfBills,
  lineScreenings,
  linesWithParties,
  declarationSources,
  type DeclarationSourceRow,
  type LinePartiesRow,
  type LineScreening,
} from './reads.repository.ts';
export {
  importDeclarationLines,
  type LineDeriver,
  type LineImportCounts,
  type LineImportOptions,
  type LineScreeningResult,
} from './import.ts';

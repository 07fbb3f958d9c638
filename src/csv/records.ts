/**
 * The one RFC 4180 record reader of every CSV import (declarations, permits, locations): it isolates damage
 * to the record that carries it.
 *
 * Why not csv-parse here: with `skip_records_with_error` it reports a bad quote but then loses the
 * records after it (measured: `4,"5"x,6` on line 3 swallowed line 4), and a declaration row must
 * never be dropped silently. This reader ends a damaged record at the next line break outside
 * quotes, reports it with its line number, and carries on. Input is decoded as UTF-8 without
 * failing; invalid bytes become U+FFFD and the record that holds them is reported.
 */

import {
  rowErrorEnglish,
  type FieldError,
  type RowErrorCode,
  type RowErrorParams,
} from '../shared/row-errors.ts';

/** What is wrong with a whole record, coded as an import's row errors are. */
type RecordProblem = Omit<FieldError, 'field'>;

function problem(code: RowErrorCode, params: RowErrorParams = {}): RecordProblem {
  return { code, params, message: rowErrorEnglish(code, params) };
}

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  /** 1-based line number where it ends (after `line` when a quoted field holds line breaks). */
  endLine: number;
  fields: string[];
  /** Why the record cannot be trusted (bad quoting, invalid UTF-8), when it cannot. */
  error?: RecordProblem;
}

const REPLACEMENT = '\uFFFD';

/** A file, a stream, an upload or test chunks. */
export type ByteSource = AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>;

export async function* readCsvRecords(source: ByteSource): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterClosingQuote = false;
  let fieldWasQuoted = false;
  let error: RecordProblem | undefined;
  let line = 1;
  let recordLine = 1;
  /** The line where the quoted field being read opened. */
  let quoteLine = 1;
  let pendingCr = false;
  /** A closing quote was the last character of a chunk: it may be the first half of "". */
  let pendingQuoteDecision = false;
  let atEnd = false;
  let endsWithLineBreak = false;

  const endField = (): void => {
    fields.push(field);
    field = '';
    afterClosingQuote = false;
    fieldWasQuoted = false;
  };
  const endRecord = (): CsvRecord | undefined => {
    endField();
    const blank = fields.length === 1 && fields[0] === '' && !error;
    // The line counter has already passed the record's own line break, unless the file ended without one.
    const endLine = Math.max(recordLine, atEnd && !endsWithLineBreak ? line : line - 1);
    const record: CsvRecord = { line: recordLine, endLine, fields, ...(error ? { error } : {}) };
    if (!error && fields.some((f) => f.includes(REPLACEMENT))) record.error = problem('INVALID_UTF8');
    fields = [];
    error = undefined;
    recordLine = line;
    return blank ? undefined : record;
  };

  const SPECIAL = /[,\n\r"]/g;
  const consume = function* (text: string): Generator<CsvRecord> {
    let i = 0;
    while (i < text.length) {
      if (pendingCr) {
        pendingCr = false;
        if (text[i] === '\n') {
          i++;
          continue;
        }
      }
      if (inQuotes) {
        const quote = text.indexOf('"', i);
        const end = quote < 0 ? text.length : quote;
        const chunk = text.slice(i, end);
        field += chunk;
        for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
        if (quote < 0) return;
        if (quote + 1 === text.length) {
          // A quote at the end of a chunk: it may be the first half of "" (decided by the next chunk).
          inQuotes = false;
          afterClosingQuote = true;
          pendingQuoteDecision = true;
          return;
        }
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          inQuotes = false;
          afterClosingQuote = true;
          i = quote + 1;
        }
        continue;
      }
      if (pendingQuoteDecision) {
        pendingQuoteDecision = false;
        if (text[i] === '"') {
          field += '"';
          inQuotes = true;
          afterClosingQuote = false;
          i++;
          continue;
        }
      }
      SPECIAL.lastIndex = i;
      const found = SPECIAL.exec(text);
      const at = found ? found.index : text.length;
      if (at > i) {
        if (afterClosingQuote)
          error ??= problem('QUOTE_AFTER_CLOSING', { character: JSON.stringify(text[i]) });
        field += text.slice(i, at);
      }
      if (!found) return;
      const ch = found[0];
      i = at + 1;
      if (ch === ',') {
        endField();
      } else if (ch === '\n' || ch === '\r') {
        line++;
        if (ch === '\r') pendingCr = true;
        const record = endRecord();
        if (record) yield record;
      } else if (field === '' && !fieldWasQuoted && !afterClosingQuote) {
        inQuotes = true;
        fieldWasQuoted = true;
        quoteLine = line;
      } else {
        error ??= afterClosingQuote
          ? problem('QUOTE_AFTER_CLOSING', { character: '"\\""' })
          : problem('QUOTE_IN_UNQUOTED');
        field += ch;
      }
    }
  };

  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > 0) endsWithLineBreak = /[\r\n]$/.test(text);
    yield* consume(text);
  }
  yield* consume(decoder.decode());
  pendingQuoteDecision = false;
  atEnd = true;
  if (inQuotes) error ??= problem('QUOTE_NEVER_CLOSES', { line: quoteLine });
  if (field !== '' || fields.length > 0 || error) {
    const record = endRecord();
    if (record) yield record;
  }
}

/**
 * An RFC 4180 record reader that isolates damage to the record that carries it.
 *
 * Why not csv-parse here: with `skip_records_with_error` it reports a bad quote but then loses the
 * records after it (measured: `4,"5"x,6` on line 3 swallowed line 4), and a declaration row must
 * never be dropped silently. This reader ends a damaged record at the next line break outside
 * quotes, reports it with its line number, and carries on. Input is decoded as UTF-8 without
 * failing; invalid bytes become U+FFFD and the record that holds them is reported.
 */

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
  /** Why the record cannot be trusted (bad quoting, invalid UTF-8), when it cannot. */
  error?: string;
}

const REPLACEMENT = '\uFFFD';

export async function* readCsvRecords(
  source: AsyncIterable<Buffer | Uint8Array | string>,
): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterClosingQuote = false;
  let fieldWasQuoted = false;
  let error: string | undefined;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  /** A closing quote was the last character of a chunk: it may be the first half of "". */
  let pendingQuoteDecision = false;

  const endField = (): void => {
    fields.push(field);
    field = '';
    afterClosingQuote = false;
    fieldWasQuoted = false;
  };
  const endRecord = (): CsvRecord | undefined => {
    endField();
    const blank = fields.length === 1 && fields[0] === '' && !error;
    const record: CsvRecord = { line: recordLine, fields, ...(error ? { error } : {}) };
    if (!error && fields.some((f) => f.includes(REPLACEMENT)))
      record.error = 'invalid UTF-8 (bytes that are not UTF-8)';
    fields = [];
    error = undefined;
    recordLine = line;
    return blank ? undefined : record;
  };

  const consume = function* (text: string): Generator<CsvRecord> {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (inQuotes) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // A quote at the end of a chunk: decide when the next chunk arrives.
            inQuotes = false;
            afterClosingQuote = true;
            pendingQuoteDecision = true;
          } else {
            inQuotes = false;
            afterClosingQuote = true;
          }
        } else {
          if (ch === '\n') line++;
          field += ch;
        }
        continue;
      }
      if (pendingQuoteDecision) {
        pendingQuoteDecision = false;
        if (ch === '"') {
          // It was an escaped quote split across chunks.
          field += '"';
          inQuotes = true;
          afterClosingQuote = false;
          continue;
        }
      }
      if (ch === ',') {
        endField();
      } else if (ch === '\n' || ch === '\r') {
        line++;
        if (ch === '\r') pendingCr = true;
        const record = endRecord();
        if (record) yield record;
      } else if (ch === '"' && field === '' && !fieldWasQuoted && !afterClosingQuote) {
        inQuotes = true;
        fieldWasQuoted = true;
      } else {
        if (afterClosingQuote || ch === '"')
          error ??= `bad quoting: unexpected ${JSON.stringify(ch)} ${afterClosingQuote ? 'after a closing quote' : 'inside an unquoted field'}`;
        field += ch;
      }
    }
  };

  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* consume(text);
  }
  yield* consume(decoder.decode());
  pendingQuoteDecision = false;
  if (inQuotes) error ??= `bad quoting: quoted field opened on line ${recordLine} is never closed`;
  if (field !== '' || fields.length > 0 || error) {
    const record = endRecord();
    if (record) yield record;
  }
}

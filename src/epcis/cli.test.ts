import { describe, expect, it } from 'vitest';
import { documentsIn } from './cli.ts';

describe('documentsIn', () => {
  it('reads one JSON document, or JSON Lines of documents', () => {
    expect(documentsIn('{"type":"EPCISDocument"}\n', 'a.jsonld')).toEqual([{ type: 'EPCISDocument' }]);
    expect(documentsIn('{"type":"A"}\n\n{"type":"B"}\n', 'b.jsonl')).toEqual([{ type: 'A' }, { type: 'B' }]);
  });
  it('names the line that is not JSON', () => {
    expect(() => documentsIn('{"type":"A"}\n{oops\n', 'c.jsonl')).toThrow(
      expect.objectContaining({ code: 'MALFORMED_JSON', details: expect.objectContaining({ row: 2 }) }),
    );
  });
});

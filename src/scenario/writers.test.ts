import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTruth, type TruthRecord } from './truth.ts';
import { EventsWriter, TruthWriter } from './writers.ts';

const dir = mkdtempSync(join(tmpdir(), 'centinela-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records: TruthRecord[] = [
  {
    type: 'line',
    declaration_id: '25 16 3912 5000001',
    line_no: 1,
    substance: null,
    verdict: 'clear',
    lists: [],
    permit_required: false,
  },
  { type: 'party', record: 'decl:25 16 3912 5000001:1:importer', entity: 'E000001' },
  {
    type: 'consignment',
    bill_of_lading: 'MEDU0000000001',
    declaration_id: '25 16 3912 5000001',
    container_no: 'CSQU3054383',
    kinds: [],
    front_company: false,
    evidence: {
      lost_fraction: null,
      max_off_route_km: null,
      dwell_hours: null,
      gap_hours: null,
      received_at: [],
      transshipped_to: null,
    },
  },
];

describe('the writers of large worlds', () => {
  it('split events into numbered EPCIS documents of a fixed size', async () => {
    const out = join(dir, 'events');
    mkdirSync(out);
    const writer = new EventsWriter(out, 2, (n) => `urn:test:${n}`, '2025-12-31T23:59:59.000Z');
    await writer.write(
      [1, 2, 3, 4, 5].map((i) => ({ eventID: `urn:uuid:00000000-0000-4000-8000-00000000000${i}` })),
    );
    await writer.close();
    expect(readdirSync(out).sort()).toEqual([
      'events-0001.jsonld',
      'events-0002.jsonld',
      'events-0003.jsonld',
    ]);
    const sizes = writer.files.map(
      (f) =>
        (JSON.parse(readFileSync(join(out, f), 'utf8')) as { epcisBody: { eventList: unknown[] } }).epcisBody
          .eventList.length,
    );
    expect(sizes).toEqual([2, 2, 1]);
    expect(writer.total).toBe(5);
  });

  it('write the truth as JSON Lines or as one JSON object, and read both back the same', async () => {
    const read = [];
    for (const format of ['json', 'jsonl'] as const) {
      const out = join(dir, format);
      mkdirSync(out);
      const writer = new TruthWriter(out, format, { seed: 1 });
      for (const record of records) await writer.write(record);
      await writer.close();
      expect(readdirSync(out)).toEqual([format === 'json' ? 'truth.json' : 'truth.jsonl']);
      read.push(await readTruth(out));
    }
    expect(read[0]).toEqual(read[1]);
    expect(read[0]?.lines).toHaveLength(1);
    expect(read[0]?.parties[0]?.entity).toBe('E000001');
  });
});

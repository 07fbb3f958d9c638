import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEpcisDocument } from '../epcis/validate.ts';
import { generateScenario } from './generate.ts';
import { readTruth, type Truth } from './truth.ts';
import { REALISTIC } from './variation.ts';

interface Event {
  type: string;
  eventID?: string;
  eventTime: string;
  eventTimeZoneOffset: string;
  parentID?: string;
  bizStep: string;
  epcList?: string[];
  readPoint?: { id: string };
  bizLocation?: { id: string };
}

describe('a realistic world', () => {
  const dir = mkdtempSync(join(tmpdir(), 'centinela-variation-'));
  let doc: { epcisBody: { eventList: Event[] } };
  let truth: Truth;
  let declarations: Record<string, string>[];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    await generateScenario({ seed: 5, size: 'small', outDir: dir, variation: REALISTIC });
    doc = JSON.parse(readFileSync(join(dir, 'events.jsonld'), 'utf8')) as typeof doc;
    truth = await readTruth(dir);
    declarations = parse<Record<string, string>>(readFileSync(join(dir, 'declarations.csv')), {
      columns: true,
    });
  });

  it('is a valid EPCIS document with the variation of real feeds', () => {
    expect(validateEpcisDocument(doc)).toEqual({ ok: true });
    const events = doc.epcisBody.eventList;
    expect(events.some((e) => e.eventID === undefined)).toBe(true);
    expect(
      events.some((e) => e.type === 'AggregationEvent' && e.parentID?.startsWith('urn:epc:id:giai:')),
    ).toBe(true);
    expect(new Set(events.map((e) => e.eventTimeZoneOffset)).size).toBeGreaterThanOrEqual(4);
    // Events abroad before discharge: the origin port's UN/LOCODE.
    expect(events.some((e) => /locode:(CN|KR|NL|IN|US)/.test(e.bizLocation?.id ?? ''))).toBe(true);
  });

  it('records in the truth what happened that is not a diversion', () => {
    const variation = truth.consignments.map((c) => c.variation!);
    const total = (
      key: 'pre_arrival' | 'congestion' | 'customs_holds' | 'inland_terminal_stops' | 'transloads',
    ) => variation.reduce((sum, v) => sum + v[key], 0);
    for (const key of [
      'pre_arrival',
      'congestion',
      'customs_holds',
      'inland_terminal_stops',
      'transloads',
    ] as const)
      expect(total(key), key).toBeGreaterThan(0);
    expect(truth.consignments.some((c) => (c.containers?.length ?? 0) >= 2)).toBe(true);
    expect(truth.consignments.some((c) => c.variation?.border_crossing)).toBe(true);
  });

  it('writes documentation gaps as lines without permit that are not no_permit', () => {
    const gaps = truth.lines.filter((l) => l.documentation_gap);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      const row = declarations.find(
        (r) => r.declaration_id === gap.declaration_id && Number(r.line_no) === gap.line_no,
      );
      expect(row?.permit_id).toBe('');
      expect(gap.permit_required).toBe(true);
    }
  });
});

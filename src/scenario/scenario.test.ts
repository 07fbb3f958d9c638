import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEpcisDocument } from '../epcis/validate.ts';
import {
  isValidCas,
  isValidContainerNumber,
  isValidImo,
  isValidPedimento,
  validateRfc,
} from '../identifiers/index.ts';
import {
  DECLARATION_COLUMNS,
  generateScenario,
  LOCATION_COLUMNS,
  PERMIT_COLUMNS,
  type ScenarioSummary,
} from './generate.ts';
import { distanceKm, type LatLon } from './geo.ts';
import { DIVERSION_KINDS, readTruth, type Truth } from './truth.ts';

type Row = Record<string, string>;
interface Event {
  eventID: string;
  eventTime: string;
  bizStep: string;
  readPoint?: { id: string };
  bizLocation?: { id: string };
  quantityList?: { quantity: number }[];
  bizTransactionList: { bizTransaction: string }[];
}

const SEED = Number(process.env.SCENARIO_TEST_SEED ?? 11);
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'centinela-scenario-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const csv = (dir: string, file: string): Row[] =>
  parse<Row>(readFileSync(join(dir, file)), { columns: true });

/** Distance from p to the segment a–b in a local flat projection, km. */
function offSegmentKm(p: LatLon, a: LatLon, b: LatLon): number {
  const k = Math.cos((p.lat * Math.PI) / 180) * 111.195;
  const [ax, ay, bx, by] = [
    (a.lon - p.lon) * k,
    (a.lat - p.lat) * 111.195,
    (b.lon - p.lon) * k,
    (b.lat - p.lat) * 111.195,
  ];
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;

describe('a small world', () => {
  let dir: string;
  let summary: ScenarioSummary;
  let declarations: Row[];
  let permits: Row[];
  let locations: Map<string, Row>;
  let events: Event[];
  let truth: Truth;
  const eventsByBol = new Map<string, Event[]>();

  beforeAll(async () => {
    dir = tempDir();
    summary = await generateScenario({ seed: SEED, size: 'small', outDir: dir });
    declarations = csv(dir, 'declarations.csv');
    permits = csv(dir, 'permits.csv');
    locations = new Map(csv(dir, 'locations.csv').map((r) => [r.location_id as string, r]));
    events = (
      JSON.parse(readFileSync(join(dir, 'events.jsonld'), 'utf8')) as { epcisBody: { eventList: Event[] } }
    ).epcisBody.eventList;
    const unique = new Map(events.map((e) => [e.eventID, e]));
    for (const event of unique.values()) {
      const bol = event.bizTransactionList[0]?.bizTransaction.split(':').at(-1) as string;
      eventsByBol.set(bol, [...(eventsByBol.get(bol) ?? []), event]);
    }
    for (const list of eventsByBol.values())
      list.sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
    truth = await readTruth(dir);
  });

  it('has about 1,000 lines and writes the BRIEF column formats', () => {
    expect(summary.counts.lines).toBeGreaterThanOrEqual(1_000);
    expect(summary.counts.lines).toBeLessThan(1_010);
    const header = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n')[0];
    expect(header('declarations.csv')).toBe(DECLARATION_COLUMNS.join(','));
    expect(header('permits.csv')).toBe(PERMIT_COLUMNS.join(','));
    expect(header('locations.csv')).toBe(LOCATION_COLUMNS.join(','));
    expect(declarations).toHaveLength(summary.counts.lines);
  });

  it('validates every EPCIS document against the GS1 schema', () => {
    const doc: unknown = JSON.parse(readFileSync(join(dir, 'events.jsonld'), 'utf8'));
    expect(validateEpcisDocument(doc)).toEqual({ ok: true });
  });

  it('writes identifiers with valid check digits', () => {
    for (const row of declarations) {
      expect(isValidPedimento(row.declaration_id as string)).toBe(true);
      expect(isValidContainerNumber(row.container_no as string)).toBe(true);
      if (row.vessel_imo) expect(isValidImo(row.vessel_imo)).toBe(true);
      if (row.cas_number) expect(isValidCas(row.cas_number)).toBe(true);
      expect(validateRfc(row.importer_rfc as string).valid).toBe(true);
    }
    // Records carry an RFC one character off only now and then; registries carry the right one.
    const wrongDigit = declarations.filter((r) => !validateRfc(r.importer_rfc as string).checkDigitOk).length;
    expect(wrongDigit / declarations.length).toBeLessThan(0.05);
    for (const p of permits) expect(validateRfc(p.holder_rfc as string).checkDigitOk).toBe(true);
    for (const l of locations.values())
      if (l.operator_rfc) expect(validateRfc(l.operator_rfc).checkDigitOk).toBe(true);
  });

  it('names in events only places that locations.csv lists, or geo URIs', () => {
    for (const e of events) {
      const id = e.bizLocation?.id ?? e.readPoint?.id ?? '';
      expect(id.startsWith('geo:') || locations.has(id)).toBe(true);
    }
    for (const row of declarations) expect(locations.has(row.destination as string)).toBe(true);
  });

  it('has truth for every line, and a controlled line names a controlled substance', () => {
    const byLine = new Map(truth.lines.map((l) => [`${l.declaration_id}#${l.line_no}`, l]));
    expect(byLine.size).toBe(declarations.length);
    for (const row of declarations) {
      const line = byLine.get(`${row.declaration_id}#${row.line_no}`);
      expect(line).toBeDefined();
      if (line?.verdict === 'controlled')
        expect(line.lists.some((l) => ['UN-I', 'US-LI', 'US-CII', 'MX'].includes(l))).toBe(true);
      if (line?.lists.includes('UN-II') && line.verdict !== 'controlled') expect(line.verdict).toBe('watch');
      if (row.cas_number) expect(row.cas_number).toBe(line?.substance?.cas);
      if (line?.permit_required && !row.permit_id) {
        const consignment = truth.consignments.find((c) => c.declaration_id === row.declaration_id);
        expect(consignment?.kinds).toContain('no_permit');
      }
    }
    expect(new Set(truth.lines.map((l) => l.verdict))).toEqual(
      new Set(['controlled', 'analog', 'watch', 'clear']),
    );
  });

  it('diverts a realistic few consignments, of every kind', () => {
    const diverted = truth.consignments.filter((c) => c.kinds.length > 0);
    expect(diverted.length / truth.consignments.length).toBeGreaterThan(0.02);
    expect(diverted.length / truth.consignments.length).toBeLessThan(0.08);
    const kinds = new Set(diverted.flatMap((c) => c.kinds));
    for (const kind of DIVERSION_KINDS) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('shows in the events exactly the diversions the truth claims', () => {
    const declaredKg = new Map<string, number>();
    const destinationOf = new Map<string, string>();
    for (const row of declarations) {
      const bol = row.bill_of_lading as string;
      declaredKg.set(bol, (declaredKg.get(bol) ?? 0) + Number(row.quantity_kg));
      destinationOf.set(bol, row.destination as string);
    }
    const point = (e: Event): LatLon | null => {
      const id = e.bizLocation?.id ?? e.readPoint?.id ?? '';
      if (id.startsWith('geo:')) {
        const [lat, lon] = id.slice(4).split(',').map(Number);
        return { lat: lat as number, lon: lon as number };
      }
      const place = locations.get(id);
      return place ? { lat: Number(place.lat), lon: Number(place.lon) } : null;
    };
    for (const c of truth.consignments) {
      const list = eventsByBol.get(c.bill_of_lading) ?? [];
      const receipts = list.filter((e) => e.bizStep === 'receiving');
      const received = receipts.reduce(
        (sum, e) => sum + (e.quantityList ?? []).reduce((s, q) => s + q.quantity, 0),
        0,
      );
      const declared = declaredKg.get(c.bill_of_lading) as number;
      const places = new Set(receipts.map((e) => e.bizLocation?.id));
      const departure = list.findIndex((e) => e.bizStep === 'departing');
      const road = list.slice(departure);
      const start = point(list[0] as Event) as LatLon;
      const end = point({
        bizLocation: { id: destinationOf.get(c.bill_of_lading) as string },
      } as Event) as LatLon;
      const maxOff = Math.max(
        0,
        ...road
          .filter((e) => e.readPoint?.id.startsWith('geo:'))
          .map((e) => offSegmentKm(point(e) as LatLon, start, end)),
      );
      const maxGap = Math.max(
        0,
        ...road.slice(1).map((e, i) => hours((road[i] as Event).eventTime, e.eventTime)),
      );
      const geo = road.filter((e) => e.readPoint?.id.startsWith('geo:') && !e.bizLocation);
      let longestStop = 0;
      for (const a of geo)
        for (const b of geo)
          if (distanceKm(point(a) as LatLon, point(b) as LatLon) < 1)
            longestStop = Math.max(longestStop, hours(a.eventTime, b.eventTime));
      const has = (kind: string) => c.kinds.includes(kind as never);
      for (const e of road.filter((x) => x.readPoint?.id.startsWith('geo:'))) {
        const p = point(e) as LatLon; // roads stay in Mexico (a coarse box around the country)
        expect(p.lat > 14.3 && p.lat < 32.8 && p.lon > -117.5 && p.lon < -86.5, e.readPoint?.id).toBe(true);
      }
      if (has('transshipment')) {
        expect(list.at(-1)?.readPoint?.id).toMatch(/^urn:unece:locode:(?!MX)/);
        continue;
      }
      expect(receipts.length).toBeGreaterThan(0);
      if (has('quantity_loss')) expect(received).toBeLessThan(declared * 0.95);
      else expect(received).toBeGreaterThan(declared * 0.99);
      expect(places.size >= 2).toBe(has('split'));
      if (has('route_deviation')) expect(maxOff).toBeGreaterThan(75);
      else expect(maxOff).toBeLessThan(20);
      if (has('tracking_gap')) expect(maxGap).toBeGreaterThanOrEqual(24);
      else expect(maxGap).toBeLessThan(12);
      if (has('dwell')) expect(longestStop).toBeGreaterThanOrEqual(12);
      else expect(longestStop).toBeLessThan(6);
      if (c.kinds.length === 0) expect([...places]).toEqual([destinationOf.get(c.bill_of_lading)]);
    }
  });

  it('adds the noise a real feed has: re-sent events and events out of order', () => {
    expect(new Set(events.map((e) => e.eventID)).size).toBeLessThan(events.length);
    const outOfOrder = events.some((e, i) => {
      const next = events[i + 1];
      return (
        next !== undefined &&
        next.bizTransactionList[0]?.bizTransaction === e.bizTransactionList[0]?.bizTransaction &&
        Date.parse(next.eventTime) < Date.parse(e.eventTime)
      );
    });
    expect(outOfOrder).toBe(true);
  });

  it('gives every party record its true entity', () => {
    const records = new Map(truth.parties.map((p) => [p.record, p.entity]));
    for (const row of declarations) {
      for (const role of ['importer', 'consignee', 'broker'])
        expect(records.get(`decl:${row.declaration_id}:${row.line_no}:${role}`)).toMatch(/^E\d{6}$/);
    }
    for (const p of permits) expect(records.has(`permit:${p.permit_id}:holder`)).toBe(true);
    for (const l of locations.values())
      if (l.operator_rfc) expect(records.has(`location:${l.location_id}:operator`)).toBe(true);
    // Entity resolution has work to do: one entity is written in several ways.
    const namesByEntity = new Map<string, Set<string>>();
    for (const row of declarations) {
      const entity = records.get(`decl:${row.declaration_id}:${row.line_no}:importer`) as string;
      namesByEntity.set(entity, (namesByEntity.get(entity) ?? new Set()).add(row.importer_name as string));
    }
    expect(Math.max(...[...namesByEntity.values()].map((s) => s.size))).toBeGreaterThan(3);
  });

  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    const again = tempDir();
    await generateScenario({ seed: SEED, size: 'small', outDir: again });
    for (const file of readdirSync(dir))
      expect(readFileSync(join(again, file)).equals(readFileSync(join(dir, file))), file).toBe(true);
    const other = tempDir();
    await generateScenario({ seed: SEED + 1, size: 'small', outDir: other });
    expect(
      readFileSync(join(other, 'declarations.csv')).equals(readFileSync(join(dir, 'declarations.csv'))),
    ).toBe(false);
  });
});

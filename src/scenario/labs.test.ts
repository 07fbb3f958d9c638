import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInMexico } from '../custody/index.ts';
import { importFieldReports, importIncidents } from '../incidents/import.ts';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { generateScenario } from './generate.ts';
import { cities, distanceKm } from './geo.ts';
import { labRates } from './labs.ts';
import { readTruth, type Truth } from './truth.ts';
import { PLAIN } from './variation.ts';

type Row = Record<string, string>;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Written {
  dir: string;
  truth: Truth;
  incidents: Row[];
  reports: Row[];
}

async function world(seed: number): Promise<Written> {
  const dir = mkdtempSync(join(tmpdir(), 'centinela-labs-'));
  dirs.push(dir);
  await generateScenario({ seed, size: 'small', outDir: dir });
  const csv = (file: string) => parse<Row>(readFileSync(join(dir, file)), { columns: true });
  return {
    dir,
    truth: await readTruth(dir),
    incidents: csv('incidents.csv'),
    reports: csv('field-reports.csv'),
  };
}

const point = (r: Row) => ({ lat: Number(r.lat), lon: Number(r.lon) });
const placed = (rows: Row[]) => rows.filter((r) => r.lat !== '');
const wellGraded = (r: Row) => 'ABC'.includes(r.reliability!) && Number(r.credibility) <= 3;

describe('hidden labs in a small world', () => {
  let a: Written;
  let b: Written;
  beforeAll(async () => {
    a = await world(11);
    b = await world(12);
  }, 60_000);

  it('hides active and past labs near the towns the generator knows, and legal districts as decoys', () => {
    const active = a.truth.labs.filter((l) => l.status === 'active');
    const past = a.truth.labs.filter((l) => l.status === 'past');
    expect(active.length).toBeGreaterThanOrEqual(8);
    expect(past.length).toBeGreaterThanOrEqual(5);
    expect(a.truth.decoys.length).toBeGreaterThanOrEqual(2);
    for (const lab of a.truth.labs) {
      expect(isInMexico(lab)).toBe(true);
      expect(Math.min(...cities().map((c) => distanceKm(c, lab)))).toBeLessThan(25);
      expect(lab.status === 'past').toBe(lab.until !== null);
    }
  });

  it('writes evidence consistent with the truth, and none of it exactly on a lab', () => {
    const consignments = new Map(a.truth.consignments.map((c) => [c.bill_of_lading, c]));
    for (const lab of a.truth.labs) {
      if (lab.fed_by) expect(consignments.get(lab.fed_by)?.kinds.length).toBeGreaterThan(0);
      for (const r of [...placed(a.incidents), ...placed(a.reports)])
        expect(distanceKm(point(r), lab)).toBeGreaterThan(0.01);
    }
    const past = a.truth.labs.filter((l) => l.status === 'past');
    const dismantled = a.incidents.filter((r) => r.kind === 'lab_dismantled');
    expect(dismantled.length).toBeGreaterThan(0);
    for (const r of dismantled)
      expect(Math.min(...past.map((l) => distanceKm(point(r), l)))).toBeLessThan(0.35);
    for (const r of a.incidents.filter((i) => i.bill_of_lading))
      expect(consignments.has(r.bill_of_lading!)).toBe(true);
    // Well-graded reports about nothing, poorly graded ones everywhere: grading alone does not find the labs.
    const active = a.truth.labs.filter((l) => l.status === 'active');
    const nearLab = (r: Row) => active.some((l) => distanceKm(point(r), l) < 5);
    expect(placed(a.reports).filter((r) => wellGraded(r) && !nearLab(r)).length).toBeGreaterThan(0);
    expect(placed(a.reports).filter((r) => !wellGraded(r)).length).toBeGreaterThan(
      placed(a.reports).filter(wellGraded).length,
    );
    // Each decoy district draws evidence.
    for (const d of a.truth.decoys)
      expect(
        placed([...a.incidents, ...a.reports]).filter((r) => distanceKm(point(r), d) <= d.radius_km + 0.5)
          .length,
      ).toBeGreaterThan(3);
  });

  it('draws the rates and the evidence per seed', () => {
    expect(labRates(11, 'small', PLAIN)).not.toEqual(labRates(12, 'small', PLAIN));
    expect([a.incidents.length, a.reports.length]).not.toEqual([b.incidents.length, b.reports.length]);
    const reportedShare = (w: Written) => {
      const active = w.truth.labs.filter((l) => l.status === 'active');
      const reported = active.filter((l) =>
        placed(w.reports).some((r) => wellGraded(r) && distanceKm(point(r), l) < 3),
      );
      return reported.length / active.length;
    };
    expect(reportedShare(a)).not.toBe(reportedShare(b));
  });
});

describeEachEngine("a world's incidents and field reports", (getDb) => {
  it('import through the importers with no row rejected', async () => {
    const w = await world(13);
    const db = getDb();
    const { host } = await makeTwoNationWorld(db);
    const incidents = await importIncidents(db, host, readFileSync(join(w.dir, 'incidents.csv'), 'utf8'));
    const reports = await importFieldReports(
      db,
      host,
      readFileSync(join(w.dir, 'field-reports.csv'), 'utf8'),
    );
    expect(incidents.errors).toEqual([]);
    expect(reports.errors).toEqual([]);
    expect(incidents.imported).toBe(w.incidents.length);
    expect(reports.imported).toBe(w.reports.length);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { FOLD_RINGS, fuseLeads, scoreSurface } from './fusion.ts';
import { decay, HALF_LIFE_DAYS } from './weights.ts';
import { cellOfLeadId, EvidenceInput, LEAD_RESOLUTION, type EvidenceInput as Evidence } from './model.ts';

const asOf = new Date('2026-06-01T00:00:00Z');
const daysBefore = (d: number) => new Date(asOf.getTime() - d * 86_400_000);
// Culiacán and Guadalajara: far enough apart that their kernels never meet.
const CULIACAN = { lat: 24.8091, lon: -107.394 };
const GUADALAJARA = { lat: 20.6597, lon: -103.3496 };

const report = (id: string, at = daysBefore(10), place = CULIACAN): Evidence => ({
  kind: 'field_report',
  id,
  ...place,
  at,
  sourceType: 'ground',
  reliability: 'B',
  credibility: 2,
  indicators: ['chemical_odour'],
});
const incident = (
  id: string,
  incidentKind: 'seizure' | 'site_searched_negative' | 'lab_dismantled' | 'chemical_dumpsite',
  at = daysBefore(5),
  place = CULIACAN,
): Evidence => ({
  kind: 'incident',
  id,
  ...place,
  at,
  incidentKind,
});

describe('fuseLeads', () => {
  it('ranks the cell holding the evidence first, with an id from the cell alone and its evidence cited', () => {
    const leads = fuseLeads(
      [report('R-1'), report('R-2'), incident('I-1', 'seizure', daysBefore(400), GUADALAJARA)],
      { asOf },
    );
    const top = leads[0]!;
    expect(top.rank).toBe(1);
    expect(cellOfLeadId(top.leadId)).toBe(top.cell);
    expect(top.evidence.map((e) => e.id).sort()).toEqual(['R-1', 'R-2']);
    expect(top.areaKm2).toBeGreaterThan(4);
    expect(top.areaKm2).toBeLessThan(7);
    expect(top.p).toBeLessThan(0.05);
    expect(leads.map((l) => l.rank)).toEqual(leads.map((_, i) => i + 1));
    const contributions = top.evidence.reduce((s, e) => s + e.weight, 0);
    expect(contributions).toBeCloseTo(top.score, 5);
  });

  it('lets older evidence count less, halving at the half-life', () => {
    const halfLife = HALF_LIFE_DAYS.field_report;
    expect(decay(report('R-1', daysBefore(halfLife)), asOf)).toBeCloseTo(0.5, 9);
    const [fresh] = fuseLeads([report('R-1', asOf)], { asOf });
    const [old] = fuseLeads([report('R-1', daysBefore(halfLife))], { asOf });
    // One group: the score is log1p of the weight times the cell's probability, so expm1 is proportional to it.
    expect(Math.expm1(old!.score)).toBeCloseTo(Math.expm1(fresh!.score) / 2, 5);
  });

  it('weighs a field report by its grading', () => {
    const graded = (reliability: 'A' | 'E', credibility: 1 | 5) =>
      fuseLeads(
        [{ ...(report('R') as Extract<Evidence, { kind: 'field_report' }>), reliability, credibility }],
        { asOf },
      )[0]!.score;
    expect(graded('A', 1)).toBeGreaterThan(graded('E', 5) * 10);
  });

  it('lowers the evidence a later search explains and cites the search with a negative weight', () => {
    const before = fuseLeads([report('R-1')], { asOf })[0]!;
    const after = fuseLeads([report('R-1'), incident('S-1', 'site_searched_negative')], { asOf })[0]!;
    expect(after.score).toBeLessThan(before.score * 0.5);
    expect(after.evidence.find((e) => e.id === 'S-1')!.weight).toBeLessThan(0);
  });

  it('does not let a search discount what was seen after it', () => {
    const before = fuseLeads([report('R-1', daysBefore(2))], { asOf })[0]!;
    const after = fuseLeads(
      [report('R-1', daysBefore(2)), incident('S-1', 'site_searched_negative', daysBefore(20))],
      {
        asOf,
      },
    )[0]!;
    expect(after.score).toBe(before.score);
  });

  it('reads a dismantled lab as explaining the old evidence around it', () => {
    const leads = fuseLeads(
      [report('R-1', daysBefore(30)), incident('L-1', 'lab_dismantled', daysBefore(10))],
      { asOf },
    );
    const alone = fuseLeads([report('R-1', daysBefore(30))], { asOf });
    expect(leads[0]!.score).toBeLessThan(alone[0]!.score * 0.2);
  });

  it('gives no lead from suppressors alone, and none from nothing', () => {
    expect(fuseLeads([incident('S-1', 'site_searched_negative')], { asOf })).toEqual([]);
    expect(fuseLeads([], { asOf })).toEqual([]);
  });

  it('gives one cell’s lead with its rank among all', () => {
    const evidence = [report('R-1'), report('R-2', daysBefore(5), GUADALAJARA)];
    const all = fuseLeads(evidence, { asOf });
    const third = all[2]!;
    expect(fuseLeads(evidence, { asOf, cell: third.cell })).toEqual([third]);
    expect(fuseLeads(evidence, { asOf, cell: '8748a0000ffffff' })).toEqual([]);
  });

  it('keeps the limit, best first', () => {
    const leads = fuseLeads([report('R-1'), report('R-2', daysBefore(5), GUADALAJARA)], { asOf, limit: 3 });
    expect(leads).toHaveLength(3);
    expect(leads[0]!.score).toBeGreaterThanOrEqual(leads[1]!.score);
  });
});

const at = (cell: string) => {
  const [lat, lon] = cellToLatLng(cell);
  return { lat, lon };
};
const CENTRE = latLngToCell(CULIACAN.lat, CULIACAN.lon, LEAD_RESOLUTION);
const withIndicators = (id: string, indicators: string[], place = CULIACAN): Evidence => ({
  ...(report(id, daysBefore(10), place) as Extract<Evidence, { kind: 'field_report' }>),
  indicators,
});
const consignment = (id: string, place = CULIACAN): Evidence => ({
  kind: 'consignment',
  id,
  ...place,
  at: daysBefore(10),
  status: 'diverted',
});
const paperwork = (id: string, place = CULIACAN): Evidence => ({
  kind: 'incident',
  id,
  ...place,
  at: daysBefore(10),
  incidentKind: 'stopped_shipment',
});
const top = (evidence: Evidence[]) => fuseLeads(evidence, { asOf })[0]!;

describe('fuseLeads rules (docs/LEADS.md)', () => {
  it('weighs a lab-specific indicator above one a legal plant shows too', () => {
    // One piece in one cell: its weight is expm1 of the score.
    const weight = (indicators: string[]) => Math.expm1(top([withIndicators('R', indicators)]).score);
    expect(weight(['glassware'])).toBeGreaterThan(weight(['chemical_odour']) * 1.5);
    expect(top([withIndicators('R', ['pill_press', 'lookouts'])]).score).toBeGreaterThan(
      top([withIndicators('R', ['drums', 'vehicle_pattern', 'night_activity'])]).score,
    );
  });

  it('weighs paperwork at a supplier below a well-graded report, and divides by the legal activity around', () => {
    expect(top([paperwork('P')]).score).toBeLessThan(top([withIndicators('R', [])]).score / 4);
    const plant = Array.from({ length: 6 }, (_, i) => paperwork(`P-${i}`));
    const alone = top([withIndicators('R', ['chemical_odour'])]).score;
    const atPlant = fuseLeads([withIndicators('R', ['chemical_odour']), ...plant], { asOf });
    expect(atPlant[0]!.score).toBeLessThan(alone);
    expect(atPlant[0]!.evidence.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(atPlant[0]!.score, 5);
  });

  it('divides only what legal activity could produce: a lab-specific indicator keeps its weight beside a plant', () => {
    const plant = Array.from({ length: 6 }, (_, i) => paperwork(`P-${i}`));
    // What the plant takes from a report, as a share of the report alone.
    const kept = (indicators: string[]) => {
      const reportCell = latLngToCell(CULIACAN.lat, CULIACAN.lon, LEAD_RESOLUTION);
      const withPlant = scoreSurface([withIndicators('R', indicators), ...plant], { asOf }).get(reportCell)!;
      const plantAlone = scoreSurface(plant, { asOf }).get(reportCell) ?? 0;
      return (
        (withPlant - plantAlone) / scoreSurface([withIndicators('R', indicators)], { asOf }).get(reportCell)!
      );
    };
    expect(kept(['pill_press', 'lookouts'])).toBeGreaterThan(kept(['drums', 'chemical_odour']) + 0.2);
    const explained = fuseLeads([withIndicators('R', ['pill_press']), ...plant], { asOf })[0]!;
    expect(explained.evidence.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(explained.score, 5);
  });

  it('spreads a dumpsite over a wider disk at a lower peak', () => {
    const scores = scoreSurface([incident('D', 'chemical_dumpsite')], { asOf });
    // Base 2 at its own cell would score log1p(2); the wide disk keeps well under half of it there.
    expect(scores.get(CENTRE)).toBeLessThan(Math.log1p(1));
    const three = gridDisk(CENTRE, 3).filter((c) => !gridDisk(CENTRE, 2).includes(c));
    expect(three.some((c) => (scores.get(c) ?? 0) > 0)).toBe(true);
    const ground = scoreSurface([withIndicators('R', ['glassware'])], { asOf });
    expect(three.every((c) => ground.get(c) === undefined)).toBe(true);
  });

  it('takes each piece’s bandwidth from its position error: an aerial image is sharper than an informant', () => {
    const bySource = (sourceType: string) =>
      scoreSurface(
        [
          {
            ...(withIndicators('R', ['glassware']) as Extract<Evidence, { kind: 'field_report' }>),
            sourceType,
          },
        ],
        {
          asOf,
        },
      );
    const aerial = bySource('aerial');
    const informant = bySource('informant');
    expect(aerial.get(CENTRE)!).toBeGreaterThan(informant.get(CENTRE)!);
    expect(aerial.size).toBeLessThan(informant.size);
    // Its kernel is where the point is, not its cell's centre: at a cell's edge the neighbour gets nearly as much.
    const [neighbour] = gridDisk(CENTRE, 1).filter((c) => c !== CENTRE);
    const [lat, lon] = cellToLatLng(CENTRE);
    const [nLat, nLon] = cellToLatLng(neighbour!);
    const edge = { lat: lat + (nLat - lat) * 0.45, lon: lon + (nLon - lon) * 0.45 };
    expect(latLngToCell(edge.lat, edge.lon, LEAD_RESOLUTION)).toBe(CENTRE);
    const atEdge = scoreSurface([withIndicators('R', ['glassware'], edge)], { asOf });
    expect(atEdge.get(neighbour!)!).toBeGreaterThan(atEdge.get(CENTRE)! * 0.6);
  });

  it('counts the custody evidence at one place as at most one strong receipt', () => {
    const receipts = (n: number) => Array.from({ length: n }, (_, i) => consignment(`C-${i}`));
    const one = top(receipts(1)).score;
    const forty = top(receipts(40)).score;
    expect(forty).toBeGreaterThan(one);
    // Saturated at the place: forty receipts are worth less than twice one.
    expect(forty).toBeLessThan(2 * one);
    expect(forty).toBeLessThan(top([withIndicators('R', ['glassware', 'pill_press'])]).score);
  });

  it('rewards independent kinds converging over repeats of one kind', () => {
    const repeats = Array.from({ length: 20 }, (_, i) => consignment(`C-${i}`));
    const base = top(repeats).score;
    const oneMore = top([...repeats, consignment('C-20')]).score - base;
    const otherKind = top([...repeats, withIndicators('R', ['glassware'])]).score - base;
    expect(otherKind).toBeGreaterThan(oneMore * 10);
    expect(base).toBeLessThan(20 * top([consignment('C-0')]).score);
  });

  it('gives one peak per hot spot: a neighbour folds into it, listed below at a discount, its evidence cited', () => {
    const [neighbour] = gridDisk(CENTRE, FOLD_RINGS).filter((c) => c !== CENTRE);
    const leads = fuseLeads(
      [
        withIndicators('R-1', ['glassware']),
        withIndicators('R-2', ['glassware']),
        consignment('C', at(neighbour!)),
      ],
      { asOf },
    );
    const surface = scoreSurface(
      [
        withIndicators('R-1', ['glassware']),
        withIndicators('R-2', ['glassware']),
        consignment('C', at(neighbour!)),
      ],
      { asOf },
    );
    expect(leads[0]!.cell).toBe(CENTRE);
    expect(leads[0]!.evidence.map((e) => e.id)).toContain('C');
    const folded = leads.find((l) => l.cell === neighbour)!;
    expect(folded.score).toBeCloseTo(surface.get(neighbour!)! / 2, 5);
    expect(folded.evidence.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(folded.score, 5);
    // A far cell with less on its own surface can now outrank the neighbour.
    const far = fuseLeads(
      [
        withIndicators('R-1', ['glassware']),
        withIndicators('R-2', ['glassware']),
        consignment('C', at(neighbour!)),
        withIndicators('G', ['glassware'], GUADALAJARA),
      ],
      { asOf },
    );
    expect(far.findIndex((l) => l.evidence.some((e) => e.id === 'G'))).toBeLessThan(
      far.findIndex((l) => l.cell === neighbour),
    );
  });
});

// Evidence scattered over a small area so that kernels and suppressors overlap.
const evidenceArbitrary: fc.Arbitrary<Evidence> = fc
  .record({
    kind: fc.constantFrom('consignment', 'finding', 'incident', 'field_report', 'outcome'),
    id: fc.stringMatching(/^[A-Z]-\d{1,3}$/),
    lat: fc.double({ min: 19.3, max: 19.5, noNaN: true }),
    lon: fc.double({ min: -99.25, max: -99.05, noNaN: true }),
    days: fc.integer({ min: -30, max: 400 }),
    pick: fc.nat(20),
    reliability: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
    credibility: fc.constantFrom(1, 2, 3, 4, 5, 6),
  })
  .map(({ kind, id, lat, lon, days, pick, reliability, credibility }) => {
    const base = { id, lat, lon, at: daysBefore(days) };
    const raw =
      kind === 'consignment'
        ? { kind, ...base, status: pick % 2 ? 'diverted' : 'lost' }
        : kind === 'finding'
          ? { kind, ...base, findingKind: ['quantity_loss', 'unlicensed_receiver', 'dwell'][pick % 3] }
          : kind === 'incident'
            ? {
                kind,
                ...base,
                incidentKind: ['seizure', 'chemical_dumpsite', 'site_searched_negative', 'lab_dismantled'][
                  pick % 4
                ],
                quantityKg: pick * 10,
              }
            : kind === 'field_report'
              ? {
                  kind,
                  ...base,
                  sourceType: 'ground',
                  reliability,
                  credibility,
                  indicators: pick % 2 ? ['glassware'] : [],
                }
              : { kind, ...base, outcome: pick % 2 ? 'found' : 'nothing_found' };
    return EvidenceInput.parse(raw);
  });

const isSuppressor = (e: Evidence) =>
  e.kind === 'outcome' ||
  (e.kind === 'incident' && ['site_searched_negative', 'lab_dismantled'].includes(e.incidentKind));

describe('fuseLeads properties', () => {
  const list = fc.array(evidenceArbitrary, { maxLength: 25 });

  it('does not depend on the order of the evidence', () => {
    fc.assert(
      fc.property(list, fc.nat(), (evidence, seed) => {
        const shuffled = [...evidence].sort(
          (a, b) => ((a.lat * 1e6 + seed) % 7) - ((b.lat * 1e6 + seed) % 7),
        );
        expect(fuseLeads(shuffled, { asOf })).toEqual(fuseLeads(evidence, { asOf }));
      }),
      { numRuns: 40 },
    );
  });

  it('ignores evidence after asOf', () => {
    fc.assert(
      fc.property(list, (evidence) => {
        const known = evidence.filter((e) => e.at <= asOf);
        expect(fuseLeads(evidence, { asOf })).toEqual(fuseLeads(known, { asOf }));
      }),
      { numRuns: 40 },
    );
  });

  it('never raises a score when negative evidence is added', () => {
    fc.assert(
      fc.property(
        list,
        fc.array(evidenceArbitrary.filter(isSuppressor), { minLength: 1, maxLength: 3 }),
        (evidence, negatives) => {
          const before = scoreSurface(evidence, { asOf });
          const after = scoreSurface([...evidence, ...negatives], { asOf });
          for (const [cell, score] of after)
            expect(score).toBeLessThanOrEqual((before.get(cell) ?? 0) + 1e-9);
          // Folding only lowers: a lead never scores above its cell on the surface.
          for (const lead of fuseLeads([...evidence, ...negatives], { asOf }))
            expect(lead.score).toBeLessThanOrEqual((after.get(lead.cell) ?? 0) + 1e-6);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('cites evidence for every lead, a positive piece among it', () => {
    fc.assert(
      fc.property(list, (evidence) => {
        for (const lead of fuseLeads(evidence, { asOf })) {
          expect(lead.evidence.some((e) => e.weight > 0)).toBe(true);
          expect(lead.leadId).toBe(`lead-${lead.cell}`);
        }
      }),
      { numRuns: 40 },
    );
  });
});

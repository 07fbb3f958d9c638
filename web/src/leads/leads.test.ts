import { describe, expect, it } from 'vitest';
import { leadsToGeoJSON } from '../map/lead-cells.ts';
import { countByKind, decidesLeads, endOfDay, readLeadQuery } from './lead-query.ts';
import { staticHref } from './evidence-links.ts';

describe('the lead board', () => {
  it('reads its day and limit from the URL, refusing what it does not offer', () => {
    expect(readLeadQuery(new URLSearchParams('asOf=2026-05-01&limit=100'))).toEqual({
      asOf: '2026-05-01',
      limit: 100,
    });
    expect(readLeadQuery(new URLSearchParams('asOf=yesterday&limit=7'))).toEqual({
      asOf: undefined,
      limit: 50,
    });
    expect(endOfDay('2026-05-01')).toBe('2026-05-01T23:59:59.999Z');
  });

  it('counts evidence by kind and lets only analysts and commanders decide', () => {
    const evidence = [
      { kind: 'incident' as const, id: 'a', weight: 1 },
      { kind: 'field_report' as const, id: 'b', weight: 1 },
      { kind: 'incident' as const, id: 'c', weight: 1 },
    ];
    expect(countByKind(evidence)).toEqual([
      ['incident', 2],
      ['field_report', 1],
    ]);
    expect(decidesLeads(['advisor'])).toBe(false);
    expect(decidesLeads(['commander'])).toBe(true);
  });

  it("links a consignment and a finding to the consignment's page", () => {
    const at = '2026-05-01T00:00:00Z';
    const piece = { id: 'BL/1', weight: 1, at, lat: 0, lon: 0, what: '' };
    expect(staticHref({ ...piece, kind: 'finding', id: 'MSCU1/tracking_gap' })).toBe('/consignments/MSCU1');
    expect(staticHref({ ...piece, kind: 'consignment' })).toBe('/consignments/BL%2F1');
    expect(staticHref({ ...piece, kind: 'incident' })).toBeNull();
  });
});

describe('the leads map layer', () => {
  it('draws each lead as its closed H3 cell, shaded by its share of the best score', () => {
    const cells = leadsToGeoJSON([
      { leadId: 'lead-874983d99ffffff', cell: '874983d99ffffff', score: 4, rank: 1 },
      { leadId: 'lead-874983d98ffffff', cell: '874983d98ffffff', score: 1, rank: 2 },
    ]);
    expect(cells.features.map((f) => f.properties?.share)).toEqual([1, 0.25]);
    const ring = cells.features[0]!.geometry.coordinates[0]!;
    expect(ring[0]).toEqual(ring.at(-1));
    expect(ring.length).toBe(7);
    // [lon, lat]: Mexico's longitudes are negative
    expect(ring[0]![0]).toBeLessThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveDestination } from './destination.ts';
import { haversineKm } from './geo.ts';

describe('resolveDestination', () => {
  const places = new Map([
    [
      'urn:epc:id:sgln:7501234.00001.0',
      {
        locationId: 'urn:epc:id:sgln:7501234.00001.0',
        name: 'Planta',
        kind: 'plant',
        lat: 20.6,
        lon: -103.4,
        operatorRfc: null,
      },
    ],
  ]);
  it('resolves location ids, coordinates and city names with accents or a state', () => {
    expect(resolveDestination('urn:epc:id:sgln:7501234.00001.0', places)).toEqual({ lat: 20.6, lon: -103.4 });
    expect(resolveDestination('20.5, -100.4', places)).toEqual({ lat: 20.5, lon: -100.4 });
    const gdl = resolveDestination('Guadalajara, Jalisco', places)!;
    expect(haversineKm(gdl, { lat: 20.67, lon: -103.35 })).toBeLessThan(10);
    const qro = resolveDestination('QUERETARO', places)!;
    expect(haversineKm(qro, { lat: 20.59, lon: -100.39 })).toBeLessThan(15);
    expect(resolveDestination('Ciudad de México', places)).not.toBeNull();
  });
  it('returns null for unknown text', () => {
    expect(resolveDestination('Atlantis', places)).toBeNull();
    expect(resolveDestination(null, places)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Consignment } from '../api/types.ts';
import {
  consignmentFindingFixture,
  consignmentFixture,
  eventFixture,
  lineFixture,
} from '../testing/fake-api.ts';
import { consignmentMap } from './consignment-map.ts';

const WORDS = { destination: 'Destino declarado', lastPosition: 'Última posición conocida' };
const PLANT = 'urn:epc:id:sgln:75000056.0001.0';

function consignment(overrides: Partial<Consignment> = {}) {
  return consignmentFixture({
    billOfLading: 'MAEU0987547406',
    lines: [lineFixture({ destination: PLANT })],
    timeline: [
      eventFixture({
        eventId: 'e1',
        eventTime: '2025-12-29T15:27:55Z',
        place: {
          id: 'urn:epc:id:sgln:75000007.0001.0',
          name: 'ICAVE (Veracruz)',
          kind: 'terminal',
          lat: 19.2,
          lon: -96.1,
        },
      }),
      eventFixture({
        eventId: 'e2',
        eventTime: '2025-12-30T10:00:00Z',
        place: { id: 'geo:20.7,-98.5', name: null, kind: null, lat: 20.7, lon: -98.5 },
      }),
    ],
    track: [
      [-96.1, 19.2],
      [-98.5, 20.7],
    ],
    declaredDestination: {
      text: PLANT,
      place: { id: PLANT, name: 'Planta Farmoquímica Toluca', kind: 'plant', licensed: false, permits: [] },
      point: { lat: 19.28, lon: -99.73 },
    },
    findings: [consignmentFindingFixture({ id: 'f1', kind: 'route_deviation', lat: 20.7, lon: -98.5 })],
    ...overrides,
  });
}

describe('consignment map', () => {
  it('frames the whole track, its findings and the declared destination together', () => {
    const map = consignmentMap(consignment(), WORDS);
    expect(map.data.tracks.features).toHaveLength(1);
    expect(map.data.findings.features).toHaveLength(1);
    // the destination (west of the track's end) widens the frame: the goods have not arrived yet
    expect(map.fitTo).toEqual([
      [-99.73, 19.2],
      [-96.1, 20.7],
    ]);
  });

  it('marks the start, the declared destination and the last known position, each named', () => {
    const marks = consignmentMap(consignment(), WORDS).marks.features.map((f) => f.properties);
    expect(marks).toEqual([
      { role: 'destination', label: 'Planta Farmoquímica Toluca' },
      { role: 'start', label: 'ICAVE (Veracruz)' },
      { role: 'last', label: 'Última posición conocida' }, // a bare position has no name of its own
    ]);
  });

  it('labels the arrival once when the last position is the destination', () => {
    const arrived = consignment({
      track: [
        [-96.1, 19.2],
        [-99.73, 19.28],
      ],
    });
    const marks = consignmentMap(arrived, WORDS).marks.features.map((f) => f.properties);
    expect(marks).toContainEqual({ role: 'last', label: null });
  });

  it('names a destination it only knows by coordinates or a city after the declaration, never by an id', () => {
    const city = consignment({
      lines: [lineFixture({ destination: 'Guadalajara, Jal.' })],
      declaredDestination: { text: 'Guadalajara, Jal.', place: null, point: { lat: 20.67, lon: -103.35 } },
    });
    expect(consignmentMap(city, WORDS).marks.features[0]?.properties).toEqual({
      role: 'destination',
      label: 'Guadalajara, Jal.',
    });
    const unnamed = consignment({
      declaredDestination: { text: PLANT, place: null, point: { lat: 19.28, lon: -99.73 } },
    });
    expect(consignmentMap(unnamed, WORDS).marks.features[0]?.properties?.label).toBe('Destino declarado');
  });

  it('draws nothing and frames nothing without positions', () => {
    const none = consignmentMap(
      consignment({ track: [], timeline: [], declaredDestination: null, findings: [] }),
      WORDS,
    );
    expect(none.data.tracks.features).toEqual([]);
    expect(none.marks.features).toEqual([]);
    expect(none.fitTo).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { ConsignmentFacts } from './consignment.ts';
import type { CustodyEvent } from './model.ts';
import { overviewOf } from './tracks.ts';

const event = (n: number, lat: number | null, lon: number | null): CustodyEvent => ({
  eventId: `e${n}`,
  eventTime: new Date(Date.UTC(2024, 2, 1, n)).toISOString(),
  bizStep: 'transporting',
  disposition: null,
  action: 'OBSERVE',
  placeId: null,
  lat,
  lon,
  quantityKg: null,
  containerNo: null,
  reportedBy: 'MX-ASIPONA-ZLO',
});

/** A straight road north from the port, a reading every ~1 km, one reading without a position. */
const facts = (events: CustodyEvent[]) =>
  ({
    billOfLading: 'BOL1',
    lines: [{ portLocode: 'MXZLO' }, { portLocode: 'MXLZC' }],
    events,
  }) as unknown as ConsignmentFacts;
const road = [
  ...Array.from({ length: 20 }, (_, n) => event(n, 19 + n * 0.01, -104.3)),
  event(20, null, null),
];

describe('the overview track of a consignment', () => {
  it('keeps the ends of a straight road, drops what has no position, and names the first port', () => {
    const overview = overviewOf(facts(road), new Set());
    expect(overview.track).toEqual([
      [-104.3, 19],
      [-104.3, 19.19],
    ]);
    expect(overview).toMatchObject({ billOfLading: 'BOL1', portLocode: 'MXLZC', eventCount: 21 });
    expect(overview.lastEventTime).toBe(road.at(-1)!.eventTime);
  });

  it("keeps a point a finding's evidence names, even on a straight line", () => {
    expect(overviewOf(facts(road), new Set(['e7'])).track).toEqual([
      [-104.3, 19],
      [-104.3, 19.07],
      [-104.3, 19.19],
    ]);
  });

  it('is empty for a consignment without events', () => {
    expect(overviewOf(facts([]), new Set())).toMatchObject({ track: [], eventCount: 0, lastEventTime: null });
  });
});

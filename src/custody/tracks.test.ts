import { describe, expect, it } from 'vitest';
import type { ConsignmentFacts } from './consignment.ts';
import type { CustodyEvent } from './model.ts';
import { listedSummary, overviewOf } from './tracks.ts';

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
    expect(overview).toMatchObject({ billOfLading: 'BOL1', portLocode: 'MXLZC' });
  });

  it("keeps a point a finding's evidence names, even on a straight line", () => {
    expect(overviewOf(facts(road), new Set(['e7'])).track).toEqual([
      [-104.3, 19],
      [-104.3, 19.07],
      [-104.3, 19.19],
    ]);
  });

  it('is empty for a consignment without events', () => {
    expect(overviewOf(facts([]), new Set())).toMatchObject({ track: [] });
  });
});

describe("what the consignment list stores of a class's consignment", () => {
  const at = (bol: string | null, hour: number) => ({
    bol,
    eventTime: new Date(Date.UTC(2024, 2, 1, hour)).toISOString(),
  });

  it('counts the events carrying the bill of lading, not those naming only its container, and keeps the newest', () => {
    expect(listedSummary('BOL1', [], [at('BOL1', 5), at(null, 9), at('BOL1', 7), at('BOL1', 2)])).toEqual({
      listed: true,
      eventCount: 3,
      lastEventTime: at(null, 7).eventTime,
    });
  });

  it('lists a consignment seen through a line alone, and not one seen only through container events', () => {
    expect(listedSummary('BOL1', [{}], [])).toEqual({ listed: true, eventCount: 0, lastEventTime: null });
    expect(listedSummary('BOL1', [], [at(null, 1)])).toEqual({
      listed: false,
      eventCount: 0,
      lastEventTime: null,
    });
  });
});

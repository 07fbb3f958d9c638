import { describe, expect, it } from 'vitest';
import { placeIdsNamed, quotaUsedBefore } from './assemble.ts';
import { DEFAULT_THRESHOLDS } from './config.ts';
import { consignmentState, localDay, portToSearch, timeline } from './consignment.ts';
import { LINE, PERMIT, PORT, TERMINAL_ID, cleanEvents, event, facts } from './detectors/test-fixtures.ts';

const state = (f: ReturnType<typeof facts>) => consignmentState(f, DEFAULT_THRESHOLDS);

describe('consignment state', () => {
  it('follows the consignment from the port to the consignee', () => {
    const trip = cleanEvents();
    expect(state(facts({ events: trip.slice(0, 2) }))).toBe('at_port');
    expect(state(facts({ events: trip.slice(0, 3) }))).toBe('released');
    expect(state(facts({ events: trip.slice(0, 5) }))).toBe('in_transit');
    expect(state(facts({ events: trip }))).toBe('received');
    expect(state(facts({ events: trip.slice(0, 5), asOf: '2024-03-20T00:00:00Z' }))).toBe('lost');
    const stolen = [
      ...trip.slice(0, 4),
      event('2024-03-04T12:00:00Z', { disposition: 'stolen', lat: 19.5, lon: -103.6 }),
    ];
    expect(state(facts({ events: stolen }))).toBe('lost');
  });

  it('orders events by time and drops repeats', () => {
    const [a, b] = [
      event('2024-01-02T00:00:00Z', { placeId: TERMINAL_ID, ...PORT }),
      event('2024-01-01T00:00:00Z'),
    ];
    expect(timeline([a, b, a]).map((e) => e.eventId)).toEqual([b.eventId, a.eventId]);
  });

  it('counts days in local (UTC−6) time', () => {
    expect(localDay('2024-12-31T23:30:00-06:00', -6)).toBe('2024-12-31');
    expect(localDay('2025-01-01T03:00:00Z', -6)).toBe('2024-12-31');
  });
});

describe('quota used before a consignment', () => {
  const line = (bol: string, declaredAt: string, quantityKg: number) => ({
    ...LINE,
    billOfLading: bol,
    declaredAt,
    quantityKg,
  });
  it('sums earlier lines under the permit within its validity only', () => {
    const mine = [line('BOL9', '2024-06-01T12:00:00Z', 1_000)];
    const others = [
      line('BOL1', '2024-02-01T12:00:00Z', 20_000),
      line('BOL2', '2024-05-01T12:00:00Z', 15_000),
      line('BOL3', '2024-07-01T12:00:00Z', 40_000), // later
      line('BOL4', '2023-12-15T12:00:00Z', 30_000), // before validity
      ...mine,
    ];
    expect(quotaUsedBefore(mine, others, [PERMIT], -6)).toEqual(new Map([[PERMIT.permitId, 35_000]]));
  });
});

describe('the registry ids a consignment page reads', () => {
  it('names each event place, the registered place of a dock door, and the declared destination', () => {
    const door = 'urn:epc:id:sgln:0614141.00777.1';
    const events = [event('2024-01-01T00:00:00Z', { placeId: door }), event('2024-01-02T00:00:00Z')];
    const lines = [{ ...LINE, destination: ' urn:epc:id:sgln:0614141.00888.0 ' }];
    expect(placeIdsNamed(events, lines).sort()).toEqual(
      [door, 'urn:epc:id:sgln:0614141.00777.0', 'urn:epc:id:sgln:0614141.00888.0'].sort(),
    );
  });

  it('searches the registry for the port only when its coordinates are not built in', () => {
    expect(portToSearch([{ ...LINE, portLocode: 'MXZLO' }])).toBeNull();
    expect(portToSearch([{ ...LINE, portLocode: 'MXXYZ' }])).toEqual({
      locode: 'MXXYZ',
      kinds: ['port', 'terminal'],
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../config.ts';
import type { FindingKind } from '../model.ts';
import { DETECTORS, detectFindings } from './index.ts';
import {
  GUADALAJARA,
  LINE,
  PERMIT,
  PORT,
  SITE_ID,
  TERMINAL_ID,
  cleanEvents,
  event,
  facts,
} from './test-fixtures.ts';

const kinds = (f: ReturnType<typeof facts>): FindingKind[] => detectFindings(f).map((x) => x.kind);
const run = (kind: FindingKind, f: ReturnType<typeof facts>) => DETECTORS[kind](f, DEFAULT_THRESHOLDS);

const receiving = (quantityKg: number, at = '2024-03-04T16:00:00Z') =>
  event(at, { bizStep: 'receiving', placeId: SITE_ID, ...GUADALAJARA, quantityKg });
const withoutReceipt = () => cleanEvents().slice(0, -1);

describe('a clean consignment', () => {
  it('raises no finding', () => {
    expect(kinds(facts())).toEqual([]);
  });

  it('raises no finding whatever order the events come in (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(cleanEvents(), { minLength: 6, maxLength: 6 }), (shuffled) => {
        const sorted = [...shuffled].sort((a, b) => a.eventTime.localeCompare(b.eventTime));
        expect(kinds(facts({ events: sorted }))).toEqual([]);
      }),
    );
  });
});

describe('quantity_loss', () => {
  it('fires when 6 % is missing at receipt, citing the first weighing and the receipt', () => {
    const events = [...withoutReceipt(), receiving(9_400)];
    const [found] = run('quantity_loss', facts({ events }));
    expect(found).toMatchObject({ kind: 'quantity_loss', severity: 'medium' });
    expect(found!.evidence).toEqual([events[0]!.eventId, events.at(-1)!.eventId]);
    expect(found!.explanation.es).toContain('Faltan');
  });
  it('does not fire on weighing noise under 0.5 % (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.005, max: 0.005, noNaN: true }), (noise) => {
        const events = [...withoutReceipt(), receiving(10_000 * (1 + noise))];
        expect(run('quantity_loss', facts({ events }))).toEqual([]);
      }),
    );
  });
});

it('quantity_loss ignores non-positive weights (data errors)', () => {
  const events = [...withoutReceipt(), receiving(-10_000)];
  expect(run('quantity_loss', facts({ events, lines: [{ ...LINE, quantityKg: -10_000 }] }))).toEqual([]);
});

describe('unlicensed_receiver', () => {
  const elsewhere = 'urn:epc:id:sgln:7509999.00001.0';
  it('fires when received at a site without a permit for the substance', () => {
    const events = [
      ...withoutReceipt(),
      event('2024-03-04T16:00:00Z', {
        bizStep: 'receiving',
        placeId: elsewhere,
        ...GUADALAJARA,
        quantityKg: 10_000,
      }),
    ];
    expect(run('unlicensed_receiver', facts({ events }))).toHaveLength(1);
  });
  it('does not fire for a site licensed through its operator, nor for an uncontrolled substance', () => {
    const places = new Map(facts().places);
    places.set(elsewhere, {
      locationId: elsewhere,
      name: 'Bodega',
      kind: 'warehouse',
      ...GUADALAJARA,
      operatorRfc: PERMIT.holderRfc,
    });
    const events = [
      ...withoutReceipt(),
      event('2024-03-04T16:00:00Z', {
        bizStep: 'receiving',
        placeId: elsewhere,
        ...GUADALAJARA,
        quantityKg: 10_000,
      }),
    ];
    expect(
      run('unlicensed_receiver', facts({ events, places, permits: [{ ...PERMIT, siteId: null }] })),
    ).toEqual([]);
    const benign = { ...LINE, casNumber: '64-17-5', permitId: null };
    expect(run('unlicensed_receiver', facts({ events, lines: [benign], permits: [] }))).toEqual([]);
  });
});

describe('route_deviation', () => {
  it('fires for a position 120 km off the corridor', () => {
    const events = cleanEvents();
    events.splice(4, 0, event('2024-03-04T11:00:00Z', { bizStep: 'transporting', lat: 19.0, lon: -102.6 }));
    const [found] = run('route_deviation', facts({ events }));
    expect(found?.evidence).toEqual([events[4]!.eventId]);
  });
  it('fires when received far from the declared destination (not at a site of the consignee)', () => {
    const events = [
      ...withoutReceipt(),
      event('2024-03-04T16:00:00Z', {
        bizStep: 'receiving',
        lat: 20.95,
        lon: -103.0,
        quantityKg: 10_000,
      }),
    ];
    expect(run('route_deviation', facts({ events })).map((f) => f.explanation.en)).toEqual([
      expect.stringContaining('from the declared destination'),
    ]);
  });
  it('does not fire for GPS jitter or a road bending 20 km off the straight line', () => {
    const events = cleanEvents();
    events.splice(4, 0, event('2024-03-04T11:00:00Z', { bizStep: 'transporting', lat: 19.6, lon: -103.95 }));
    expect(run('route_deviation', facts({ events }))).toEqual([]);
  });
});

describe('dwell', () => {
  const roadside = { lat: 19.7, lon: -103.6 };
  it('fires for 14 h at one roadside place (two reports within GPS jitter)', () => {
    const events = cleanEvents();
    // The stop replaces the 13:00 position (events are read in event-time order, whatever order they come in).
    events.splice(
      4,
      1,
      event('2024-03-04T10:00:00Z', { bizStep: 'arriving', ...roadside }),
      event('2024-03-05T00:00:00Z', { bizStep: 'departing', lat: roadside.lat + 0.005, lon: roadside.lon }),
    );
    events[events.length - 1] = receiving(9_985, '2024-03-05T04:00:00Z');
    expect(run('dwell', facts({ events }))).toHaveLength(1);
  });
  it('does not fire for a 2 h stop, nor for days at the terminal', () => {
    const events = cleanEvents();
    events.splice(
      4,
      0,
      event('2024-03-04T10:00:00Z', { bizStep: 'arriving', ...roadside }),
      event('2024-03-04T12:00:00Z', { bizStep: 'departing', ...roadside }),
    );
    expect(run('dwell', facts({ events }))).toEqual([]);
    expect(run('dwell', facts())).toEqual([]); // the clean trip spends 46 h at the terminal
  });
});

describe('tracking_gap', () => {
  it('fires for 30 h of silence on the road', () => {
    const events = cleanEvents();
    events[5] = receiving(9_985, '2024-03-05T19:00:00Z');
    const found = run('tracking_gap', facts({ events }));
    expect(found.map((f) => f.evidence)).toEqual([[events[4]!.eventId, events[5].eventId]]);
  });
  it('fires when never received and silent for days', () => {
    expect(
      run('tracking_gap', facts({ events: withoutReceipt(), asOf: '2024-03-10T00:00:00Z' })),
    ).toHaveLength(1);
  });
  it('does not fire for a consignment still on the road for a few hours, nor for long waits at the port', () => {
    expect(run('tracking_gap', facts({ events: withoutReceipt(), asOf: '2024-03-04T20:00:00Z' }))).toEqual(
      [],
    );
    expect(run('tracking_gap', facts())).toEqual([]);
  });
});

describe('split', () => {
  it('fires when two sites receive parts', () => {
    const other = {
      bizStep: 'receiving',
      placeId: 'urn:epc:id:sgln:7509999.00001.0',
      lat: 20.7,
      lon: -103.4,
      quantityKg: 4_000,
    };
    const events = [...withoutReceipt(), receiving(6_000), event('2024-03-04T17:00:00Z', other)];
    expect(run('split', facts({ events }))).toHaveLength(1);
  });
  it('does not fire for the same receipt reported twice at the same site', () => {
    const events = [...withoutReceipt(), receiving(10_000), receiving(10_000, '2024-03-04T16:05:00Z')];
    expect(run('split', facts({ events }))).toEqual([]);
  });
});

describe('transshipment', () => {
  it('fires when the consignment is loaded at a foreign port', () => {
    const events = [
      ...cleanEvents().slice(0, 2),
      event('2024-03-05T00:00:00Z', { bizStep: 'departing', placeId: 'unlocode:GTPBR' }),
    ];
    expect(run('transshipment', facts({ events }))[0]?.explanation.en).toContain('GT');
  });
  it('does not fire for Mexican ports or GS1 location numbers', () => {
    const events = [
      ...cleanEvents(),
      event('2024-03-06T00:00:00Z', { bizStep: 'departing', placeId: 'unlocode:MXLZC' }),
    ];
    expect(run('transshipment', facts({ events }))).toEqual([]);
  });
});

describe('permit findings', () => {
  it('no_permit fires for a controlled line without permit, or with a permit of another holder', () => {
    expect(run('no_permit', facts({ lines: [{ ...LINE, permitId: null }] }))).toHaveLength(1);
    expect(
      run(
        'no_permit',
        facts({ lines: [{ ...LINE, importerRfc: 'OTR990101XY1', consigneeRfc: 'OTR990101XY1' }] }),
      ),
    ).toHaveLength(1);
  });
  it('no_permit does not fire for a benign substance without a permit', () => {
    expect(run('no_permit', facts({ lines: [{ ...LINE, casNumber: '67-64-1', permitId: null }] }))).toEqual(
      [],
    );
  });
  it('permit_expired fires one day after validity, not on the last valid day', () => {
    expect(
      run('permit_expired', facts({ lines: [{ ...LINE, declaredAt: '2025-01-01T08:00:00Z' }] })),
    ).toHaveLength(1);
    expect(
      run('permit_expired', facts({ lines: [{ ...LINE, declaredAt: '2024-12-31T08:00:00Z' }] })),
    ).toEqual([]);
  });
  it('permit_quota_exceeded fires past the yearly maximum, not at it exactly', () => {
    expect(
      run('permit_quota_exceeded', facts({ quotaUsedBeforeKg: new Map([[PERMIT.permitId, 40_001]]) })),
    ).toHaveLength(1);
    expect(
      run('permit_quota_exceeded', facts({ quotaUsedBeforeKg: new Map([[PERMIT.permitId, 40_000]]) })),
    ).toEqual([]);
    // Used up exactly by tenths of a kilogram, whose floating-point sum lands a hair above the maximum.
    const tenths = [975, 415, 384.8, 575, 850, 112.4, 725, 775, 75.4, 375.8].reduce((a, b) => a + b, 0);
    const exactly = facts({
      permits: [{ ...PERMIT, maxKgPerYear: 5540 }],
      lines: [{ ...LINE, quantityKg: 276.6 }],
      quotaUsedBeforeKg: new Map([[PERMIT.permitId, tenths]]),
    });
    expect(tenths + 276.6).toBeGreaterThan(5540);
    expect(run('permit_quota_exceeded', exactly)).toEqual([]);
  });
});

it('fixtures place the terminal at the port', () => {
  expect(facts().places.get(TERMINAL_ID)).toMatchObject(PORT);
});

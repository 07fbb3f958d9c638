/** Builders for hand-made consignments in detector tests: a legitimate trip Manzanillo → Guadalajara. */
import type { ConsignmentFacts } from '../consignment.ts';
import type { CustodyEvent, DeclarationLine, Permit, Place } from '../model.ts';

export const PORT = { lat: 19.05, lon: -104.3 };
export const GUADALAJARA = { lat: 20.6736, lon: -103.344 };
export const SITE_ID = 'urn:epc:id:sgln:7501234.00001.0';
export const TERMINAL_ID = 'urn:epc:id:sgln:7501234.00000.0';

export const PLACES: Place[] = [
  { locationId: TERMINAL_ID, name: 'Terminal Manzanillo', kind: 'terminal', ...PORT, operatorRfc: null },
  {
    locationId: SITE_ID,
    name: 'Planta Guadalajara',
    kind: 'plant',
    ...GUADALAJARA,
    operatorRfc: 'QIN010101AB1',
  },
];

export const PERMIT: Permit = {
  permitId: 'COF-2024-001',
  holderRfc: 'QIN010101AB1',
  holderName: 'Química Industrial',
  substanceCas: '79-03-8',
  maxKgPerYear: 50_000,
  validFrom: '2024-01-01',
  validTo: '2024-12-31',
  siteId: SITE_ID,
};

export const LINE: DeclarationLine = {
  declarationId: '24 16 3456 4000123',
  lineNo: 1,
  declaredAt: '2024-03-01T10:00:00Z',
  portLocode: 'MXZLO',
  billOfLading: 'BOL123',
  containerNo: 'MSCU1234565',
  importerRfc: 'QIN010101AB1',
  consigneeRfc: 'QIN010101AB1',
  destination: 'Guadalajara',
  casNumber: '79-03-8',
  quantityKg: 10_000,
  permitId: 'COF-2024-001',
};

let counter = 0;
export function event(at: string, fields: Partial<CustodyEvent> = {}): CustodyEvent {
  counter += 1;
  return {
    eventId: `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    eventTime: at,
    bizStep: null,
    disposition: null,
    action: 'OBSERVE',
    placeId: null,
    lat: null,
    lon: null,
    quantityKg: null,
    containerNo: 'MSCU1234565',
    reportedBy: 'MX-ASIPONA-ZLO',
    ...fields,
  };
}

/** A clean trip: unloaded and inspected at the terminal, trucked through Colima, received at the licensed plant. */
export function cleanEvents(): CustodyEvent[] {
  return [
    event('2024-03-02T08:00:00Z', {
      bizStep: 'unloading',
      placeId: TERMINAL_ID,
      ...PORT,
      quantityKg: 10_010,
    }),
    event('2024-03-03T09:00:00Z', { bizStep: 'inspecting', placeId: TERMINAL_ID, ...PORT }),
    event('2024-03-04T06:00:00Z', {
      bizStep: 'departing',
      placeId: TERMINAL_ID,
      ...PORT,
      quantityKg: 10_000,
    }),
    event('2024-03-04T09:00:00Z', { bizStep: 'transporting', lat: 19.2433, lon: -103.7247 }),
    event('2024-03-04T13:00:00Z', { bizStep: 'transporting', lat: 20.1, lon: -103.5 }),
    event('2024-03-04T16:00:00Z', {
      bizStep: 'receiving',
      placeId: SITE_ID,
      ...GUADALAJARA,
      quantityKg: 9_985,
    }),
  ];
}

export function facts(overrides: Partial<ConsignmentFacts> = {}): ConsignmentFacts {
  const events = overrides.events ?? cleanEvents();
  return {
    billOfLading: 'BOL123',
    lines: [LINE],
    events,
    places: new Map(PLACES.map((p) => [p.locationId, p])),
    permits: [PERMIT],
    quotaUsedBeforeKg: new Map(),
    port: PORT,
    destination: GUADALAJARA,
    asOf: events.at(-1)?.eventTime ?? '2024-03-05T00:00:00Z',
    requiresPermit: (cas) => ['79-03-8', '39742-60-4'].includes(cas),
    ...overrides,
  };
}

/**
 * The structure the detectors read on data written elsewhere (issue 15): the port area, trailers after a
 * transload, registries with their own words for kinds of place, documentation gaps.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../config.ts';
import type { CustodyEvent, FindingKind, Place } from '../model.ts';
import { DETECTORS } from './index.ts';
import { holdsGoods, placeClass } from './place-kinds.ts';
import { sameName } from './permits.ts';
import {
  GUADALAJARA,
  LINE,
  PERMIT,
  PLACES,
  PORT,
  SITE_ID,
  TERMINAL_ID,
  cleanEvents,
  event,
  facts,
} from './test-fixtures.ts';

const run = (kind: FindingKind, f: ReturnType<typeof facts>) => DETECTORS[kind](f, DEFAULT_THRESHOLDS);

describe('the port area', () => {
  it('a 20 h stop 10 km from the port, after the container left the terminal, is a dwell', () => {
    const near = { lat: PORT.lat - 0.09, lon: PORT.lon }; // ≈ 10 km south of the port
    const [unloading, , departing] = cleanEvents();
    const events = [
      unloading!,
      departing!,
      event('2024-03-04T06:30:00Z', { bizStep: 'transporting', ...near }),
      event('2024-03-05T02:30:00Z', { bizStep: 'transporting', ...near }),
      event('2024-03-05T06:00:00Z', { bizStep: 'transporting', lat: 20.1, lon: -103.5 }),
      event('2024-03-05T09:00:00Z', { bizStep: 'receiving', placeId: SITE_ID, ...GUADALAJARA }),
    ];
    expect(run('dwell', facts({ events }))).toHaveLength(1);
  });

  it('a port the code does not know is where the container was discharged', () => {
    const tuxpan = { lat: 20.96, lon: -97.4 };
    const terminal: Place = {
      locationId: 'urn:epc:id:sgln:7500001.00001.0',
      name: 'Terminal de Contenedores Tuxpan',
      kind: 'terminal portuaria',
      ...tuxpan,
      operatorRfc: null,
    };
    const events = [
      event('2024-02-20T08:00:00Z', { bizStep: 'departing', placeId: 'urn:unece:locode:CNSHA' }),
      event('2024-02-24T08:00:00Z', { bizStep: 'transporting', lat: 30, lon: -150 }),
      event('2024-03-02T08:00:00Z', { bizStep: 'arriving', placeId: terminal.locationId, ...tuxpan }),
      event('2024-03-06T08:00:00Z', { bizStep: 'departing', placeId: terminal.locationId, ...tuxpan }),
      event('2024-03-06T14:00:00Z', { bizStep: 'transporting', lat: 20.8, lon: -100.0 }),
      event('2024-03-06T20:00:00Z', { bizStep: 'receiving', placeId: SITE_ID, ...GUADALAJARA }),
    ];
    const f = facts({
      events,
      port: null,
      places: new Map([...PLACES, terminal].map((p) => [p.locationId, p])),
      lines: [{ ...LINE, portLocode: 'MXTUX' }],
    });
    for (const kind of ['route_deviation', 'dwell', 'tracking_gap', 'transshipment'] as const)
      expect(run(kind, f)).toEqual([]);
  });
});

it('a trailer loaded at a cross-dock carries on the track of the container it was loaded from', () => {
  const dock = { lat: 20.6, lon: -103.4 };
  const two = (container: string, trailer: string, received: number) => [
    event('2024-03-02T08:00:00Z', {
      containerNo: container,
      bizStep: 'unloading',
      ...PORT,
      quantityKg: 5_000,
    }),
    event('2024-03-04T06:00:00Z', { containerNo: container, bizStep: 'departing', ...PORT }),
    event('2024-03-04T12:00:00Z', {
      containerNo: container,
      action: 'ADD',
      parentId: trailer,
      bizStep: 'loading',
      ...dock,
    }),
    event('2024-03-04T13:00:00Z', {
      containerNo: null,
      epcs: [trailer],
      bizStep: 'receiving',
      placeId: SITE_ID,
      ...GUADALAJARA,
      quantityKg: received,
    }),
  ];
  const events = [
    ...two('MSCU1234565', 'urn:epc:id:giai:750.TR1', 5_000),
    ...two('MSCU7654321', 'urn:epc:id:giai:750.TR2', 5_000),
  ].sort((a, b) => a.eventTime.localeCompare(b.eventTime));
  expect(run('quantity_loss', facts({ events }))).toEqual([]);
});

describe('kinds of place in another registry’s words', () => {
  it('classes bodega, recinto fiscalizado, garita and planta like warehouse, border and plant', () => {
    expect(placeClass('bodega')).toBe('storage');
    expect(placeClass('Recinto Fiscalizado')).toBe('storage');
    expect(placeClass('garita')).toBe('border');
    expect(placeClass('Planta')).toBe('site');
    expect(placeClass('customs checkpoint')).toBe('checkpoint');
    expect(holdsGoods('almacén', DEFAULT_THRESHOLDS.licensedPlaceKinds)).toBe(true);
    expect(holdsGoods('truck stop', DEFAULT_THRESHOLDS.licensedPlaceKinds)).toBe(false);
  });
});

it('a line naming no permit while only its consignee holds one is an unpermitted import, not a documentation gap', () => {
  const line = { ...LINE, permitId: null, importerRfc: 'FRO220101AB1', destination: SITE_ID };
  expect(run('no_permit', facts({ lines: [line] }))).toHaveLength(1);
  expect(run('no_permit', facts({ lines: [{ ...line, importerRfc: PERMIT.holderRfc }] }))).toEqual([]);
});

it('a delivery to the consignee’s other site, in another city, is not a route deviation', () => {
  const other: Place = {
    locationId: 'urn:epc:id:sgln:7501234.00002.0',
    name: 'Planta León',
    kind: 'planta',
    lat: 21.12,
    lon: -101.68,
    operatorRfc: LINE.consigneeRfc,
  };
  const events = [
    ...cleanEvents().slice(0, 3),
    event('2024-03-04T12:00:00Z', { bizStep: 'transporting', lat: 20.3, lon: -102.6 }),
    event('2024-03-04T18:00:00Z', {
      bizStep: 'receiving',
      placeId: other.locationId,
      lat: other.lat,
      lon: other.lon,
    }),
  ];
  const f = facts({ events, places: new Map([...PLACES, other].map((p) => [p.locationId, p])) });
  expect(run('route_deviation', f)).toEqual([]);
  expect(
    run('route_deviation', facts({ events, places: new Map(PLACES.map((p) => [p.locationId, p])) })),
  ).toHaveLength(1);
});

it('a night’s rest at a roadside place is not a dwell; a day and a night there is', () => {
  const [unloading, , departing] = cleanEvents();
  const roadside = { lat: 19.6, lon: -103.6 };
  const stop = (from: string, to: string) => [
    unloading!,
    departing!,
    event(from, { bizStep: 'transporting', ...roadside }),
    event(to, { bizStep: 'transporting', ...roadside }),
    event('2024-03-06T20:00:00Z', { bizStep: 'receiving', placeId: SITE_ID, ...GUADALAJARA }),
  ];
  // 22:00–07:30 local (UTC−6): 9.5 h over the night.
  expect(run('dwell', facts({ events: stop('2024-03-05T04:00:00Z', '2024-03-05T13:30:00Z') }))).toEqual([]);
  expect(run('dwell', facts({ events: stop('2024-03-05T04:00:00Z', '2024-03-06T04:00:00Z') }))).toHaveLength(
    1,
  );
});

it('names a country and a port abroad in the reader’s language, never by a bare URN', () => {
  const events = [
    ...cleanEvents().slice(0, 3),
    event('2024-03-09T08:00:00Z', { bizStep: 'arriving', placeId: 'urn:unece:locode:GTPBR' }),
  ];
  const [found] = run('transshipment', facts({ events }));
  expect(found!.explanation.es).toContain('Guatemala');
  expect(found!.explanation.en).toContain('the port GTPBR (Guatemala)');
  expect(found!.explanation.en + found!.explanation.es).not.toMatch(/urn:|geo:/);
});

describe('the permit holder named on the line (issue 15, held-out seeds 809, 1001, 909)', () => {
  it('a permit held by the importer the line names is the importer’s, whatever RFC the line wrote', () => {
    const borrowed = { ...LINE, importerRfc: 'OTR990101XY1', consigneeRfc: 'OTR990101XY1' };
    const named = (importerName: string) => facts({ lines: [{ ...borrowed, importerName }] });
    expect(run('no_permit', named('QUIMICA INDUSTRIAL, S.A. DE C.V.'))).toEqual([]);
    expect(run('no_permit', named('Quimica Indsutrial'))).toEqual([]); // a slip
    expect(run('no_permit', named('Química Comercial, S.A.'))).toHaveLength(1);
    expect(run('no_permit', facts({ lines: [borrowed] }))).toHaveLength(1);
  });

  it('compares names through legal forms, order, abbreviations and one slip, not across companies', () => {
    expect(
      sameName('Importadora y Exp. Técnica, S. de R.L. de C.V.', 'IMPORTADORA Y EXPORTADORA TECNICA'),
    ).toBe(true);
    expect(sameName('HERNANDEZ LOPEZ JOSE', 'Lic. José Hernández López')).toBe(true);
    expect(
      sameName('Integrales SERVS. Premier S.A.DE C.V.', 'SERVICIOS INTEGRALES PREMIER, S.A. DE C.V.'),
    ).toBe(true);
    expect(
      sameName(
        'IMPORTADORA DE QUÍMICOS HNOS. ORTIZ DEL NORTE, SRL DE CV',
        'Importadora de Químicos Hermanos Ortiz del Norte',
      ),
    ).toBe(true);
    expect(sameName('Química Farm. del Golo', 'QUIMICA FARMACEUTICA DEL GOLFO, S.A. DE C.V.')).toBe(true);
    expect(sameName('Soluciones Industriales del Norte', 'Soluciones Industriales del Centro')).toBe(false);
    expect(sameName('Grupo Norte', 'Grupo Sur')).toBe(false);
  });
});

it('a receipt at another party’s place on the way, beside the receipt at the destination, is a split, not a route deviation', () => {
  const [unloading, , departing] = cleanEvents();
  const events = [
    unloading!,
    departing!,
    event('2024-03-04T09:00:00Z', { bizStep: 'transporting', lat: 19.2433, lon: -103.7247 }),
    event('2024-03-04T12:00:00Z', { bizStep: 'receiving', lat: 20.1, lon: -103.5 }), // 70 km short
    event('2024-03-04T16:00:00Z', { bizStep: 'receiving', placeId: SITE_ID, ...GUADALAJARA }),
  ];
  const f = facts({ events, lines: [{ ...LINE, destination: SITE_ID }] });
  expect(run('route_deviation', f)).toEqual([]);
  expect(run('split', f)).toHaveLength(1);
});

it('silence after the container left the port counts even when the destination is 3 km from the terminal', () => {
  const [unloading, , departing] = cleanEvents();
  const warehouse: Place = {
    locationId: 'urn:epc:id:sgln:7501234.00003.0',
    name: 'Bodega Manzanillo',
    kind: 'warehouse',
    lat: PORT.lat + 0.02,
    lon: PORT.lon - 0.02,
    operatorRfc: LINE.consigneeRfc,
  };
  const near = { lat: PORT.lat + 0.025, lon: PORT.lon + 0.01 };
  const after = (hours: number) =>
    new Date(Date.parse(departing!.eventTime) + hours * 3_600_000).toISOString();
  const trip = (silentHours: number) => [
    unloading!,
    departing!,
    event(after(silentHours), { bizStep: 'transporting', ...near }),
    event(after(silentHours + 1), { bizStep: 'receiving', placeId: warehouse.locationId, ...warehouse }),
  ];
  const f = (silentHours: number) =>
    facts({
      events: trip(silentHours),
      places: new Map([...PLACES, warehouse].map((p) => [p.locationId, p])),
      lines: [{ ...LINE, destination: warehouse.locationId }],
      destination: warehouse,
    });
  expect(run('tracking_gap', f(35))).toHaveLength(1);
  expect(run('tracking_gap', f(2))).toEqual([]);
});

it('a container of a split bill received whole in another city, the rest at the destination, is a split, not a route deviation', () => {
  const [unloading, , departing] = cleanEvents();
  const other = { lat: 19.43, lon: -99.13 }; // Mexico City, 460 km east of the road to Guadalajara
  const second = (at: string, fields: Partial<CustodyEvent>) =>
    event(at, { containerNo: 'MSCU7654321', ...fields });
  const rest = [
    second('2024-03-02T09:00:00Z', { bizStep: 'unloading', placeId: TERMINAL_ID, ...PORT }),
    second('2024-03-05T06:00:00Z', { bizStep: 'departing', placeId: TERMINAL_ID, ...PORT }),
    second('2024-03-05T12:00:00Z', { bizStep: 'transporting', lat: 19.7, lon: -101.2 }),
    second('2024-03-05T18:00:00Z', { bizStep: 'receiving', ...other }),
  ];
  const own = [...cleanEvents()];
  const f = facts({ events: [...own, ...rest] });
  expect(run('route_deviation', f)).toEqual([]);
  expect(run('split', f)).toHaveLength(1);
  // Alone, the same road is a detour: nothing of the bill reached the destination.
  expect(run('route_deviation', facts({ events: [unloading!, departing!, ...rest.slice(2)] }))).not.toEqual(
    [],
  );
});

it('a day and a half parked 4 km from the terminal after the container departed is a dwell, not the port', () => {
  const [unloading, , departing] = cleanEvents();
  const parked = { lat: PORT.lat + 0.035, lon: PORT.lon + 0.01 }; // ≈ 4 km out
  const at = (hours: number) => new Date(Date.parse(departing!.eventTime) + hours * 3_600_000).toISOString();
  const events = [
    unloading!,
    departing!,
    ...[0.2, 6, 12, 18, 24, 30, 36].map((h) => event(at(h), { bizStep: 'transporting', ...parked })),
    event(at(39), { bizStep: 'transporting', lat: 20.1, lon: -103.5 }),
    event(at(42), { bizStep: 'receiving', placeId: SITE_ID, ...GUADALAJARA }),
  ];
  expect(run('dwell', facts({ events }))).toHaveLength(1);
});

import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { captureDocument } from '../epcis/capture.ts';
import { consignmentView } from './consignment-view.service.ts';
import { analyseConsignments } from './findings.service.ts';
import type { Permit, Place } from './model.ts';
import { findingPosition, licenceOn } from './place-view.ts';
import { BOL, PLANT, TERMINAL, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';

describeEachEngine('consignment view: places named from the registry', (getDb) => {
  it('names the declared destination (kind, licence) and the places of the timeline and findings', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await captureDocument(db, world.port, epcisDocument(shortTrip()));
    await analyseConsignments(db, world.host, 'stale');
    const view = await consignmentView(db, world.host, BOL);
    expect(view.declaredDestination).toEqual({
      text: PLANT,
      place: {
        id: PLANT,
        name: 'Planta Guadalajara',
        kind: 'plant',
        licensed: true,
        permits: [{ permitId: 'COF-2024-001', substanceCas: '79-03-8', validTo: '2024-12-31' }],
      },
      point: { lat: 20.6736, lon: -103.344 },
    });
    expect(view.timeline.map((e) => [e.place.name, e.place.kind])).toEqual([
      ['Terminal Manzanillo', 'terminal'],
      ['Terminal Manzanillo', 'terminal'],
      [null, null], // a bare position on the road
      ['Planta Guadalajara', 'plant'],
    ]);
    // the short delivery happened where its evidence was weighed last: at the plant
    const [loss] = view.findings;
    expect(loss).toMatchObject({ kind: 'quantity_loss', lat: 20.6736, lon: -103.344 });
  });

  it('shows only the id of a destination the caller may not see in the registry', async () => {
    const db = getDb();
    const world = await custodyWorld(db);
    await captureDocument(db, world.port, epcisDocument(shortTrip()));
    // the plant's registry entry is narrowed to its owner: the other host agency sees the line, not the place
    await db.asUser(world.host, (tx) =>
      tx.query(`update locations set tlp = 'amber+strict' where location_id = $1`, [PLANT]),
    );
    const owner = await consignmentView(db, world.host, BOL);
    expect(owner.declaredDestination?.place?.name).toBe('Planta Guadalajara');
    const other = await consignmentView(db, world.otherHost, BOL);
    expect(other.declaredDestination).toEqual({ text: PLANT, place: null, point: null });
    expect(other.timeline.at(-1)?.place).toMatchObject({ id: PLANT, name: null, kind: null });
    expect(other.timeline[0]?.place.name).toBe('Terminal Manzanillo');
  });
});

describe('place view (pure)', () => {
  const plant: Place = {
    locationId: PLANT,
    name: 'Planta',
    kind: 'plant',
    lat: 20,
    lon: -103,
    operatorRfc: 'QIN010101AB1',
  };
  const permit = (over: Partial<Permit>): Permit => ({
    permitId: 'P-1',
    holderRfc: 'QIN010101AB1',
    holderName: 'Química Industrial',
    substanceCas: '79-03-8',
    maxKgPerYear: 1000,
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    siteId: PLANT,
    ...over,
  });

  it('licenses a site by its own permits or its operator’s site-less ones, valid on the day', () => {
    expect(licenceOn(plant, [permit({})], '2024-06-01').licensed).toBe(true);
    expect(licenceOn(plant, [permit({})], '2025-01-01').licensed).toBe(false);
    expect(licenceOn(plant, [permit({ siteId: TERMINAL })], '2024-06-01').licensed).toBe(false);
    expect(licenceOn(plant, [permit({ siteId: null })], '2024-06-01').licensed).toBe(true);
    expect(licenceOn(plant, [permit({ siteId: null, holderRfc: 'OTRO010101AB1' })], '2024-06-01')).toEqual({
      licensed: false,
      permits: [],
    });
  });

  it('places a finding at its last positioned evidence event, or nowhere', () => {
    const entry = (eventId: string, lat: number | null) => ({
      eventId,
      eventTime: '2024-03-01T00:00:00Z',
      bizStep: null,
      disposition: null,
      place: { id: null, name: null, kind: null, lat, lon: lat === null ? null : -100 },
      quantityKg: null,
      reportedBy: 'X',
    });
    const timeline = [entry('a', 19), entry('b', 20), entry('c', null)];
    expect(findingPosition(['a', 'b', 'c'], timeline)).toEqual({ lat: 20, lon: -100 });
    expect(findingPosition(['c'], timeline)).toBeNull();
    expect(findingPosition({ declaredKg: 1 }, timeline)).toBeNull();
  });
});

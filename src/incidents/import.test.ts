import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { importLocations } from '../custody/registry.service.ts';
import { FIELD_REPORT_COLUMNS, INCIDENT_COLUMNS } from './model.ts';
import { importFieldReports, importIncidents } from './import.ts';
import { listFieldReports, listIncidents } from './repository.ts';

const SITE = 'urn:epc:id:sgln:7501234.00009.0';

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function incidentsCsv(rows: Partial<Record<(typeof INCIDENT_COLUMNS)[number], string>>[]): string {
  const valid = {
    incident_id: 'INC-1',
    kind: 'seizure',
    occurred_at: '2026-05-01T10:00:00-06:00',
    lat: '24.8',
    lon: '-107.4',
    place: '',
    substance_cas: '79-03-8',
    substance_name: 'cloruro de propionilo',
    quantity_kg: '250',
    bill_of_lading: 'MEDU0001',
    container_no: 'mscu 1234565',
    party_names: 'Química del Pacífico;Distribuidora Norte',
    party_rfcs: 'qpa010101ab1;DNO020202CD2',
    narrative: 'Tambos en un patio, "sin etiqueta"',
  };
  return [
    INCIDENT_COLUMNS.join(','),
    ...rows.map((row) => INCIDENT_COLUMNS.map((c) => quote(row[c] ?? valid[c])).join(',')),
  ].join('\n');
}

function reportsCsv(rows: Partial<Record<(typeof FIELD_REPORT_COLUMNS)[number], string>>[]): string {
  const valid = {
    report_id: 'FR-1',
    observed_at: '2026-05-02',
    lat: '',
    lon: '',
    place: 'Culiacán, Sinaloa',
    source_type: 'aerial',
    reliability: 'b',
    credibility: '2',
    indicators: 'drums; chemical_odour',
    narrative: 'Ventilación modificada',
  };
  return [
    FIELD_REPORT_COLUMNS.join(','),
    ...rows.map((row) => FIELD_REPORT_COLUMNS.map((c) => quote(row[c] ?? valid[c])).join(',')),
  ].join('\n');
}

describeEachEngine('importing incidents and field reports', (getDb) => {
  it('stores incidents placed by their coordinates, a registered location or a Mexican locality, and reports the rows it cannot use by line and field, writing none of them', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await importLocations(
      db,
      world.host,
      `location_id,name,kind,lat,lon,operator_rfc\n${SITE},Bodega,warehouse,20.1,-101.2,\n`,
    );
    const summary = await importIncidents(
      db,
      world.host,
      incidentsCsv([
        {},
        { incident_id: 'INC-2', kind: 'Lab_Dismantled', lat: '', lon: '', place: SITE },
        {
          incident_id: 'INC-3',
          kind: 'site_searched_negative',
          lat: '',
          lon: '',
          place: 'Culiacán, Sinaloa',
        },
        { incident_id: 'INC-4', kind: 'party' },
        { incident_id: 'INC-5', lat: '', lon: '', place: '' },
        { incident_id: 'INC-6', lat: '', lon: '', place: 'Atlantis' },
        { incident_id: 'INC-1', narrative: 'the same id again' },
        { incident_id: 'INC-7', lat: '19.1', lon: '' },
      ]),
    );
    expect(summary).toMatchObject({ rows: 8, imported: 3, updated: 0, unchanged: 0, rejected: 5 });
    expect(summary.errors.map((e) => [e.line, e.errors.map((f) => [f.field, f.code])])).toEqual([
      [5, [['kind', 'ONE_OF']]],
      [6, [['place', 'PLACE_NEEDED']]],
      [7, [['place', 'PLACE_UNKNOWN']]],
      [8, [['incident_id', 'DUPLICATE_ID']]],
      [9, [['lon', 'REQUIRED']]],
    ]);
    const stored = await db.asUser(world.host, (tx) => listIncidents(tx, { limit: 10, offset: 0 }));
    expect(stored.map((i) => i.incidentId).sort()).toEqual(['INC-1', 'INC-2', 'INC-3']);
    const byId = new Map(stored.map((i) => [i.incidentId, i]));
    expect(byId.get('INC-1')).toMatchObject({
      kind: 'seizure',
      lat: 24.8,
      lon: -107.4,
      placedBy: 'coordinates',
      containerNo: 'MSCU1234565',
      partyRfcs: ['QPA010101AB1', 'DNO020202CD2'],
      partyNames: ['Química del Pacífico', 'Distribuidora Norte'],
      quantityKg: 250,
      narrative: 'Tambos en un patio, "sin etiqueta"',
      marking: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
    });
    expect(byId.get('INC-2')).toMatchObject({
      kind: 'lab_dismantled',
      lat: 20.1,
      lon: -101.2,
      placedBy: 'location',
      place: SITE,
    });
    expect(byId.get('INC-3')).toMatchObject({ placedBy: 'locality', place: 'Culiacán, Sinaloa' });
    expect(byId.get('INC-3')!.lat).toBeCloseTo(24.8, 0);
    // an amber record of the host's nation only: the partner reads none of it
    expect(await db.asUser(world.partner, (tx) => listIncidents(tx, { limit: 10, offset: 0 }))).toEqual([]);
  });

  it('imports the same file again without a new record, and updates a record whose row changed', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const file = incidentsCsv([{}, { incident_id: 'INC-2', kind: 'theft_loss' }]);
    await importIncidents(db, world.host, file);
    expect(await importIncidents(db, world.host, file)).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 2,
    });
    const changed = await importIncidents(
      db,
      world.host,
      incidentsCsv([{}, { incident_id: 'INC-2', kind: 'theft_loss', quantity_kg: '12' }]),
    );
    expect(changed).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    const { rows } = await db.asOwner((tx) =>
      tx.query('select incident_id, quantity_kg from incidents order by 1'),
    );
    expect(rows).toEqual([
      { incident_id: 'INC-1', quantity_kg: 250 },
      { incident_id: 'INC-2', quantity_kg: 12 },
    ]);
  });

  it('stores field reports with their Admiralty grading and indicators; refuses grades and indicators outside the scales', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const summary = await importFieldReports(
      db,
      world.host,
      reportsCsv([
        {},
        {
          report_id: 'FR-2',
          lat: '25.1',
          lon: '-108.0',
          place: '',
          source_type: 'informant',
          reliability: 'F',
          credibility: '6',
          indicators: '',
        },
        { report_id: 'FR-3', reliability: 'G' },
        { report_id: 'FR-4', credibility: '7' },
        { report_id: 'FR-5', indicators: 'drums;meth_smell' },
        { report_id: 'FR-6', source_type: 'satellite' },
      ]),
      { ownerAgency: world.host.agency, tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] },
    );
    expect(summary).toMatchObject({ rows: 6, imported: 2, rejected: 4 });
    expect(summary.errors.map((e) => [e.line, e.errors.map((f) => [f.field, f.code])])).toEqual([
      [4, [['reliability', 'ONE_OF']]],
      [5, [['credibility', 'AT_MOST']]],
      [6, [['indicators', 'ONE_OF']]],
      [7, [['source_type', 'ONE_OF']]],
    ]);
    // green, releasable to the partner's nation: it reads them
    const seen = await db.asUser(world.partner, (tx) => listFieldReports(tx, { limit: 10, offset: 0 }));
    expect(
      seen.map((r) => [r.reportId, r.sourceType, r.reliability, r.credibility, r.indicators, r.placedBy]),
    ).toEqual([
      ['FR-1', 'aerial', 'B', 2, ['drums', 'chemical_odour'], 'locality'],
      ['FR-2', 'informant', 'F', 6, [], 'coordinates'],
    ]);
  });
});

import { expect, it } from 'vitest';
import { importFieldReports, importIncidents } from '../incidents/import.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { describeEachEngine, freshDatabase } from '../testing/db.ts';
import { makeAgency, makeNation, makeReport, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { stixExamples, stixSchemaErrors } from '../testing/stix-schemas.ts';
import { exportBundle } from './export.ts';
import { importStix } from './import.ts';
import { markingRefs, releasabilityDefinition, tlpDefinition } from './markings.ts';
import { TLP2_IDS, type StixBundle, type StixObject } from './stix.ts';
import { bundleOf, MEX_IDENTITY as mexIdentity, mexReport as report } from './testing/stix-world.ts';

const INCIDENTS =
  'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
  'INC-1,seizure,2026-05-01T10:00:00-06:00,24.8,-107.4,,79-03-8,propionyl chloride,250,MEDU0001,MSCU1234565,Química del Pacífico,,Seized at the gate\n';
const FIELD_REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2026-05-02,24.8,-107.4,,aerial,B,2,drums;generator,Bodega\n';

/** A second instance: only the USA and one of its agencies, with an analyst. */
async function usaInstance(db: Database): Promise<Actor> {
  return db.asOwner(async (tx) => {
    await makeNation(tx, 'USA');
    return makeUser(tx, await makeAgency(tx, 'USA', 'US-DEA'), ['analyst'], 'us-analyst');
  });
}

type Row = { owner_agency: string; tlp: string; releasable_to: string[]; recipients: string[] };
const markingsOf = (db: Database, table: string) =>
  db.asOwner(async (tx) => {
    const { rows } = await tx.query<Row>(
      `select owner_agency, tlp, releasable_to, recipients from ${table} order by owner_agency, tlp`,
    );
    return rows;
  });

describeEachEngine('STIX import', (getDb) => {
  it('imports every OASIS example without an error', async () => {
    const db = getDb();
    const analyst = await usaInstance(db);
    for (const example of stixExamples()) {
      const summary = await importStix(db, analyst, example.text);
      expect(summary.errors, example.name).toEqual([]);
      expect(summary.imported + summary.unchanged, example.name).toBeGreaterThan(0);
    }
    // kept whole, owned by the importer (no Centinela agency made them), marked for its nation only
    const rows = await markingsOf(db, 'stix_objects');
    expect(new Set(rows.map((r) => r.owner_agency))).toEqual(new Set(['US-DEA']));
    expect(new Set(rows.map((r) => r.releasable_to.join()))).toEqual(new Set(['USA']));
    const bundle = await exportBundle(db, analyst);
    expect(bundle.objects.some((o) => o.id === 'campaign--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061')).toBe(true);
  });

  it('round trip: what MEX releases to the USA arrives with its owners and markings, and goes out again the same', async () => {
    const mex = getDb();
    const world = await makeTwoNationWorld(mex);
    const released = {
      ownerAgency: world.hostAgency,
      tlp: 'amber' as const,
      releasableTo: ['MEX', 'USA'],
      recipients: [],
    };
    await makeReport(mex, world.host, { tlp: 'green', releasableTo: ['USA'], recipients: [] }, 'released');
    await makeReport(mex, world.host, { tlp: 'amber', releasableTo: [], recipients: [] }, 'not released');
    await importIncidents(mex, world.host, INCIDENTS, released);
    await importFieldReports(mex, world.host, FIELD_REPORTS, {
      ...released,
      tlp: 'amber+strict',
      recipients: [world.partnerAgency],
    });
    const sent = await exportBundle(mex, world.partner);
    const usa = await freshDatabase(getDb().engine);
    try {
      const analyst = await usaInstance(usa);
      const summary = await importStix(usa, analyst, JSON.stringify(sent));
      expect(summary).toMatchObject({ rejected: 0, updated: 0 });
      expect(summary.skipped).toEqual([]);
      expect(await markingsOf(usa, 'reports')).toEqual([
        { owner_agency: 'MX-ANAM', tlp: 'green', releasable_to: ['MEX', 'USA'], recipients: [] },
      ]);
      expect(await markingsOf(usa, 'incidents')).toEqual([
        { owner_agency: 'MX-ANAM', tlp: 'amber', releasable_to: ['MEX', 'USA'], recipients: [] },
      ]);
      expect(await markingsOf(usa, 'field_reports')).toEqual([
        {
          owner_agency: 'MX-ANAM',
          tlp: 'amber+strict',
          releasable_to: ['MEX', 'USA'],
          recipients: ['US-DEA'],
        },
      ]);
      const { rows } = await usa.asOwner((tx) =>
        tx.query<{ code: string; nation: string }>(
          "select code, nation from agencies where code = 'MX-ANAM'",
        ),
      );
      expect(rows).toEqual([{ code: 'MX-ANAM', nation: 'MEX' }]);
      const fieldReport = await usa.asOwner((tx) =>
        tx.query(
          'select reliability, credibility, indicators, incident_count from field_reports, (select count(*)::int as incident_count from incidents) i',
        ),
      );
      expect(fieldReport.rows).toEqual([
        { reliability: 'B', credibility: 2, indicators: ['drums', 'generator'], incident_count: 1 },
      ]);
      // the USA's export carries the same objects (ids, versions, markings) on to the next reader
      const onward = await exportBundle(usa, analyst);
      expect(stixSchemaErrors(onward)).toEqual([]);
      const records = (b: StixBundle) =>
        b.objects
          .filter((o) => !['identity', 'marking-definition', 'extension-definition'].includes(o.type))
          .sort((x, y) => (x.id < y.id ? -1 : 1));
      expect(records(onward)).toEqual(records(sent));
      // again: nothing new
      expect(await importStix(usa, analyst, JSON.stringify(sent))).toMatchObject({ imported: 0, updated: 0 });
    } finally {
      await usa.close();
    }
  });

  it('never widens: no releasability is the owner nation only, the TLP adds no nation, the intersection of two', async () => {
    const db = getDb();
    const analyst = await usaInstance(db);
    const onlyMex = releasabilityDefinition({ nations: ['MEX'], organizations: [] });
    const both = releasabilityDefinition({ nations: ['MEX', 'USA'], organizations: [] });
    const summary = await importStix(
      db,
      analyst,
      bundleOf(
        mexIdentity,
        tlpDefinition('clear'),
        onlyMex,
        both,
        report('report--11111111-1111-4111-8111-111111111111', '2026-03-01T00:00:00.000Z', [TLP2_IDS.clear]),
        report('report--22222222-2222-4222-8222-222222222222', '2026-03-01T00:00:00.000Z', [
          TLP2_IDS.clear,
          onlyMex.id,
        ]),
        report('report--33333333-3333-4333-8333-333333333333', '2026-03-01T00:00:00.000Z', [
          TLP2_IDS.green,
          both.id,
          onlyMex.id,
        ]),
        report('report--44444444-4444-4444-8444-444444444444', '2026-03-01T00:00:00.000Z', [
          TLP2_IDS.green,
          both.id,
        ]),
      ),
    );
    expect(summary.skipped.map((s) => [s.index, s.reason])).toEqual([
      [4, 'not_released_to_you'],
      [5, 'not_released_to_you'],
      [6, 'not_released_to_you'],
    ]);
    expect(summary.imported).toBe(1);
    expect(await markingsOf(db, 'reports')).toEqual([
      { owner_agency: 'MX-ANAM', tlp: 'green', releasable_to: ['MEX', 'USA'], recipients: [] },
    ]);
  });

  it('reports a bad object by index and field and imports the rest; idempotent by id and modified', async () => {
    const db = getDb();
    const analyst = await usaInstance(db);
    const rel = markingRefs({
      ownerAgency: 'MX-ANAM',
      tlp: 'amber',
      releasableTo: ['MEX', 'USA'],
      recipients: [],
    });
    const id = 'report--55555555-5555-4555-8555-555555555555';
    const badIncident: StixObject = {
      type: 'incident',
      spec_version: '2.1',
      id: 'incident--66666666-6666-4666-8666-666666666666',
      created: '2026-03-01T00:00:00.000Z',
      modified: '2026-03-01T00:00:00.000Z',
      name: 'seizure',
      created_by_ref: mexIdentity.id,
      object_marking_refs: rel.refs,
      extensions: {
        'extension-definition--17215f6a-89e0-5f9c-ad20-1463e12a84ae': {
          extension_type: 'property-extension',
          kind: 'raid',
        },
      },
    };
    const text = bundleOf(
      mexIdentity,
      ...rel.definitions,
      { type: 'report', id: 'not an id' },
      report(id, '2026-03-02T00:00:00.000Z', rel.refs),
      {
        type: 'x-unknown-thing',
        spec_version: '2.1',
        id: 'x-unknown-thing--77777777-7777-4777-8777-777777777777',
        created: '2026-03-01T00:00:00.000Z',
        modified: '2026-03-01T00:00:00.000Z',
        created_by_ref: mexIdentity.id,
        object_marking_refs: rel.refs,
      },
      badIncident,
    );
    const first = await importStix(db, analyst, text);
    expect(first.errors).toEqual([
      { index: 3, id: 'not an id', field: 'id', message: expect.any(String) },
      {
        index: 6,
        id: badIncident.id,
        field: expect.stringMatching(/^extensions\./),
        message: expect.any(String),
      },
    ]);
    expect(first).toMatchObject({ imported: 2, rejected: 2, definitions: 3 }); // the report, the unknown type
    expect(await importStix(db, analyst, text)).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    const older = bundleOf(
      mexIdentity,
      ...rel.definitions,
      report(id, '2026-03-01T00:00:00.000Z', rel.refs, 'older'),
    );
    expect(await importStix(db, analyst, older)).toMatchObject({ updated: 0, unchanged: 1 });
    const newer = bundleOf(
      mexIdentity,
      ...rel.definitions,
      report(id, '2026-03-03T00:00:00.000Z', rel.refs, 'newer'),
    );
    expect(await importStix(db, analyst, newer)).toMatchObject({ updated: 1 });
    const titles = await db.asOwner((tx) => tx.query<{ title: string }>('select title from reports'));
    expect(titles.rows).toEqual([{ title: 'newer' }]);
  });

  it('skips what an agency of the importer’s own nation owns: its original is at home', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    await makeReport(db, world.host, { tlp: 'green', releasableTo: [], recipients: [] }, 'home');
    const bundle = await exportBundle(db, world.host);
    const summary = await importStix(db, world.otherHost, JSON.stringify(bundle));
    expect(summary.imported).toBe(0);
    expect(summary.skipped.length).toBeGreaterThan(0);
    expect(summary.skipped.every((s) => s.reason === 'own_nation')).toBe(true);
  });
});

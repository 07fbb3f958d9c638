import fc from 'fast-check';
import { expect, it } from 'vitest';
import { importIncidents, importFieldReports } from '../incidents/import.ts';
import { canSee, TLP_LEVELS, type Marking } from '../shared/marking.ts';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeTwoNationWorld } from '../testing/factories.ts';
import { stixSchemaErrors } from '../testing/stix-schemas.ts';
import { exportBundle } from './export.ts';
import { releasabilityOf } from './markings.ts';
import { stixId, TLP2_IDS, type StixBundle } from './stix.ts';

const INCIDENTS =
  'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
  'INC-1,seizure,2026-05-01T10:00:00-06:00,24.8,-107.4,,79-03-8,propionyl chloride,250,MEDU0001,MSCU1234565,Química del Pacífico,,Seized at the gate\n';
const FIELD_REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2026-05-02,24.8,-107.4,,aerial,B,2,drums;generator,Bodega\n';

const TLP_IDS = new Set<string>(Object.values(TLP2_IDS));

/** Every object but the marking definitions names exactly one TLP 2.0 marking and one releasability marking. */
function checkMarkings(bundle: StixBundle): void {
  const definitions = new Map(
    bundle.objects.filter((o) => o.type === 'marking-definition').map((o) => [o.id, o]),
  );
  for (const object of bundle.objects) {
    if (object.type === 'marking-definition') continue;
    const refs = object.object_marking_refs ?? [];
    expect(
      refs.filter((r) => TLP_IDS.has(r)),
      object.id,
    ).toHaveLength(1);
    const releasability = refs.filter((r) => !TLP_IDS.has(r));
    expect(releasability, object.id).toHaveLength(1);
    expect(definitions.get(releasability[0]!), object.id).toBeDefined();
    expect(releasabilityOf(definitions.get(releasability[0]!)!), object.id).not.toBeNull();
    for (const ref of refs) expect(definitions.has(ref), ref).toBe(true);
  }
}

describeEachEngine('STIX export', (getDb) => {
  it('validates against the OASIS schemas, every object marked once by TLP and once by releasability', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const shared = { tlp: 'amber' as const, releasableTo: ['USA'], recipients: [] };
    await makeReport(db, world.host, shared, 'precursor routes');
    await importIncidents(db, world.host, INCIDENTS, {
      ownerAgency: world.hostAgency,
      ...shared,
      releasableTo: ['MEX', 'USA'],
    });
    await importFieldReports(db, world.host, FIELD_REPORTS, {
      ownerAgency: world.hostAgency,
      tlp: 'red',
      releasableTo: ['MEX', 'USA'],
      recipients: [world.partnerAgency],
    });
    const bundle = await exportBundle(db, world.partner);
    expect(stixSchemaErrors(bundle)).toEqual([]);
    checkMarkings(bundle);
    const types = bundle.objects.map((o) => o.type);
    for (const type of [
      'report',
      'incident',
      'sighting',
      'observed-data',
      'location',
      'x-centinela-observation',
      'identity',
      'extension-definition',
    ])
      expect(types, type).toContain(type);
    const report = bundle.objects.find((o) => o.type === 'report')!;
    expect(report.object_refs).toContain(report.created_by_ref);
    const owner = bundle.objects.find((o) => o.id === report.created_by_ref)!;
    expect(owner).toMatchObject({
      identity_class: 'organization',
      x_centinela_agency: 'MX-ANAM',
      x_centinela_nation: 'MEX',
    });
    const sighting = bundle.objects.find((o) => o.type === 'sighting')!;
    expect(Object.values(sighting.extensions!)[0]).toMatchObject({ reliability: 'B', credibility: 2 });
    expect(sighting.object_marking_refs).toContain(TLP2_IDS.red);
    // deterministic: a second export gives the same objects
    const again = await exportBundle(db, world.partner);
    expect(again.objects).toEqual(bundle.objects);
  });

  it('never puts a record not releasable to USA, nor its owner, in a USA user’s bundle', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const hidden = await makeReport(
      db,
      world.otherHost,
      { tlp: 'clear', releasableTo: [], recipients: [] },
      'hidden',
    );
    const strict = await makeReport(
      db,
      world.host,
      { tlp: 'red', releasableTo: ['USA'], recipients: [] },
      'red',
    );
    const bundle = await exportBundle(db, world.partner);
    const ids = bundle.objects.map((o) => o.id);
    expect(ids).not.toContain(stixId('report', 'report', hidden));
    expect(ids).not.toContain(stixId('report', 'report', strict));
    expect(bundle.objects.filter((o) => o.type === 'report')).toEqual([]);
    expect(JSON.stringify(bundle)).not.toContain(world.otherHostAgency);
    expect(JSON.stringify(bundle)).not.toContain(world.hostAgency);
  });

  it('exports exactly the reports releasable to the reader, for random markings', async () => {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const owners = [world.host, world.otherHost, world.partner];
    const readers = [world.host, world.otherHost, world.partner];
    const agencies = [world.hostAgency, world.otherHostAgency, world.partnerAgency];
    const marking = fc.record({
      owner: fc.integer({ min: 0, max: 2 }),
      tlp: fc.constantFrom(...TLP_LEVELS),
      releasableTo: fc.subarray(['MEX', 'USA']),
      recipients: fc.subarray(agencies),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(marking, { minLength: 1, maxLength: 8 }), async (markings) => {
        await db.asOwner((tx) => tx.query('delete from reports'));
        const made: { id: string; marking: Marking }[] = [];
        for (const m of markings) {
          const owner = owners[m.owner]!;
          const id = await makeReport(db, owner, m);
          const releasableTo = [...new Set([owner.nation, ...m.releasableTo])].sort();
          made.push({
            id,
            marking: {
              ownerAgency: owner.agency,
              tlp: m.tlp,
              releasableTo,
              recipients: [...m.recipients].sort(),
            },
          });
        }
        for (const reader of readers) {
          const bundle = await exportBundle(db, reader);
          const exported = bundle.objects
            .filter((o) => o.type === 'report')
            .map((o) => o.id)
            .sort();
          const expected = made
            .filter((r) => canSee(reader, r.marking))
            .map((r) => stixId('report', 'report', r.id))
            .sort();
          expect(exported).toEqual(expected);
          const owned = new Set(
            made.filter((r) => canSee(reader, r.marking)).map((r) => r.marking.ownerAgency),
          );
          const identities = bundle.objects
            .filter((o) => o.type === 'identity' && o.x_centinela_agency)
            .map((o) => o.x_centinela_agency);
          expect(new Set(identities)).toEqual(new Set([reader.agency, ...owned]));
        }
      }),
      { numRuns: 12 },
    );
  });
});

/**
 * The TAXII collection paged in SQL (collection.ts) against the whole bundle of `centinela export stix`
 * (bundle.ts), which stays the definition: the same objects, the same `date_added`, ascending, at every page size
 * and from every `added_after`; paging across equal instants, and a `next` that keeps its place while records
 * are added and re-marked.
 */
import { expect, it } from 'vitest';
import { importFieldReports, importIncidents } from '../incidents/import.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { describeEachEngine } from '../testing/db.ts';
import { makeReport, makeTwoNationWorld } from '../testing/factories.ts';
import { collectionPage, type PageEntry } from './collection.ts';
import { exportEntries } from './export.ts';
import { fieldReportStixIds, fieldReportToStix } from './map-field-report.ts';
import type { TaxiiQuery } from './taxii.ts';

const INCIDENTS =
  'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
  'INC-1,seizure,2026-05-01T10:00:00-06:00,24.8,-107.4,,79-03-8,propionyl chloride,250,MEDU0001,MSCU1234565,Química del Pacífico,,Seized at the gate\n' +
  'INC-2,seizure,2026-05-03T10:00:00-06:00,24.9,-107.5,,,,,,,,,\n';
const FIELD_REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2026-05-02,24.8,-107.4,,aerial,B,2,drums;generator,Bodega\n';

/** Every page of the collection from a query, following `next`. */
async function pages(db: Database, actor: Actor, query: TaxiiQuery, limit: number): Promise<PageEntry[]> {
  const all: PageEntry[] = [];
  let next: string | undefined;
  for (let i = 0; i < 1_000; i++) {
    const page = await collectionPage(db, actor, { ...query, ...(next ? { next } : {}) }, limit);
    expect(page.page.length).toBeLessThanOrEqual(limit);
    all.push(...page.page);
    if (!page.more) return all;
    expect(page.next).toBeTruthy();
    next = page.next;
  }
  throw new Error('no end');
}

const ascending = (entries: readonly PageEntry[]) => {
  for (let i = 1; i < entries.length; i++)
    expect(entries[i - 1]!.dateAdded <= entries[i]!.dateAdded, entries[i]!.object.id).toBe(true);
};

// many small pages on purpose (every position is a page boundary once): minutes on PGlite on a loaded machine
describeEachEngine('TAXII collection paged in SQL', (getDb) => {
  async function setUp() {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const both = { tlp: 'amber' as const, releasableTo: ['MEX', 'USA'], recipients: [] };
    await makeReport(db, world.host, both, 'released');
    await makeReport(db, world.host, { ...both, tlp: 'green' }, 'released green');
    await makeReport(db, world.host, { ...both, releasableTo: ['MEX'] }, 'kept at home');
    await makeReport(db, world.partner, { ...both, tlp: 'green' }, 'from the partner');
    await importIncidents(db, world.host, INCIDENTS, { ownerAgency: world.hostAgency, ...both });
    await importFieldReports(db, world.host, FIELD_REPORTS, {
      ownerAgency: world.hostAgency,
      tlp: 'red',
      releasableTo: ['MEX', 'USA'],
      recipients: [world.partnerAgency],
    });
    // a marking change moves a record (its marked_at): narrowed, still visible to the partner
    await db.asOwner((tx) =>
      tx.query(`update reports set tlp = 'red', recipients = array[$1] where title = 'released green'`, [
        world.partnerAgency,
      ]),
    );
    return { db, world };
  }

  it('is exactly the bundle of export stix, its date_added and objects, ascending at every page size', async () => {
    const { db, world } = await setUp();
    for (const actor of [world.host, world.partner]) {
      const { bundle, dateAdded } = await exportEntries(db, actor);
      const expected = new Map(bundle.objects.map((o) => [o.id, o]));
      for (const limit of [1, 4, 1_000]) {
        const entries = await pages(db, actor, {}, limit);
        ascending(entries);
        expect(entries.map((e) => e.object.id).sort()).toEqual([...expected.keys()].sort());
        for (const e of entries) {
          expect(e.dateAdded, e.object.id).toBe(dateAdded.get(e.object.id));
          expect(e.object, e.object.id).toEqual(expected.get(e.object.id));
        }
      }
      // from any added_after: the objects added after it, as the whole bundle dates them
      for (const after of [...new Set(dateAdded.values())]) {
        const entries = await pages(db, actor, { added_after: after }, 3);
        const want = [...dateAdded].filter(([, at]) => at > after).map(([id]) => id);
        expect(entries.map((e) => e.object.id).sort(), after).toEqual(want.sort());
      }
      // filters: by type, by id (a record's STIX id is a hash of its id), by spec version
      const sightings = await pages(db, actor, { 'match[type]': 'sighting,incident' }, 1);
      expect(sightings.map((e) => e.object.id).sort()).toEqual(
        bundle.objects
          .filter((o) => ['sighting', 'incident'].includes(o.type))
          .map((o) => o.id)
          .sort(),
      );
      const some = bundle.objects.filter((_, i) => i % 3 === 0).map((o) => o.id);
      const byId = await pages(db, actor, { 'match[id]': some.join(',') }, 2);
      expect(byId.map((e) => e.object.id).sort()).toEqual([...some].sort());
      expect(await pages(db, actor, { 'match[spec_version]': '2.0' }, 5)).toEqual([]);
    }
  }, 300_000);

  it('pages across equal instants, and keeps its place while records are added and re-marked', async () => {
    const { db, world } = await setUp();
    const shared = { tlp: 'green' as const, releasableTo: ['MEX', 'USA'], recipients: [] };
    const same: string[] = [];
    for (let i = 0; i < 7; i++) same.push(await makeReport(db, world.host, shared, `same instant ${i}`));
    // seven at one microsecond, two more in the same millisecond
    await db.asOwner(async (tx) => {
      await tx.query(
        `update reports set created_at = '2026-12-01T10:00:00.123456Z' where id = any ($1::uuid[])`,
        [same],
      );
      await tx.query(`update reports set created_at = '2026-12-01T10:00:00.123001Z' where id = $1`, [
        same[0],
      ]);
      await tx.query(`update reports set created_at = '2026-12-01T10:00:00.123999Z' where id = $1`, [
        same[1],
      ]);
    });
    const reportsOf = (entries: readonly PageEntry[]) => entries.filter((e) => e.object.type === 'report');
    const everything = await pages(db, world.partner, { 'match[type]': 'report' }, 2);
    const ids = everything.map((e) => e.object.id);
    expect(new Set(ids).size).toBe(ids.length);
    ascending(everything);
    const atThatMillisecond = everything.filter((e) => e.dateAdded === '2026-12-01T10:00:00.123Z');
    expect(atThatMillisecond).toHaveLength(7);
    // added_after compares milliseconds, as TAXII writes them: the whole millisecond is before
    const after = await pages(db, world.partner, { added_after: '2026-12-01T10:00:00.123Z' }, 3);
    expect(after.filter((e) => e.dateAdded === '2026-12-01T10:00:00.123Z')).toEqual([]);

    // the first page of three, then records added and re-marked, then the rest by its next
    const first = await collectionPage(db, world.partner, { 'match[type]': 'report' }, 3);
    expect(first.more).toBe(true);
    const read = reportsOf(first.page).map((e) => e.object.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await makeReport(db, world.host, shared, 'added while paging');
    await db.asOwner((tx) =>
      tx.query(`update reports set tlp = 'amber' where id = any ($1::uuid[])`, [[same[0], same[6]]]),
    );
    const rest = await pages(db, world.partner, { 'match[type]': 'report', next: first.next! }, 2);
    ascending([...first.page, ...rest]);
    const seen = new Set([...read, ...rest.map((e) => e.object.id)]);
    for (const id of ids) expect(seen.has(id), id).toBe(true); // nothing skipped
    const now = await pages(db, world.partner, { 'match[type]': 'report' }, 1_000);
    for (const e of now) expect(seen.has(e.object.id), e.object.id).toBe(true); // the new one, at the end
    expect(rest[rest.length - 1]!.dateAdded >= first.page[first.page.length - 1]!.dateAdded).toBe(true);
    // a bad position is refused
    await expect(collectionPage(db, world.partner, { next: 'bm90aGluZw' })).rejects.toThrow();
  }, 300_000);

  it('names the objects of a field report as their mapper does', () => {
    const report = {
      id: '7f1d8f7e-4a5b-4c3d-8e9f-0a1b2c3d4e5f',
      reportId: 'FR-9',
      observedAt: '2026-05-02T00:00:00.000Z',
      lat: 1,
      lon: 2,
      place: null,
      sourceType: 'aerial' as const,
      reliability: 'B' as const,
      credibility: 2,
      indicators: [],
      narrative: '',
      marking: { ownerAgency: 'MX-ANAM', tlp: 'green' as const, releasableTo: ['MEX'], recipients: [] },
      importedAt: '2026-05-02T00:00:00.000Z',
    };
    expect(fieldReportStixIds(report.id)).toEqual(fieldReportToStix(report).map((o) => o.id));
  });
});

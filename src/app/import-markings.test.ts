/**
 * BRIEF "Markings on import": every `centinela import …` takes `--tlp`, `--releasable-to` and `--recipients`,
 * and what it stores is owned by the importing user's agency; without options, amber for the owner's nation.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { cliContextOver } from '../testing/cli-context.ts';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { declarationsCsv } from '../declarations/testing/csv-fixture.ts';
import { epcisDocument, custodyEvent } from '../testing/custody-world.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { registerCapabilityCommands } from './capability-commands.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'centinela-markings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each kind of import: the file it reads, the table it stores into and a column naming what it stored. */
const KINDS = [
  {
    kind: 'declarations',
    file: () => declarationsCsv([{}]),
    table: 'declaration_lines',
  },
  {
    kind: 'permits',
    file: () =>
      'permit_id,holder_rfc,holder_name,substance_cas,max_kg_per_year,valid_from,valid_to,site_id\n' +
      'COF-2026-001,QIN010101AB1,Química Industrial,79-03-8,50000,2026-01-01,2026-12-31,\n',
    table: 'permits',
  },
  {
    kind: 'locations',
    file: () => 'location_id,name,kind,lat,lon,operator_rfc\nurn:x:site-1,Bodega,warehouse,19.4,-99.1,\n',
    table: 'locations',
  },
  {
    kind: 'epcis',
    file: () =>
      JSON.stringify(
        epcisDocument([custodyEvent('2026-03-02T08:00:00-06:00', 'departing', 'geo:19.1,-104.3')]),
      ),
    table: 'epcis_events',
  },
  {
    kind: 'incidents',
    file: () =>
      'incident_id,kind,occurred_at,lat,lon,place,substance_cas,substance_name,quantity_kg,bill_of_lading,container_no,party_names,party_rfcs,narrative\n' +
      'INC-1,seizure,2026-05-01T10:00:00-06:00,24.8,-107.4,,79-03-8,,250,MEDU0001,,,,\n',
    table: 'incidents',
  },
  {
    kind: 'field-reports',
    file: () =>
      'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
      'FR-1,2026-05-02,24.8,-107.4,,aerial,B,2,drums,\n',
    table: 'field_reports',
  },
] as const;

/** The two-nation world with an importer of the host agency who may import every kind (permits: a regulator). */
async function importWorld(db: Database) {
  const world = await makeTwoNationWorld(db);
  const importer = await db.asOwner((tx) => makeUser(tx, world.hostAgency, ['analyst', 'regulator']));
  return { ...world, host: importer };
}

async function runImport(db: Database, actor: Actor, args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerCapabilityCommands(program, cliContextOver(db, actor));
  await program.parseAsync(['import', ...args], { from: 'user' });
}

describeEachEngine('centinela import … with markings', (getDb) => {
  beforeAll(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  for (const { kind, file, table } of KINDS) {
    it(`${kind}: the records carry the markings given, owned by the importer's agency`, async () => {
      const db = getDb();
      const world = await importWorld(db);
      const path = join(dir, `${kind}-marked`);
      await writeFile(path, file());
      await runImport(db, world.host, [
        kind,
        path,
        '--tlp',
        'amber+strict',
        '--releasable-to',
        'usa',
        '--recipients',
        'US-DEA',
      ]);
      const { rows } = await db.asOwner((tx) =>
        tx.query(`select owner_agency, tlp, releasable_to, recipients from ${table}`),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(row).toEqual({
          owner_agency: 'MX-ANAM',
          tlp: 'amber+strict',
          releasable_to: ['MEX', 'USA'],
          recipients: ['US-DEA'],
        });
      // released to the partner by name: it reads them
      const seen = await db.asUser(world.partner, (tx) => tx.query(`select 1 from ${table}`));
      expect(seen.rows.length).toBe(rows.length);
    });

    it(`${kind}: without options, amber for the owner's nation only; a partner reads none of it`, async () => {
      const db = getDb();
      const world = await importWorld(db);
      const path = join(dir, `${kind}-default`);
      await writeFile(path, file());
      await runImport(db, world.host, [kind, path]);
      const { rows } = await db.asUser(world.host, (tx) =>
        tx.query(`select owner_agency, tlp, releasable_to, recipients from ${table}`),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(row).toEqual({
          owner_agency: 'MX-ANAM',
          tlp: 'amber',
          releasable_to: ['MEX'],
          recipients: [],
        });
      const partner = await db.asUser(world.partner, (tx) => tx.query(`select 1 from ${table}`));
      expect(partner.rows).toEqual([]);
    });
  }

  it('refuses a marking that is not one: an unknown TLP level or a nation that is no alpha-3 code', async () => {
    const db = getDb();
    const world = await importWorld(db);
    const path = join(dir, 'locations-bad');
    await writeFile(path, KINDS[2].file());
    await expect(runImport(db, world.host, ['locations', path, '--tlp', 'white'])).rejects.toThrow();
    await expect(
      runImport(db, world.host, ['locations', path, '--releasable-to', 'US']),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const { rows } = await db.asOwner((tx) => tx.query('select 1 from locations'));
    expect(rows).toEqual([]);
  });
});

/**
 * What a finding is derived from, over the database (issue 11): a registered place its explanation names is one
 * of its inputs (a partner that may not see the place never reads its name), and its id is keyed by what it
 * cites, so re-analysis and work on it keep it.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import type { MarkingChange } from '../shared/marking.ts';
import { changeMarking } from '../markings/service.ts';
import { captureDocument } from '../epcis/capture.ts';
import { listFindingActions } from './finding-actions.repository.ts';
import { actOnFinding } from './finding-service.ts';
import { listFindings } from './findings.repository.ts';
import { analyseConsignments } from './findings.service.ts';
import { importLocations } from './registry.service.ts';
import { PLANT, TERMINAL, custodyEvent, custodyWorld, epcisDocument } from '../testing/custody-world.ts';

const SHARED: MarkingChange = { tlp: 'green', releasableTo: ['MEX', 'USA'], recipients: [] };
const HOST_ONLY: MarkingChange = { tlp: 'amber', releasableTo: ['MEX'], recipients: [] };
const WAREHOUSE = 'urn:epc:id:sgln:7501234.00002.0';
const NAME = 'Bodega Zapopan';

/** Changes the marking of every row of `table` the actor's agency owns (and `where` selects). */
async function mark(db: Database, actor: Actor, table: string, change: MarkingChange, where = 'true') {
  const { rows } = await db.asOwner((tx) =>
    tx.query<{ id: string }>(`select id::text as id from ${table} where owner_agency = $1 and ${where}`, [
      actor.agency,
    ]),
  );
  for (const { id } of rows) await db.asUser(actor, (tx) => changeMarking(tx, actor, table, id, change));
}

/**
 * The consignment of custodyWorld received at a warehouse no permit covers (an unlicensed receiver, named in
 * the explanation), every input released to the USA but the warehouse's registration, marked `warehouse`.
 */
async function receivedAtWarehouse(db: Database, warehouse: MarkingChange) {
  const world = await custodyWorld(db);
  await importLocations(
    db,
    world.host,
    `location_id,name,kind,lat,lon,operator_rfc\n${WAREHOUSE},${NAME},warehouse,20.72,-103.39,\n`,
  );
  await captureDocument(
    db,
    world.port,
    epcisDocument([
      custodyEvent('2024-03-02T08:00:00-06:00', 'unloading', TERMINAL, 10_000),
      custodyEvent('2024-03-04T13:00:00-06:00', 'receiving', WAREHOUSE, 10_000),
    ]),
  );
  await mark(db, world.host, 'declarations', SHARED);
  await mark(db, world.host, 'declaration_lines', SHARED);
  await mark(db, world.port, 'epcis_events', SHARED);
  await mark(db, world.regulator, 'permits', SHARED);
  await mark(db, world.host, 'locations', SHARED, `location_id in ('${TERMINAL}', '${PLANT}')`);
  await mark(db, world.host, 'locations', warehouse, `location_id = '${WAREHOUSE}'`);
  await analyseConsignments(db, world.host, 'all');
  const findings = (actor: Actor) =>
    db.asUser(actor, async (tx) => (await listFindings(tx, { limit: 50, offset: 0 })).findings);
  return { world, findings };
}

describeEachEngine('the inputs of a finding', (getDb) => {
  it('counts a registered place its explanation names: a partner that may not see the place never reads its name', async () => {
    const db = getDb();
    const { world, findings } = await receivedAtWarehouse(db, HOST_ONLY);
    const host = await findings(world.host);
    const naming = host.filter((f) => f.explanation.en.includes(NAME));
    expect(naming.map((f) => f.kind)).toContain('unlicensed_receiver');
    // otherwise released to the USA: the place keeps it to MEX
    for (const f of naming) expect(f.marking.releasableTo).toEqual(['MEX']);
    const partner = await findings(world.partner);
    expect(partner.length).toBeGreaterThan(0); // the partner's own derivation, from what it sees
    expect(JSON.stringify(partner)).not.toContain(NAME);
    expect(JSON.stringify(partner)).not.toContain('Zapopan');
  });

  it('narrows the findings naming a place with the place, and the partner loses the name at once', async () => {
    const db = getDb();
    const { world, findings } = await receivedAtWarehouse(db, SHARED);
    // released: the partner may read the name (it sees the place)
    expect(JSON.stringify(await findings(world.partner))).toContain(NAME);
    const named = (await findings(world.host)).filter((f) => f.explanation.en.includes(NAME));
    expect(named.length).toBeGreaterThan(0);
    for (const f of named) expect(f.marking.releasableTo).toEqual(['MEX', 'USA']);

    await mark(db, world.host, 'locations', HOST_ONLY, `location_id = '${WAREHOUSE}'`);
    // in the same statement: narrowed with the place, and the partner is no longer a reader
    for (const f of (await findings(world.host)).filter((f) => f.explanation.en.includes(NAME)))
      expect(f.marking.releasableTo).toEqual(['MEX']);
    expect(JSON.stringify(await findings(world.partner))).not.toContain(NAME);
    await analyseConsignments(db, world.host, 'stale');
    expect(JSON.stringify(await findings(world.partner))).not.toContain(NAME);
  });

  it('keeps a finding’s id across re-analysis and work on it, so its history names the finding there is', async () => {
    const db = getDb();
    const { world, findings } = await receivedAtWarehouse(db, HOST_ONLY);
    const before = await findings(world.host);
    const acted = before.find((f) => f.kind === 'unlicensed_receiver')!;
    await db.asUser(world.host, (tx) =>
      actOnFinding(tx, world.host, acted.id, { action: 'dismiss', reason: 'Bodega autorizada' }),
    );
    await analyseConsignments(db, world.host, 'all');
    const after = await findings(world.host);
    expect(after.map((f) => f.id).sort()).toEqual(before.map((f) => f.id).sort());
    expect(after.find((f) => f.id === acted.id)).toMatchObject({
      status: 'dismissed',
      dismissReason: 'Bodega autorizada',
    });
    const history = await db.asUser(world.host, (tx) =>
      listFindingActions(tx, acted.billOfLading, acted.kind),
    );
    expect(history.map((h) => h.findingId)).toEqual([acted.id]);
  });
});

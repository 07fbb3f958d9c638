import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import { insertFinding, insertLine, QIP, rfc } from '../testing/resolution-fixtures.ts';
import { membersForCaller, recordsSharingWith } from '../resolution/index.ts';
import { runResolution } from '../resolution/service.ts';
import { visibleMembers } from '../resolution/reads.repository.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { neighbourhood } from './analysis.ts';
import { depthTwoNetwork } from './depth-two.ts';
import { buildNetwork } from './graph.ts';
import { findingsFor, knownEntities, networkRecord } from './records.ts';

const HUB_ADDRESS = 'Av. Manuel Álvarez 1234, Col. Centro, C.P. 28200, Manzanillo, Colima';

/**
 * A hub importer with nine consignments: a consignee on three of them, a consignee incorporated the hub's day, two
 * findings, a front company at the hub's address, and consignees of their own on the rest.
 */
async function hubWorld(db: Database) {
  const world = await makeTwoNationWorld(db);
  await db.asOwner(async (tx) => {
    const hub: [string, string, string] = ['Química Industrial del Pacífico, S.A. de C.V.', QIP, HUB_ADDRESS];
    const consignees: Record<number, [string, string | null, string]> = {
      1: [
        'Distribuidora Abierta del Norte',
        rfc('DAN010101AA'),
        'Av. Reforma 5, C.P. 64000, Monterrey, N.L.',
      ],
      2: [
        'Distribuidora Abierta del Norte',
        rfc('DAN010101AA'),
        'Av. Reforma 5, C.P. 64000, Monterrey, N.L.',
      ],
      3: [
        'Distribuidora Abierta del Norte',
        rfc('DAN010101AA'),
        'Av. Reforma 5, C.P. 64000, Monterrey, N.L.',
      ],
      4: ['Transportes del Golfo S.A.', rfc('TGO050101ZZ'), 'Calle 9, C.P. 91700, Veracruz, Ver.'],
    };
    for (let i = 1; i <= 9; i++)
      await insertLine(tx, world.hostAgency, {
        declarationId: `H${i}`,
        bol: `BOL${i}`,
        releasableTo: i % 3 === 0 ? ['MEX'] : ['MEX', 'USA'],
        importer: hub,
        consignee: consignees[i] ?? [
          `Consignataria ${i} S.A.`,
          null,
          `Calle ${i}, C.P. 4400${i}, Guadalajara`,
        ],
      });
    await insertLine(tx, world.hostAgency, {
      declarationId: 'F1',
      bol: 'BOL-F1',
      releasableTo: ['MEX', 'USA'],
      importer: ['Fachada Comercial del Pacífico', rfc('FCP120303XY'), HUB_ADDRESS],
    });
    await insertFinding(tx, world.hostAgency, 'BOL2', ['MEX', 'USA']);
    await insertFinding(tx, world.hostAgency, 'BOL5', ['MEX']);
  });
  await runResolution(db, world.host);
  await runResolution(db, world.partner);
  return world;
}

/** The depth-2 network as it was computed before: every record sharing a value, then `neighbourhood`'s cut. */
async function wholeNeighbourhood(db: Database, actor: Actor, entityId: string, maxNodes: number) {
  return db.asUser(actor, async (tx) => {
    const members = await recordsSharingWith(tx, await membersForCaller(tx, entityId));
    const bols = [...new Set(members.map((m) => m.billOfLading).filter((b): b is string => b !== null))];
    const graph = buildNetwork(
      members.map(networkRecord),
      await findingsFor(tx, bols),
      await knownEntities(tx, members),
    );
    return neighbourhood(graph, `entity:${entityId}`, 2, maxNodes);
  });
}

describeEachEngine('the depth-2 network cut before the records are read', (getDb) => {
  it('shows what the cut over the whole neighbourhood shows, at every budget, for the host and the partner', async () => {
    const db = getDb();
    const world = await hubWorld(db);
    for (const actor of [world.host, world.partner]) {
      const members = await db.asUser(actor, (tx) => visibleMembers(tx));
      const hub = members.find((m) => m.recordId === 'decl:H1:1:importer@MX-ANAM')!.entityId;
      for (const maxNodes of [2, 4, 7, 10, 14, 20, 500]) {
        const whole = await wholeNeighbourhood(db, actor, hub, maxNodes);
        const cut = await db.asUser(actor, async (tx) =>
          depthTwoNetwork(tx, hub, await membersForCaller(tx, hub), maxNodes),
        );
        expect(cut.view, `${actor.username} ${maxNodes}`).toEqual(whole);
      }
      const full = await wholeNeighbourhood(db, actor, hub, 500);
      const ids = full.nodes.map((n) => n.id);
      expect(full.complete).toBe(true);
      // the world holds what the cut must weigh: findings, a shared address, a shared day of incorporation
      expect(ids.filter((id) => id.startsWith('finding:'))).toHaveLength(actor === world.host ? 2 : 1);
      expect(ids).toContain('incorporation:050101');
      expect(
        full.edges.some((e) => e.target === 'incorporation:050101' || e.source === 'incorporation:050101'),
      ).toBe(true);
    }
  });

  it('reads only the records of the entities it keeps, and records the reads of those', async () => {
    const db = getDb();
    const world = await hubWorld(db);
    const members = await db.asUser(world.host, (tx) => visibleMembers(tx));
    const hub = members.find((m) => m.recordId === 'decl:H1:1:importer@MX-ANAM')!.entityId;
    const { view, records } = await db.asUser(world.host, async (tx) =>
      depthTwoNetwork(tx, hub, await membersForCaller(tx, hub), 4),
    );
    const shownEntities = new Set(view.nodes.filter((n) => n.kind === 'entity').map((n) => n.id.slice(7)));
    expect(view.complete).toBe(false);
    expect(records.every((r) => shownEntities.has(r.entityId))).toBe(true);
  });
});

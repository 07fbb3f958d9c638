import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { insertLine, QIP, rfc, seedResolvedWorld } from '../testing/resolution-fixtures.ts';
import { resolveIncrementally, runResolution } from './service.ts';
import { decide } from './decide.ts';
import { visibleMembers } from './reads.repository.ts';
import { entityNetwork } from '../network/service.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

describeEachEngine('resolution service', (getDb) => {
  const seed = () => seedResolvedWorld(getDb());

  it('extracts party records and resolves the spellings of one importer into one entity', async () => {
    const { summary, members, qip } = await seed();
    expect(summary.records).toBe(6);
    expect(
      members
        .filter((m) => m.entityId === qip)
        .map((m) => m.recordId)
        .sort(),
    ).toEqual(['decl:D1:1:importer@MX-ANAM', 'decl:D2:1:importer@MX-ANAM', 'decl:D3:1:importer@MX-ANAM']);
    expect(new Set(members.map((m) => m.entityId)).size).toBe(4);
  });

  it("a partner's graph never holds a node or edge made only of records not released to the partner", async () => {
    const { db, world, qip, partnerQip, hiddenFinding } = await seed();
    const partnerRecords = new Set(
      (await db.asUser(world.partner, (tx) => visibleMembers(tx))).map((m) => m.recordId),
    );
    expect(partnerRecords.has('decl:D2:1:importer@MX-ANAM')).toBe(false);
    const partner = await entityNetwork(db, world.partner, partnerQip, 4);
    const host = await entityNetwork(db, world.host, qip, 4);
    const ids = (view: typeof partner) => view.nodes.map((n) => n.id);
    expect(ids(host)).toEqual(expect.arrayContaining(['consignment:BOL2', `finding:${hiddenFinding}`]));
    expect(ids(partner)).not.toContain('consignment:BOL2');
    expect(ids(partner)).not.toContain(`finding:${hiddenFinding}`);
    expect(partner.nodes.some((n) => n.label.includes('Reservados'))).toBe(false);
    expect(partner.edges.every((e) => !e.source.includes('BOL2') && !e.target.includes('BOL2'))).toBe(true);
    // risk paths only run through what the partner sees
    const shown = new Set(ids(partner));
    for (const node of partner.nodes)
      for (const p of node.riskPaths)
        expect(p.path.every((id) => shown.has(id) || !id.includes('BOL2'))).toBe(true);
    expect(partner.nodes.find((n) => n.id === `entity:${partnerQip}`)!.risk).toBeGreaterThan(0);
  });

  it('an analyst split is stored, audited, applied, and respected by the next run', async () => {
    const { db, world, qip } = await seed();
    const result = await decide(
      db,
      world.host,
      qip,
      { kind: 'split', recordIds: ['decl:D2:1:importer@MX-ANAM'] },
      'different branch',
    );
    expect(result.entityIds).toHaveLength(2);
    await runResolution(db, world.host);
    const members = await db.asUser(world.host, (tx) => visibleMembers(tx));
    const entityOf = (id: string) => members.find((m) => m.recordId === id)!.entityId;
    expect(entityOf('decl:D2:1:importer@MX-ANAM')).not.toBe(entityOf('decl:D1:1:importer@MX-ANAM'));
    expect(entityOf('decl:D3:1:importer@MX-ANAM')).toBe(entityOf('decl:D1:1:importer@MX-ANAM'));
    await sequenceAudit(db);
    const audit = await db.asOwner((tx) =>
      tx.query<{ action: string }>(
        "select action from audit_log where action in ('split', 'resolve') order by seq",
      ),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['resolve', 'split', 'resolve']);
  });

  it('places new records incrementally into the stored entities', async () => {
    const { db, world, qip } = await seed();
    await db.asOwner((tx) =>
      insertLine(tx, world.hostAgency, {
        declarationId: 'D4',
        bol: 'BOL4',
        releasableTo: ['MEX', 'USA'],
        importer: [
          'QUÍMICA INDUSTRIAL DEL PACÍFICO, S.A. DE C.V.',
          QIP,
          'Av. Manuel Alvarez 1234, CP 28200, Manzanillo',
        ],
        consignee: [
          'Ferretera Nueva del Centro',
          rfc('FNC150505QQ'),
          'Calle Hidalgo 3, C.P. 76000, Querétaro, Qro.',
        ],
      }),
    );
    const summary = await resolveIncrementally(db, world.host);
    expect(summary.records).toBe(2);
    const members = await db.asUser(world.host, (tx) => visibleMembers(tx));
    const entityOf = (id: string) => members.find((m) => m.recordId === id)!.entityId;
    expect(entityOf('decl:D4:1:importer@MX-ANAM')).toBe(qip);
    expect(members.filter((m) => m.entityId === entityOf('decl:D4:1:consignee@MX-ANAM'))).toHaveLength(1);
    expect(members).toHaveLength(8);
  });

  it('the partner cannot split an entity through records it cannot see', async () => {
    const { db, world, qip, partnerQip } = await seed();
    await expect(
      decide(db, world.partner, partnerQip, { kind: 'split', recordIds: ['decl:D2:1:importer@MX-ANAM'] }, ''),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // nor reach the host's entity: its id names nothing in the partner's class
    await expect(
      decide(db, world.partner, qip, { kind: 'split', recordIds: ['decl:D1:1:importer@MX-ANAM'] }, ''),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeTwoNationWorld } from '../testing/factories.ts';
import type { Tx } from '../store/database.ts';
import { rfcCheckDigit } from '../identifiers/index.ts';
import { decide, resolveIncrementally, runResolution } from './service.ts';
import { visibleMembers } from './repository.ts';
import { entityNetwork } from '../network/service.ts';

const rfc = (body: string) => body + rfcCheckDigit(body);
const QIP = rfc('QIP050101AB');

interface Line {
  declarationId: string;
  bol: string;
  releasableTo: string[];
  importer: [string, string | null, string];
  consignee?: [string, string | null, string];
}

/** A declaration with one line, written as the declarations importer stores it. */
async function insertLine(tx: Tx, owner: string, line: Line): Promise<void> {
  const [importerName, importerRfc, importerAddress] = line.importer;
  const [consigneeName, consigneeRfc, consigneeAddress] = line.consignee ?? [
    'Consignatario Genérico',
    null,
    '',
  ];
  await tx.query(
    `insert into declarations (id, owner_agency, tlp, releasable_to, declared_at, port_locode, origin_country,
       importer_name, importer_rfc, importer_address) values ($1, $2, 'amber', $3, now(), 'MXZLO', 'CN', $4, $5, $6)`,
    [line.declarationId, owner, line.releasableTo, importerName, importerRfc ?? '', importerAddress],
  );
  await tx.query(
    `insert into declaration_lines (id, owner_agency, tlp, releasable_to, declaration_id, line_no, declared_at,
       port_locode, importer_name, importer_rfc, bill_of_lading, consignee_name, consignee_rfc, consignee_address,
       hs_code, goods_description, quantity_kg, declared_value_usd, verdict, list_version)
     values ($1, $2, 'amber', $3, $4, 1, now(), 'MXZLO', $5, $6, $7, $8, $9, $10, '2933.39', 'chemicals', 100, 1000,
       'clear', 'test')`,
    [
      randomUUID(),
      owner,
      line.releasableTo,
      line.declarationId,
      importerName,
      importerRfc ?? '',
      line.bol,
      consigneeName,
      consigneeRfc ?? '',
      consigneeAddress,
    ],
  );
}

async function insertFinding(tx: Tx, owner: string, bol: string, releasableTo: string[]): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `insert into findings (id, owner_agency, tlp, releasable_to, bill_of_lading, kind, severity, evidence,
       explanation_en, explanation_es, computed_at) values ($1, $2, 'amber', $3, $4, 'quantity_loss', 'high', '{}', 'lost', 'perdido', now())`,
    [id, owner, releasableTo, bol],
  );
  return id;
}

describeEachEngine('resolution service', (getDb) => {
  async function seed() {
    const db = getDb();
    const world = await makeTwoNationWorld(db);
    const hidden = await db.asOwner(async (tx) => {
      const address = 'Av. Manuel Álvarez 1234, Col. Centro, C.P. 28200, Manzanillo, Colima';
      await insertLine(tx, world.hostAgency, {
        declarationId: 'D1',
        bol: 'BOL1',
        releasableTo: ['MEX', 'USA'],
        importer: ['Química Industrial del Pacífico, S.A. de C.V.', QIP, address],
      });
      await insertLine(tx, world.hostAgency, {
        declarationId: 'D2',
        bol: 'BOL2',
        releasableTo: ['MEX'],
        importer: ['QUIMICA IND. DEL PACIFICO SA DE CV', QIP, address],
        consignee: [
          'Transportes Reservados del Golfo S.A.',
          rfc('TRG990101ZZ'),
          'Calle Secreta 9, C.P. 91700, Veracruz, Ver.',
        ],
      });
      await insertLine(tx, world.hostAgency, {
        declarationId: 'D3',
        bol: 'BOL1',
        releasableTo: ['MEX', 'USA'],
        importer: ['Quimica Industrial Pacifico', QIP, address],
        consignee: [
          'Distribuidora Abierta del Norte',
          rfc('DAN010101AA'),
          'Av. Reforma 5, C.P. 64000, Monterrey, N.L.',
        ],
      });
      await insertFinding(tx, world.hostAgency, 'BOL1', ['MEX', 'USA']);
      return insertFinding(tx, world.hostAgency, 'BOL2', ['MEX']);
    });
    const summary = await runResolution(db, world.host);
    const members = await db.asUser(world.host, (tx) => visibleMembers(tx));
    const qip = members.find((m) => m.recordId === 'decl:D1:1:importer')!.entityId;
    return { db, world, summary, members, qip, hiddenFinding: hidden };
  }

  it('extracts party records and resolves the spellings of one importer into one entity', async () => {
    const { summary, members, qip } = await seed();
    expect(summary.records).toBe(6);
    expect(
      members
        .filter((m) => m.entityId === qip)
        .map((m) => m.recordId)
        .sort(),
    ).toEqual(['decl:D1:1:importer', 'decl:D2:1:importer', 'decl:D3:1:importer']);
    expect(new Set(members.map((m) => m.entityId)).size).toBe(4);
  });

  it("a partner's graph never holds a node or edge made only of records not released to the partner", async () => {
    const { db, world, qip, hiddenFinding } = await seed();
    const partnerRecords = new Set(
      (await db.asUser(world.partner, (tx) => visibleMembers(tx))).map((m) => m.recordId),
    );
    expect(partnerRecords.has('decl:D2:1:importer')).toBe(false);
    const partner = await entityNetwork(db, world.partner, qip, 4);
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
    expect(partner.nodes.find((n) => n.id === `entity:${qip}`)!.risk).toBeGreaterThan(0);
  });

  it('an analyst split is stored, audited, applied, and respected by the next run', async () => {
    const { db, world, qip } = await seed();
    const result = await decide(
      db,
      world.host,
      qip,
      { kind: 'split', recordIds: ['decl:D2:1:importer'] },
      'different branch',
    );
    expect(result.entityIds).toHaveLength(2);
    await runResolution(db, world.host);
    const members = await db.asUser(world.host, (tx) => visibleMembers(tx));
    const entityOf = (id: string) => members.find((m) => m.recordId === id)!.entityId;
    expect(entityOf('decl:D2:1:importer')).not.toBe(entityOf('decl:D1:1:importer'));
    expect(entityOf('decl:D3:1:importer')).toBe(entityOf('decl:D1:1:importer'));
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
    expect(entityOf('decl:D4:1:importer')).toBe(qip);
    expect(members.filter((m) => m.entityId === entityOf('decl:D4:1:consignee'))).toHaveLength(1);
    expect(members).toHaveLength(8);
  });

  it('the partner cannot split an entity through records it cannot see', async () => {
    const { db, world, qip } = await seed();
    await expect(
      decide(db, world.partner, qip, { kind: 'split', recordIds: ['decl:D2:1:importer'] }, ''),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

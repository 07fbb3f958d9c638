/** Test data for resolution's database tests: declarations, findings and a resolved world. */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../store/database.ts';
import { makeTwoNationWorld } from './factories.ts';
import { rfcCheckDigit } from '../identifiers/index.ts';
import { runResolution } from '../resolution/service.ts';
import { visibleMembers } from '../resolution/reads.repository.ts';

export const rfc = (body: string) => body + rfcCheckDigit(body);
export const QIP = rfc('QIP050101AB');

export interface Line {
  declarationId: string;
  bol: string;
  releasableTo: string[];
  importer: [string, string | null, string];
  consignee?: [string, string | null, string];
}

/** A declaration with one line, written as the declarations importer stores it. */
export async function insertLine(tx: Tx, owner: string, line: Line): Promise<void> {
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

export async function insertFinding(
  tx: Tx,
  owner: string,
  bol: string,
  releasableTo: string[],
): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `insert into findings (id, owner_agency, tlp, releasable_to, bill_of_lading, kind, severity, evidence,
     explanation_en, explanation_es, computed_at) values ($1, $2, 'amber', $3, $4, 'quantity_loss', 'high', '{}', 'lost', 'perdido', now())`,
    [id, owner, releasableTo, bol],
  );
  // Findings are read through their viewers (0510): here, every agency its marking reaches.
  await tx.query(
    'update findings set viewers = centinela_viewers_of(owner_agency, tlp, releasable_to, recipients) where id = $1',
    [id],
  );
  return id;
}

/**
 * Three spellings of one importer (one declaration not released to the partner, with a finding and a
 * consignee only it names), two other consignees, resolved.
 */
export async function seedResolvedWorld(db: Database) {
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
  const qip = members.find((m) => m.recordId === 'decl:D1:1:importer@MX-ANAM')!.entityId;
  // entities are resolved per visibility class: the partner's entity of the same records has its own id
  const partnerMembers = await db.asUser(world.partner, (tx) => visibleMembers(tx));
  const partnerQip = partnerMembers.find((m) => m.recordId === 'decl:D1:1:importer@MX-ANAM')!.entityId;
  return { db, world, summary, members, qip, partnerQip, hiddenFinding: hidden };
}

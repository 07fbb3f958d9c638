/**
 * Test data for the narrowing of derived records: one consignment (bill of lading BOL-1) with its
 * inputs — a declaration and its line, two port events, a permit, a site — and a record of every
 * derived kind computed from them, plus an unrelated consignment (BOL-2) whose records must stay
 * untouched. Inputs are written by their owner agencies through the app role; derived records are
 * written as the system tasks write them (as the schema owner), all amber and released to MEX + USA.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { makeAgency, makeTwoNationWorld, makeUser } from './factories.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';

export const SHARED = { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] as string[] } as const;
const CONTAINER = 'MSCU1234565';
const SITE = 'urn:epc:id:sgln:7501234.00001.0';

/** A derived (or input) row: its table, primary-key column and key. */
export interface RowRef {
  table: string;
  pk: string;
  id: string;
}

async function insertLine(tx: Tx, declarationId: string, bol: string, container: string): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `insert into declaration_lines (id, owner_agency, tlp, releasable_to, declaration_id, line_no, declared_at,
       port_locode, importer_name, container_no, bill_of_lading, consignee_name, hs_code, goods_description,
       quantity_kg, declared_value_usd, permit_id, verdict, list_version)
     values ($1, 'MX-ANAM', 'amber', '{MEX,USA}', $2, 1, '2024-03-01T10:00:00Z', 'MXZLO', 'Química Industrial', $3,
       $4, 'Distribuidora del Bajío', '2915.90', 'cloruro de propionilo', 1000, 2500, 'COF-1', 'controlled', 'test')`,
    [id, declarationId, container, bol],
  );
  return id;
}

async function insertEvent(tx: Tx, owner: string, bol: string | null, container: string): Promise<RowRef> {
  const id = randomUUID();
  await tx.query(
    `insert into epcis_events (id, owner_agency, tlp, releasable_to, event_id, event_type, event_time, record_time,
       bol, container_no, document, capture_id)
     values ($1, $2, 'amber', '{MEX,USA}', $3, 'ObjectEvent', '2024-03-02T10:00:00Z', now(), $4, $5, '{}', $6)`,
    [id, owner, `urn:uuid:${id}`, bol, container, randomUUID()],
  );
  return { table: 'epcis_events', pk: 'id', id };
}

async function insertDerived(tx: Tx, table: string, columns: Record<string, unknown>): Promise<string> {
  const names = Object.keys(columns);
  const { rows } = await tx.query<{ pk: string }>(
    `insert into ${table} (${names.join(', ')}, tlp, releasable_to, recipients)
     values (${names.map((_, i) => `$${i + 1}`).join(', ')}, 'amber', '{MEX,USA}', '{}')
     returning ${table === 'consignment_tracks' ? 'bill_of_lading' : table === 'entity_members' ? 'party_record_id' : 'id'}::text as pk`,
    names.map((n) => columns[n]),
  );
  // Custody's derived records are read by their visibility class (viewers): here every agency that may see
  // the inputs, as one analysis class of agencies that all see the same inputs would have it.
  if (['findings', 'consignment_tracks', 'finding_actions'].includes(table))
    await tx.query(
      `update ${table} set viewers = centinela_viewers_of(owner_agency, tlp, releasable_to, recipients)
       where ${table === 'consignment_tracks' ? 'bill_of_lading' : 'id'}::text = $1`,
      [rows[0]!.pk],
    );
  return rows[0]!.pk;
}

function party(tx: Tx, owner: string, recordId: string, source: string, role: string): Promise<string> {
  return insertDerived(tx, 'party_records', {
    id: randomUUID(),
    owner_agency: owner,
    record_id: recordId,
    source,
    role,
    name: recordId,
    name_core: recordId,
  });
}

export async function derivedWorld(db: Database) {
  const world = await makeTwoNationWorld(db);
  const { port, regulator } = await db.asOwner(async (tx) => ({
    port: await makeUser(tx, await makeAgency(tx, 'MEX', 'MX-ASIPONA-ZLO'), ['analyst'], 'port-operator'),
    regulator: await makeUser(tx, await makeAgency(tx, 'MEX', 'MX-COFEPRIS'), ['regulator'], 'regulator'),
  }));

  // Inputs, each written by its owner agency.
  const lines = await db.asUser(world.host, async (tx) => {
    for (const id of ['D-1', 'D-2'])
      await tx.query(
        `insert into declarations (id, owner_agency, tlp, releasable_to, declared_at, port_locode, origin_country,
           importer_name, importer_address)
         values ($1, 'MX-ANAM', 'amber', '{MEX,USA}', '2024-03-01T10:00:00Z', 'MXZLO', 'CN', 'Química Industrial',
           'Av. Manuel Álvarez 1234, Manzanillo')`,
        [id],
      );
    return {
      line1: await insertLine(tx, 'D-1', 'BOL-1', CONTAINER),
      line2: await insertLine(tx, 'D-2', 'BOL-2', 'TGHU1234560'),
    };
  });
  const events = await db.asUser(port, async (tx) => ({
    withBol: await insertEvent(tx, port.agency, 'BOL-1', CONTAINER),
    byContainer: await insertEvent(tx, port.agency, null, CONTAINER),
    otherBol: await insertEvent(tx, port.agency, 'BOL-2', 'TGHU1234560'),
  }));
  const registry = await db.asUser(regulator, async (tx) => {
    const permit = randomUUID();
    const location = randomUUID();
    await tx.query(
      `insert into permits (id, owner_agency, tlp, releasable_to, permit_id, holder_rfc, holder_name, substance_cas,
         max_kg_per_year, valid_from, valid_to, updated_at)
       values ($1, $2, 'amber', '{MEX,USA}', 'COF-1', 'QIN010101AB1', 'Química Industrial', '79-03-8', 50000,
         '2024-01-01', '2024-12-31', now())`,
      [permit, regulator.agency],
    );
    await tx.query(
      `insert into locations (id, owner_agency, tlp, releasable_to, location_id, name, kind, lat, lon, operator_rfc,
         updated_at)
       values ($1, $2, 'amber', '{MEX,USA}', $3, 'Planta Guadalajara', 'plant', 20.67, -103.34, 'QIN010101AB1', now())`,
      [location, regulator.agency, SITE],
    );
    return { permit, location };
  });

  // Derived records, as the system tasks (screening, analysis, resolution) write them.
  const derived = await db.asOwner(async (tx) => {
    const alert = (lineId: string, declarationId: string) =>
      insertDerived(tx, 'alerts', {
        id: randomUUID(),
        owner_agency: 'MX-ANAM',
        line_id: lineId,
        declaration_id: declarationId,
        line_no: 1,
        verdict: 'controlled',
        score: 1,
        port_locode: 'MXZLO',
        declared_at: '2024-03-01T10:00:00Z',
      });
    const alert1 = await alert(lines.line1, 'D-1');
    const alert2 = await alert(lines.line2, 'D-2');
    const action1 = await insertDerived(tx, 'alert_actions', {
      id: randomUUID(),
      owner_agency: 'MX-ANAM',
      alert_id: alert1,
      action: 'acknowledge',
      from_status: 'open',
      to_status: 'acknowledged',
    });
    const finding = (bol: string, evidence: string[]) =>
      insertDerived(tx, 'findings', {
        id: randomUUID(),
        owner_agency: 'MX-ANAM',
        bill_of_lading: bol,
        kind: 'quantity_loss',
        severity: 'high',
        evidence,
        explanation_en: 'lost',
        explanation_es: 'perdido',
        computed_at: '2024-03-10T00:00:00Z',
      });
    const eventId = (ref: RowRef) => `urn:uuid:${ref.id}`;
    const findingOfEvidence = await finding('BOL-1', [eventId(events.withBol), 'permit:COF-1']);
    const findingOfLines = await finding('BOL-1', []);
    const findingOther = await finding('BOL-2', [eventId(events.otherBol)]);
    const track = (bol: string) =>
      insertDerived(tx, 'consignment_tracks', {
        bill_of_lading: bol,
        owner_agency: 'MX-ANAM',
        port_locode: 'MXZLO',
        track: '[]',
        point_count: 0,
        event_count: 2,
        computed_at: '2024-03-10T00:00:00Z',
      });
    const track1 = await track('BOL-1');
    const track2 = await track('BOL-2');
    const importer = await party(tx, 'MX-ANAM', 'decl:D-1:1:importer', 'declaration', 'importer');
    const consignee = await party(tx, 'MX-ANAM', 'decl:D-1:1:consignee', 'declaration', 'consignee');
    const otherImporter = await party(tx, 'MX-ANAM', 'decl:D-2:1:importer', 'declaration', 'importer');
    const holder = await party(tx, regulator.agency, 'permit:COF-1:holder', 'permit', 'holder');
    const operator = await party(tx, regulator.agency, `location:${SITE}:operator`, 'location', 'operator');
    const entity = randomUUID();
    // one visibility class that every agency is in, so that only the markings decide who reads what
    const { rows: everyone } = await tx.query<{ codes: string[] }>(
      'select array_agg(code order by code) as codes from agencies',
    );
    const viewers = everyone[0]!.codes;
    await tx.query("insert into entities (id, status, viewers) values ($1, 'resolved', $2)", [
      entity,
      viewers,
    ]);
    const member = (recordId: string, owner: string) =>
      insertDerived(tx, 'entity_members', {
        party_record_id: recordId,
        owner_agency: owner,
        entity_id: entity,
        viewers,
      });
    const consigneeMember = await member(consignee, 'MX-ANAM');
    const otherMember = await member(otherImporter, 'MX-ANAM');
    const holderMember = await member(holder, regulator.agency);
    const link = await insertDerived(tx, 'entity_links', {
      id: randomUUID(),
      owner_agency: 'MX-ANAM',
      entity_id: entity,
      viewers,
      record_a: consignee,
      record_b: otherImporter,
      reason: 'match',
    });
    const ref = (table: string, id: string, pk = 'id'): RowRef => ({ table, pk, id });
    return {
      alert1: ref('alerts', alert1),
      alert2: ref('alerts', alert2),
      action1: ref('alert_actions', action1),
      findingOfEvidence: ref('findings', findingOfEvidence),
      findingOfLines: ref('findings', findingOfLines),
      findingOther: ref('findings', findingOther),
      track1: ref('consignment_tracks', track1, 'bill_of_lading'),
      track2: ref('consignment_tracks', track2, 'bill_of_lading'),
      importer: ref('party_records', importer),
      consignee: ref('party_records', consignee),
      otherImporter: ref('party_records', otherImporter),
      holder: ref('party_records', holder),
      operator: ref('party_records', operator),
      consigneeMember: ref('entity_members', consigneeMember, 'party_record_id'),
      otherMember: ref('entity_members', otherMember, 'party_record_id'),
      holderMember: ref('entity_members', holderMember, 'party_record_id'),
      link: ref('entity_links', link),
    };
  });

  const inputs = {
    line1: { ref: { table: 'declaration_lines', pk: 'id', id: lines.line1 }, owner: world.host },
    declaration1: { ref: { table: 'declarations', pk: 'id', id: 'D-1' }, owner: world.host },
    eventWithBol: { ref: events.withBol, owner: port },
    eventByContainer: { ref: events.byContainer, owner: port },
    permit: { ref: { table: 'permits', pk: 'id', id: registry.permit }, owner: regulator },
    location: { ref: { table: 'locations', pk: 'id', id: registry.location }, owner: regulator },
    alert1: { ref: derived.alert1, owner: world.host },
    consignee: { ref: derived.consignee, owner: world.host },
  } satisfies Record<string, { ref: RowRef; owner: Actor }>;
  return { ...world, port, regulator, inputs, derived };
}

/** The marking of a row, read as the schema owner (whoever may see it). */
export async function markingOf(db: Database, ref: RowRef): Promise<Marking> {
  const { rows } = await db.asOwner((tx) =>
    tx.query<MarkingRow>(
      `select owner_agency, tlp, releasable_to, recipients from ${ref.table} where ${ref.pk}::text = $1`,
      [ref.id],
    ),
  );
  if (!rows[0]) throw new Error(`no ${ref.table} row ${ref.id}`);
  return markingFromRow(rows[0]);
}

/** Whether a user sees the row through row-level security. */
export async function sees(db: Database, user: Actor, ref: RowRef): Promise<boolean> {
  const { rows } = await db.asUser(user, (tx) =>
    tx.query(`select 1 from ${ref.table} where ${ref.pk}::text = $1`, [ref.id]),
  );
  return rows.length === 1;
}

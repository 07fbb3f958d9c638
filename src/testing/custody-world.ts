/** A small custody world for database tests: agencies, a regulator, a port operator, a permit and a line. */
import { makeAgency, makeTwoNationWorld, makeUser } from './factories.ts';
import type { Database } from '../store/database.ts';
import { importLocations, importPermits } from '../custody/registry.service.ts';

export const PLANT = 'urn:epc:id:sgln:7501234.00001.0';
export const TERMINAL = 'urn:epc:id:sgln:7501234.00000.0';
export const BOL = 'MEDU9876543';

export async function custodyWorld(db: Database) {
  const world = await makeTwoNationWorld(db);
  const { regulator, port } = await db.asOwner(async (tx) => ({
    regulator: await makeUser(tx, await makeAgency(tx, 'MEX', 'MX-COFEPRIS'), ['regulator'], 'reguladora'),
    port: await makeUser(tx, await makeAgency(tx, 'MEX', 'MX-ASIPONA-ZLO'), ['analyst'], 'port-operator'),
  }));
  await importPermits(
    db,
    regulator,
    'permit_id,holder_rfc,holder_name,substance_cas,max_kg_per_year,valid_from,valid_to,site_id\n' +
      `COF-2024-001,QIN010101AB1,Química Industrial,79-03-8,50000,2024-01-01,2024-12-31,${PLANT}\n`,
  );
  await importLocations(
    db,
    world.host,
    'location_id,name,kind,lat,lon,operator_rfc\n' +
      `${TERMINAL},Terminal Manzanillo,terminal,19.06,-104.31,\n${PLANT},Planta Guadalajara,plant,20.6736,-103.344,QIN010101AB1\n`,
  );
  await db.asUser(world.host, async (tx) => {
    await tx.query(
      `insert into declarations (id, owner_agency, declared_at, port_locode, origin_country, importer_name, importer_rfc)
       values ('24 16 3456 4000123', 'MX-ANAM', '2024-03-01T10:00:00-06:00', 'MXZLO', 'CN', 'Química Industrial', 'QIN010101AB1')`,
    );
    await tx.query(
      `insert into declaration_lines (id, owner_agency, declaration_id, line_no, declared_at, port_locode, importer_name,
         importer_rfc, container_no, bill_of_lading, consignee_name, consignee_rfc, hs_code, goods_description, cas_number,
         quantity_kg, declared_value_usd, permit_id, destination, verdict, substance_id, list_version)
       values (gen_random_uuid(), 'MX-ANAM', '24 16 3456 4000123', 1, '2024-03-01T10:00:00-06:00', 'MXZLO',
         'Química Industrial', 'QIN010101AB1', 'MSCU1234565', $1, 'Química Industrial', 'QIN010101AB1', '2915.90',
         'cloruro de propionilo', '79-03-8', 10000, 25000, 'COF-2024-001', $2, 'controlled', 'propionyl-chloride', 'test')`,
      [BOL, PLANT],
    );
  });
  return { ...world, regulator, port };
}

let sequence = 0;
/** An ObjectEvent of the consignment (bill of lading and container), at a registered place or a position. */
export function custodyEvent(at: string, bizStep: string, where: string, quantityKg?: number) {
  sequence += 1;
  const place = where.startsWith('geo:')
    ? { readPoint: { id: where } }
    : { readPoint: { id: where }, bizLocation: { id: where } };
  return {
    type: 'ObjectEvent',
    eventID: `urn:uuid:0b5e7a10-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    eventTime: at,
    eventTimeZoneOffset: '-06:00',
    action: 'OBSERVE',
    bizStep,
    epcList: ['urn:epc:id:bic:MSCU1234565'],
    bizTransactionList: [{ type: 'bol', bizTransaction: `urn:epcglobal:cbv:bt:7501234000001:${BOL}` }],
    ...(quantityKg === undefined
      ? {}
      : {
          quantityList: [
            { epcClass: 'urn:epc:class:lgtin:7501234.01234.L1', quantity: quantityKg, uom: 'KGM' },
          ],
        }),
    ...place,
  };
}

export function epcisDocument(events: unknown[]) {
  return {
    '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: '2024-03-05T00:00:00Z',
    epcisBody: { eventList: events },
  };
}

/** The trip: unloaded, departs, on the road, received 7 % short at the licensed plant. */
export function shortTrip() {
  return [
    custodyEvent('2024-03-02T08:00:00-06:00', 'unloading', TERMINAL, 10_010),
    custodyEvent('2024-03-04T06:00:00-06:00', 'departing', TERMINAL, 10_000),
    custodyEvent('2024-03-04T10:00:00-06:00', 'transporting', 'geo:19.9,-103.7'),
    custodyEvent('2024-03-04T13:00:00-06:00', 'receiving', PLANT, 9_300),
  ];
}

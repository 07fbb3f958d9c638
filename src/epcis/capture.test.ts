import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import type { Database } from '../store/database.ts';
import { captureDocument } from './capture.ts';
import { eventsOf } from './normalise.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

const GS1_EXAMPLES = join(import.meta.dirname, '../../fixtures/conformance/epcis/gs1/JSON');

function examples(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? examples(path) : /\.jsonld?$/.test(name) ? [path] : [];
  });
}

function portDocument(events: Record<string, unknown>[]) {
  return {
    '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: '2024-03-05T00:00:00Z',
    epcisBody: { eventList: events },
  };
}

function portEvent(n: number, fields: Record<string, unknown> = {}) {
  return {
    type: 'ObjectEvent',
    eventID: `urn:uuid:6f1c0b7e-0000-4000-8000-${String(n).padStart(12, '0')}`,
    eventTime: `2024-03-0${1 + (n % 8)}T10:00:00Z`,
    eventTimeZoneOffset: '-06:00',
    action: 'OBSERVE',
    bizStep: 'unloading',
    epcList: ['urn:epc:id:bic:MSCU1234565'],
    quantityList: [{ epcClass: 'urn:epc:idpat:sgtin:7501234.000001.*', quantity: 10_000, uom: 'KGM' }],
    bizTransactionList: [{ type: 'bol', bizTransaction: 'urn:epcglobal:cbv:bt:7501234000001:MEDU9876543' }],
    readPoint: { id: 'geo:19.05,-104.3' },
    ...fields,
  };
}

async function operator(db: Database) {
  await makeTwoNationWorld(db);
  return db.asOwner(async (tx) =>
    makeUser(tx, await makeAgency(tx, 'MEX', 'MX-ASIPONA-ZLO'), ['analyst'], 'port-op'),
  );
}

async function countEvents(db: Database): Promise<number> {
  return db.asOwner(async (tx) =>
    Number((await tx.query<{ n: string }>('select count(*) n from epcis_events')).rows[0]!.n),
  );
}

describeEachEngine('EPCIS capture', (getDb) => {
  it('stores every event of the 47 GS1 examples, and nothing more on a second capture', async () => {
    const db = getDb();
    const actor = await operator(db);
    const documents = examples(GS1_EXAMPLES).map(
      (p) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>,
    );
    expect(documents).toHaveLength(47);
    const ids = new Set<string>();
    let total = 0;
    for (const doc of documents) {
      const result = await captureDocument(db, actor, doc);
      total += result.storedCount;
      expect(result.eventCount).toBe(eventsOf(doc).length);
      for (const e of eventsOf(doc)) if (typeof e.eventID === 'string') ids.add(e.eventID);
    }
    expect(total).toBeGreaterThanOrEqual(ids.size);
    expect(await countEvents(db)).toBe(total);
    for (const doc of documents) expect((await captureDocument(db, actor, doc)).storedCount).toBe(0);
    expect(await countEvents(db)).toBe(total);
  });

  it('is idempotent when events are re-sent out of order, with or without eventID', async () => {
    const db = getDb();
    const actor = await operator(db);
    const withoutId = (n: number) => {
      const { eventID: _id, ...rest } = portEvent(n);
      return rest;
    };
    const events = [portEvent(1), portEvent(2), portEvent(3), withoutId(4)];
    expect((await captureDocument(db, actor, portDocument(events))).storedCount).toBe(4);
    const reordered = [withoutId(4), portEvent(3), portEvent(5), portEvent(1)];
    const second = await captureDocument(db, actor, portDocument(reordered));
    expect(second.storedCount).toBe(1);
    expect(second.touched).toEqual({ bols: ['MEDU9876543'], containers: ['MSCU1234565'] });
    expect(await countEvents(db)).toBe(5);
  });

  it('stores nothing from a document with one bad event, naming the event and field', async () => {
    const db = getDb();
    const actor = await operator(db);
    const events = [portEvent(1), portEvent(2, { bizStep: 'teleporting' }), portEvent(3)];
    await expect(captureDocument(db, actor, portDocument(events))).rejects.toMatchObject({
      code: 'EPCIS_INVALID_DOCUMENT',
      details: { field: 'eventList/1/bizStep' },
    });
    expect(await countEvents(db)).toBe(0);
  });

  it('captures the events of an EPCISQueryDocument (import of a query result from elsewhere)', async () => {
    const db = getDb();
    const actor = await operator(db);
    const queryDocument = {
      '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
      type: 'EPCISQueryDocument',
      schemaVersion: '2.0',
      creationDate: '2024-03-05T00:00:00Z',
      epcisBody: {
        queryResults: {
          queryName: 'SimpleEventQuery',
          resultsBody: { eventList: [portEvent(1), portEvent(2)] },
        },
      },
    };
    expect((await captureDocument(db, actor, queryDocument)).storedCount).toBe(2);
  });

  it('keeps the normalised columns and records one audit entry per capture', async () => {
    const db = getDb();
    const actor = await operator(db);
    await captureDocument(db, actor, portDocument([portEvent(1)]));
    const row = await db.asUser(
      actor,
      async (tx) =>
        (
          await tx.query(
            'select bol, container_no, quantity_kg, lat, lon, biz_step, owner_agency from epcis_events',
          )
        ).rows[0],
    );
    expect(row).toEqual({
      bol: 'MEDU9876543',
      container_no: 'MSCU1234565',
      quantity_kg: 10_000,
      lat: 19.05,
      lon: -104.3,
      biz_step: 'unloading',
      owner_agency: 'MX-ASIPONA-ZLO',
    });
    await sequenceAudit(db);
    const audit = await db.asOwner(
      async (tx) =>
        (
          await tx.query<{ n: string }>(
            "select count(*) n from audit_log where action = 'import' and subject_table = 'epcis_events'",
          )
        ).rows[0]!.n,
    );
    expect(Number(audit)).toBe(1);
  });
});

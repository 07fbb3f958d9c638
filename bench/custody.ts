/**
 * Custody benchmark: EPCIS capture throughput (validate + normalise + store, whole documents of
 * 10,000 events, the REST capture limit) into PGlite and into PostgreSQL, then the findings
 * analysis of every consignment over the stored events, extrapolated to 10 M events.
 *   npx tsx bench/custody.ts [--pglite N] [--postgres N]      (events; defaults 50,000 / 300,000)
 * PostgreSQL runs when DATABASE_URL is set, in a scratch database dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { captureDocument } from '../src/epcis/capture.ts';
import { analyseConsignments } from '../src/custody/findings.service.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPglite } from '../src/store/pglite.ts';
import { openPostgres } from '../src/store/postgres.ts';
import type { Database } from '../src/store/database.ts';
import { makeTwoNationWorld } from '../src/testing/factories.ts';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const DOCUMENT_EVENTS = 10_000;
const EVENTS_PER_CONSIGNMENT = 20;

/** A road trip of 20 events per consignment: terminal steps with weights, GPS pings, receipt. */
function* documents(total: number, seed: string) {
  let n = 0;
  while (n < total) {
    const events: Record<string, unknown>[] = [];
    while (events.length < DOCUMENT_EVENTS && n < total) {
      const consignment = Math.floor(n / EVENTS_PER_CONSIGNMENT);
      const step = n % EVENTS_PER_CONSIGNMENT;
      const bol = `BENCH${seed}${String(consignment).padStart(9, '0')}`;
      const t = Date.UTC(2024, 0, 1) + consignment * 600_000 + step * 3_600_000;
      const bizStep =
        step === 0 ? 'unloading' : step === 1 ? 'departing' : step === 19 ? 'receiving' : 'transporting';
      events.push({
        type: 'ObjectEvent',
        eventID: `urn:uuid:${seed.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${String(n).padStart(12, '0')}`,
        eventTime: new Date(t).toISOString(),
        eventTimeZoneOffset: '-06:00',
        action: 'OBSERVE',
        bizStep,
        epcList: [`urn:epc:id:bic:MSCU${String(consignment % 10_000_000).padStart(7, '0')}`],
        bizTransactionList: [{ type: 'bol', bizTransaction: `urn:epcglobal:cbv:bt:7501234000001:${bol}` }],
        readPoint: { id: `geo:${(19.05 + step * 0.08).toFixed(5)},${(-104.3 + step * 0.05).toFixed(5)}` },
        ...(step === 0 || step === 19
          ? {
              quantityList: [
                { epcClass: 'urn:epc:class:lgtin:7501234.01234.L1', quantity: 10_000, uom: 'KGM' },
              ],
            }
          : {}),
      });
      n++;
    }
    yield {
      '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: '2024-01-01T00:00:00Z',
      epcisBody: { eventList: events },
    };
  }
}

async function run(engine: string, db: Database, total: number) {
  const world = await makeTwoNationWorld(db);
  const seed = randomBytes(4).toString('hex');
  let stored = 0;
  const started = performance.now();
  for (const doc of documents(total, seed))
    stored += (await captureDocument(db, world.host, doc)).storedCount;
  const captureSeconds = (performance.now() - started) / 1000;
  const analysisStarted = performance.now();
  const analysis = await analyseConsignments(db, world.host, 'all', { batchSize: 1000 });
  const analysisSeconds = (performance.now() - analysisStarted) / 1000;
  const perEventMs = (analysisSeconds * 1000) / stored;
  console.log(
    `${engine.padEnd(9)} capture ${stored} events in ${captureSeconds.toFixed(1)} s = ${Math.round(stored / captureSeconds)} events/s; ` +
      `findings for ${analysis.consignments} consignments in ${analysisSeconds.toFixed(1)} s ` +
      `(${perEventMs.toFixed(3)} ms/event → 10 M events ≈ ${((perEventMs * 10_000_000) / 60_000).toFixed(1)} min)`,
  );
}

const pgliteEvents = arg('--pglite', 50_000);
if (pgliteEvents > 0) {
  const db = await openPglite();
  await migrate(db);
  await run('pglite', db, pgliteEvents);
  await db.close();
}

const serverUrl = process.env.DATABASE_URL;
const postgresEvents = arg('--postgres', 300_000);
if (serverUrl && postgresEvents > 0) {
  const name = `centinela_bench_custody_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  try {
    await migrate(db);
    await run('postgres', db, postgresEvents);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/**
 * The time to sync a peer's TAXII collection (issue 18: "the time to sync the medium world's releasable records").
 * The source is a running Centinela (`centinela serve`) and a peer token registered there; the receiver is an
 * empty PostgreSQL database this script migrates and seeds with one USA analyst. It reads the collection the way
 * a peer does (objects and manifest, pages of 1,000), then times a full sync and an incremental sync with nothing
 * new, and prints objects per second and the load average. Prints figures; asserts nothing.
 *
 *   npx tsx bench/taxii-sync.ts --from http://127.0.0.1:8091/taxii2/ --token ct_… \
 *     --receiver postgres://postgres@127.0.0.1:5432/taxiisync
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { syncFrom } from '../src/federation/sync.ts';
import { COLLECTION_ID, TAXII_MEDIA_TYPE } from '../src/federation/taxii.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { makeAgency, makeNation, makeUser } from '../src/testing/factories.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    token: { type: 'string' },
    receiver: { type: 'string' },
    page: { type: 'string', default: '1000' },
  },
});
if (!values.from || !values.token || !values.receiver) {
  console.error('usage: bench/taxii-sync.ts --from URL --token T --receiver POSTGRES_URL [--page N]');
  process.exit(2);
}
const from = values.from.endsWith('/') ? values.from : `${values.from}/`;
const pageSize = Number(values.page);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** Every page of a listing of the source's collection, as a peer reads it: requests, objects, time. */
async function readAll(resource: 'objects' | 'manifest') {
  const url = `${from}api/collections/${COLLECTION_ID}/${resource}/`;
  const started = performance.now();
  let next: string | undefined;
  let objects = 0;
  let requests = 0;
  const slowest: number[] = [];
  do {
    const t = performance.now();
    const response = await fetch(`${url}?limit=${pageSize}${next ? `&next=${next}` : ''}`, {
      headers: { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${values.token}` },
    });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { more: boolean; next?: string; objects?: unknown[] };
    slowest.push(performance.now() - t);
    objects += body.objects?.length ?? 0;
    requests++;
    next = body.more ? body.next : undefined;
  } while (next);
  const ms = performance.now() - started;
  slowest.sort((a, b) => b - a);
  console.log(
    `${resource}: ${objects} objects in ${requests} pages, ${(ms / 1000).toFixed(2)} s ` +
      `(${Math.round(objects / (ms / 1000))} objects/s; pages ${Math.round(slowest.at(-1) ?? 0)}–` +
      `${Math.round(slowest[0] ?? 0)} ms), load ${load()}`,
  );
}

const db = openPostgres(values.receiver);
try {
  await migrate(db);
  const actor = await db.asOwner(async (tx) => {
    await makeNation(tx, 'MEX');
    await makeNation(tx, 'USA');
    await makeAgency(tx, 'USA', 'US-DEA');
    return makeUser(tx, 'US-DEA', ['analyst'], `bench-sync-${Date.now()}`);
  });
  console.log(`source ${from}, page ${pageSize}, load ${load()}`);
  await readAll('objects');
  await readAll('manifest');
  for (const [label, full] of [
    ['full sync', true],
    ['incremental sync, nothing new', false],
  ] as const) {
    const started = performance.now();
    const results = await syncFrom(db, actor, { url: from, token: values.token, full, pageSize });
    const s = (performance.now() - started) / 1000;
    const pulled = results.reduce((n, r) => n + r.pulled, 0);
    const imported = results.reduce((n, r) => n + r.import.imported + r.import.updated, 0);
    const skipped = results.reduce((n, r) => n + r.import.skipped, 0);
    console.log(
      `${label}: ${s.toFixed(2)} s, ${pulled} objects pulled (${Math.round(pulled / s)} objects/s), ` +
        `${imported} imported or updated, ${skipped} skipped, load ${load()}`,
    );
  }
} finally {
  await db.close();
}

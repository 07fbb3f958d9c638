/**
 * The cost of one audit chain per reading agency, each entry stored once and linked per reader (0594,
 * docs/DECISIONS.md): how fast the sequencer chains staged entries, how long `audit verify` takes over every
 * chain, and an auditor's verification of its own agency's chain,
 * on a trail of N entries whose markings fall into a few classes as a two-nation installation's do.
 *   nice -n 10 npx tsx bench/audit-chains.ts [--entries 100000] [--batch 2000]
 * PostgreSQL when DATABASE_URL is set (a scratch database from the test template), PGlite otherwise.
 */
import { performance } from 'node:perf_hooks';
import { freshDatabase } from '../src/testing/db.ts';
import { makeAgency, makeNation, makeUser } from '../src/testing/factories.ts';
import type { Marking } from '../src/shared/marking.ts';
import { recordAudit } from '../src/audit/audit.ts';
import { sequenceAudit } from '../src/audit/sequencer.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { chainHeads } from '../src/audit/repository.ts';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const ENTRIES = Number(arg('--entries', '100000'));
const BATCH = Number(arg('--batch', '2000'));
const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';

const db = await freshDatabase(engine);
const people = await db.asOwner(async (tx) => {
  await makeNation(tx, 'MEX');
  await makeNation(tx, 'USA');
  for (const code of ['MX-ANAM', 'MX-CNI', 'MX-COFEPRIS']) await makeAgency(tx, 'MEX', code);
  for (const code of ['US-DEA', 'US-HSI']) await makeAgency(tx, 'USA', code);
  return {
    host: await makeUser(tx, 'MX-ANAM', ['analyst']),
    partner: await makeUser(tx, 'US-DEA', ['analyst']),
    hostAuditor: await makeUser(tx, 'MX-CNI', ['auditor']),
    partnerAuditor: await makeUser(tx, 'US-HSI', ['auditor']),
  };
});
// The markings of a demo-like installation: most host records MEX-only, some released to the USA, a few red;
// the partner's own records.
const markings: Marking[] = [
  { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
  { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
  { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] },
  { ownerAgency: 'MX-ANAM', tlp: 'red', releasableTo: ['MEX'], recipients: [] },
  { ownerAgency: 'US-DEA', tlp: 'amber', releasableTo: ['USA'], recipients: [] },
];

console.log(`${engine}: ${ENTRIES} entries, sequencer batches of ${BATCH}`);
let staged = 0;
let chained = 0;
let sequencing = 0;
const started = performance.now();
while (staged < ENTRIES) {
  // Requests stage entries (one transaction of 500 here, to load fast), the sequencer chains them.
  const n = Math.min(500, ENTRIES - staged);
  const first = staged;
  await db.asUser(people.host, async (tx) => {
    for (let i = 0; i < n; i++) {
      const marking = markings[(first + i) % markings.length]!;
      await recordAudit(tx, people.host, {
        action: 'read',
        table: 'reports',
        ids: [`r${first + i}`],
        markings: [marking],
        detail: { i: first + i },
      });
    }
  });
  staged += n;
  if (staged % 10_000 === 0 || staged === ENTRIES) {
    const t = performance.now();
    chained += await sequenceAudit(db, BATCH);
    sequencing += performance.now() - t;
  }
}
const loading = (performance.now() - started) / 1000;
console.log(
  `staged and chained ${chained} entries in ${loading.toFixed(1)} s; the sequencer alone: ${(sequencing / 1000).toFixed(1)} s = ${Math.round(chained / (sequencing / 1000))} entries/s`,
);
const heads = await db.asOwner(chainHeads);
console.log(`chains: ${heads.map((h) => `${h.chain} (${h.seq})`).join(', ')}`);

let t = performance.now();
const all = await verifyAuditChain((work) => db.asOwner(work));
const verifying = (performance.now() - t) / 1000;
console.log(
  `verify every chain (operator): ${all.entries} entries in ${verifying.toFixed(1)} s = ${Math.round(all.entries / verifying)} entries/s, broken: ${JSON.stringify(all.broken)}`,
);
for (const [who, auditor] of [
  ['host auditor (MX-CNI)', people.hostAuditor],
  ['partner auditor (US-HSI)', people.partnerAuditor],
] as const) {
  t = performance.now();
  const chains = (await db.asUser(auditor, chainHeads)).map((h) => h.chain);
  const own = await verifyAuditChain((work) => db.asOwner(work), { chains });
  console.log(
    `verify as ${who}: ${chains.length} chains, ${own.entries} entries in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}
await db.close();

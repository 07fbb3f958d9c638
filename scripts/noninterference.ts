/**
 * The noninterference property over many more worlds than CI runs (docs/SHARING.md "The
 * noninterference test"): `npx tsx scripts/noninterference.ts --runs 200 [--seed N] [--size 4]`.
 * Uses PostgreSQL when DATABASE_URL is set, PGlite otherwise. Prints every route that differs from
 * the reduced world and is not in KNOWN_LEAKS, with fast-check's shrunk world, and a tally per route.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { sharedScreener } from '../src/screening/shared-screener.ts';
import { checkWorld, formatLeaks } from '../src/sharing/noninterference.ts';
import { KNOWN_LEAKS } from '../src/sharing/known-leaks.ts';
import { worldArbitrary } from '../src/sharing/world.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    seed: { type: 'string' },
    size: { type: 'string', default: '4' },
    all: { type: 'boolean', default: false },
  },
});
const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const screener = await sharedScreener();
const tally = new Map<string, number>();
const started = performance.now();
let worlds = 0;
const result = await fc.check(
  fc.asyncProperty(worldArbitrary(Number(values.size)), async (spec) => {
    worlds++;
    const leaks = await checkWorld(engine, spec, screener);
    for (const route of new Set(leaks.map((l) => l.route))) tally.set(route, (tally.get(route) ?? 0) + 1);
    const unexpected = values.all ? leaks : leaks.filter((l) => !KNOWN_LEAKS.has(l.route));
    if (unexpected.length > 0) throw new Error(formatLeaks(unexpected));
  }),
  { numRuns: Number(values.runs), ...(values.seed ? { seed: Number(values.seed) } : {}) },
);
console.log(
  `${engine}: ${worlds} worlds (with shrinking) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log('worlds in which each route differed:');
for (const [route, count] of [...tally].sort((a, b) => b[1] - a[1]))
  console.log(
    `  ${String(count).padStart(4)}  ${route}${KNOWN_LEAKS.has(route) ? `  (known: ${KNOWN_LEAKS.get(route)})` : ''}`,
  );
if (result.failed) {
  console.log(fc.defaultReportMessage(result));
  process.exitCode = 1;
} else console.log('no leak outside KNOWN_LEAKS');

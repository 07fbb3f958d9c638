/**
 * Noninterference (issue 11, docs/SHARING.md "The noninterference test"): for the fixed worlds (FIXED_WORLDS) and
 * random worlds, and every user U, everything U observes — every GET route of the OpenAPI document and every
 * `--format jsonl` command — is what U would observe of a world holding only the records U may see, after the same
 * derivations. Routes listed in KNOWN_LEAKS are the leaks not fixed yet: exactly those may differ, and each of them
 * must still differ in the fixed worlds (so a fixed route has to leave the table).
 *
 * The worlds are independent, so the check is split into four test files (fixed and random worlds, each engine):
 * vitest runs files, not tests, in parallel, and the whole check in one file was the last file still running, alone,
 * for most of the suite's time. More worlds: `npx tsx scripts/noninterference.ts --runs 200`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENGINES } from '../testing/db.ts';
import type { Engine } from '../store/database.ts';
import { sharedScreener } from '../screening/shared-screener.ts';
import type { Screener } from '../screening/screen-line.ts';
import { checkWorld, formatLeaks, type Leak } from './noninterference.ts';
import { KNOWN_LEAKS } from './known-leaks.ts';
import { FIXED_WORLDS } from './fixed-worlds.ts';
import { worldArbitrary, type WorldSpec } from './world.ts';

/** Random worlds per engine in CI; the script runs many more. */
const RUNS = Number(process.env.NONINTERFERENCE_RUNS ?? 2);
/**
 * Shrinking a failing world costs a full check per attempt: CI reports the world that failed, with its
 * seed and path; NONINTERFERENCE_SHRINK=1 (or the script) shrinks it to a minimal one.
 */
const SHRINK = Boolean(process.env.NONINTERFERENCE_SHRINK);

/** A world's leaks outside KNOWN_LEAKS fail the property; every leak found is added to `differed`. */
async function checkAllowed(
  engine: Engine,
  spec: WorldSpec,
  screener: Screener,
  differed: Set<string>,
): Promise<void> {
  const leaks: Leak[] = await checkWorld(engine, spec, screener);
  for (const leak of leaks) differed.add(leak.route);
  const unexpected = leaks.filter((leak) => !KNOWN_LEAKS.has(leak.route));
  if (unexpected.length > 0)
    throw new Error(`routes that depend on records the user may not see:\n${formatLeaks(unexpected)}`);
}

/** The check on `engine` (skipped when the engine is not configured) of the fixed worlds or of RUNS random ones. */
export function describeNoninterference(engine: Engine, worlds: 'fixed' | 'random'): void {
  let screener: Screener;
  beforeAll(async () => {
    screener = await sharedScreener();
  });

  describe.skipIf(!ENGINES.includes(engine))(`noninterference, ${worlds} worlds [${engine}]`, () => {
    if (worlds === 'fixed')
      it(
        'every user observes each fixed world as the world of only what it may see, but for KNOWN_LEAKS',
        async () => {
          const differed = new Set<string>();
          // fast-check runs the examples, and only them
          await fc.assert(
            fc.asyncProperty(worldArbitrary(3), (spec) => checkAllowed(engine, spec, screener, differed)),
            {
              numRuns: FIXED_WORLDS.length,
              examples: FIXED_WORLDS.map((world) => [world] as [WorldSpec]),
              endOnFailure: !SHRINK,
            },
          );
          // A route fixed since the table was written: remove it from KNOWN_LEAKS.
          const fixed = [...KNOWN_LEAKS.keys()].filter((route) => !differed.has(route));
          expect(fixed, 'KNOWN_LEAKS entries that no longer differ in FIXED_WORLDS').toEqual([]);
        },
        20 * 60_000,
      );
    else
      it.skipIf(RUNS === 0)(
        'every user observes each random world as the world of only what it may see, but for KNOWN_LEAKS',
        async () => {
          const differed = new Set<string>();
          await fc.assert(
            fc.asyncProperty(worldArbitrary(3), (spec) => checkAllowed(engine, spec, screener, differed)),
            { numRuns: RUNS, endOnFailure: !SHRINK },
          );
          expect([...differed].every((route) => KNOWN_LEAKS.has(route))).toBe(true);
        },
        20 * 60_000,
      );
  });
}

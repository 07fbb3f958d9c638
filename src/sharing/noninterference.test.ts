/**
 * Noninterference (issue 11, docs/SHARING.md "The noninterference test"): for random worlds and every
 * user U, everything U observes — every GET route of the OpenAPI document and every `--format jsonl`
 * command — is what U would observe of a world holding only the records U may see, after the same
 * derivations. Routes listed in KNOWN_LEAKS are the leaks not fixed yet: exactly those may differ,
 * and each of them must still differ in the fixed worlds (FIXED_WORLDS) (so a fixed route has to leave the table).
 * More worlds: `npx tsx scripts/noninterference.ts --runs 200`.
 */
import { beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEachEngine } from '../testing/db.ts';
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

let screener: Screener;
beforeAll(async () => {
  screener = await sharedScreener();
});

describeEachEngine('noninterference', (_getDb, engine) => {
  it(
    'every user observes the full world as the world of only what it may see, but for KNOWN_LEAKS',
    async () => {
      const differed = new Set<string>();
      const inFixedWorld = new Set<string>();
      let run = 0;
      await fc.assert(
        fc.asyncProperty(worldArbitrary(3), async (spec) => {
          const leaks: Leak[] = await checkWorld(engine, spec, screener);
          for (const leak of leaks) differed.add(leak.route);
          // fast-check runs the examples first
          if (run++ < FIXED_WORLDS.length) for (const leak of leaks) inFixedWorld.add(leak.route);
          const unexpected = leaks.filter((leak) => !KNOWN_LEAKS.has(leak.route));
          if (unexpected.length > 0)
            throw new Error(
              `routes that depend on records the user may not see:\n${formatLeaks(unexpected)}`,
            );
        }),
        {
          numRuns: RUNS + FIXED_WORLDS.length,
          examples: FIXED_WORLDS.map((world) => [world] as [WorldSpec]),
          endOnFailure: !SHRINK,
        },
      );
      // A route fixed since the table was written: remove it from KNOWN_LEAKS.
      const fixed = [...KNOWN_LEAKS.keys()].filter((route) => !inFixedWorld.has(route));
      expect(fixed, 'KNOWN_LEAKS entries that no longer differ in FIXED_WORLDS').toEqual([]);
      expect([...differed].every((route) => KNOWN_LEAKS.has(route))).toBe(true);
    },
    20 * 60_000,
  );
});

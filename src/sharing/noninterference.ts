/**
 * The noninterference check of one world (docs/SHARING.md "The noninterference test"): build the full
 * world, then for every user U build the reduced world (only the contributed records U may see, then
 * the same derivations) and compare, canonicalised, everything U observes of each: every GET route of
 * the OpenAPI document and every `--format jsonl` command.
 */
import type { Database, Engine } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { freshDatabase } from '../testing/db.ts';
import type { Screener } from '../screening/screen-line.ts';
import { Canonicaliser, firstDifference, type Difference } from './canonical.ts';
import { listedValues, observeCli, observeUser, PARAMETER_KEYS, type Observation } from './observe.ts';
import { copyInto, DERIVED_TABLES, emptyDatabase, markedTables, visibleContributions } from './reduce.ts';
import { buildWorld, derive, type WorldSpec } from './world.ts';

/** Hidden ids probed per detail route and user (from what other users' lists gave). */
const HIDDEN_PROBES = 3;

export interface Leak {
  user: string;
  route: string;
  difference: Difference;
}

export const describeUser = (u: Actor) => `${u.username} (${u.agency}, ${u.nation}, ${u.roles.join('+')})`;

/**
 * Observations grouped per route, each route canonicalised on its own in the order its answers came
 * (so that a difference in one route does not renumber the ids of the next).
 */
function canonicalByRoute(observations: Observation[], generatedSince: number): Map<string, unknown[]> {
  const byRoute = new Map<string, { canonical: Canonicaliser; answers: unknown[] }>();
  for (const o of observations) {
    const route = byRoute.get(o.route) ?? { canonical: new Canonicaliser(generatedSince), answers: [] };
    route.answers.push(route.canonical.value({ probe: o.probe, answer: o.answer }));
    byRoute.set(o.route, route);
  }
  return new Map([...byRoute].map(([route, { answers }]) => [route, answers]));
}

export function compare(
  user: Actor,
  full: Observation[],
  reduced: Observation[],
  generatedSince: number,
): Leak[] {
  const a = canonicalByRoute(full, generatedSince);
  const b = canonicalByRoute(reduced, generatedSince);
  const leaks: Leak[] = [];
  for (const route of new Set([...a.keys(), ...b.keys()])) {
    const difference = firstDifference(a.get(route) ?? [], b.get(route) ?? []);
    if (difference) leaks.push({ user: describeUser(user), route, difference });
  }
  return leaks;
}

/**
 * Values of a path parameter other than `id` as contributed records hold them (a capture id, a bill of
 * lading): probed for every user, so a route no list feeds (`/api/epcis/capture/{captureID}`) is probed
 * with ids that exist in the full world, visible to the user or not. Contributed records keep their
 * ids in the reduced world, so both worlds must answer alike.
 */
async function storedKeys(full: Database, routes: Iterable<string>): Promise<Map<string, string[]>> {
  return full.asOwner(async (tx) => {
    const contributed = (await markedTables(tx)).filter((t) => !DERIVED_TABLES.has(t));
    const byRoute = new Map<string, string[]>();
    for (const route of routes) {
      const parameter = /\{([^}]+)\}/.exec(route)?.[1];
      if (!parameter || parameter === 'id') continue;
      const columns = [parameter, ...(PARAMETER_KEYS[parameter] ?? [])];
      const { rows } = await tx.query<{ table: string; column: string }>(
        `select table_name as table, column_name as column from information_schema.columns
          where table_schema = current_schema() and table_name = any ($1) and column_name = any ($2)
          order by table_name, column_name`,
        [contributed, columns],
      );
      const values: string[] = [];
      for (const { table, column } of rows) {
        const found = await tx.query<{ v: string }>(
          `select distinct "${column}"::text as v from "${table}" where "${column}" is not null order by 1 limit ${HIDDEN_PROBES}`,
        );
        for (const { v } of found.rows) if (!values.includes(v)) values.push(v);
      }
      byRoute.set(route, values.slice(0, HIDDEN_PROBES));
    }
    return byRoute;
  });
}

/** Builds the world on `engine` and returns every route (or command) a user observes differently. */
export async function checkWorld(engine: Engine, spec: WorldSpec, screener: Screener): Promise<Leak[]> {
  const generatedSince = Date.now() - 1000;
  const full = await freshDatabase(engine);
  try {
    const world = await buildWorld(full, spec, screener);
    // A first look at every user's lists gives the ids to probe as other users (what they must not learn of): the
    // lists alone, not every route (each user observes everything below, after the others' first looks).
    const listedBy = await listedValues(full, world.users);
    const stored = await storedKeys(full, [...listedBy.values()][0]?.keys() ?? []);
    const hidden = new Map<Actor, Map<string, string[]>>();
    for (const user of world.users) {
      const probes = new Map<string, string[]>();
      const own = listedBy.get(user)!;
      for (const [other, listed] of listedBy) {
        if (other === user) continue;
        for (const [route, values] of listed) {
          const list = probes.get(route) ?? [];
          for (const v of values) if (!own.get(route)?.includes(v) && !list.includes(v)) list.push(v);
          probes.set(route, list);
        }
      }
      for (const [route, list] of probes) probes.set(route, list.slice(0, HIDDEN_PROBES));
      for (const [route, values] of stored)
        for (const value of values)
          if (!own.get(route)?.includes(value)) probes.set(route, [...(probes.get(route) ?? []), value]);
      hidden.set(user, probes);
    }
    // Then each user in turn: what it may see of the full world just before it observes it (observing adds
    // audit entries — its reads, and other users' before — so the reduced world starts from the same trail),
    // then everything it observes of the full world.
    const contributions = new Map<Actor, Map<string, Record<string, unknown>[]>>();
    const fullObservations = new Map<Actor, Observation[]>();
    for (const user of world.users) {
      contributions.set(user, await visibleContributions(full, user));
      fullObservations.set(user, [
        ...(await observeUser(full, user, hidden.get(user)!)),
        ...(await observeCli(full, user)),
      ]);
    }

    // A derivation that fails on the full world fails for everyone: reported once, as the system.
    const leaks: Leak[] = [...(world.failures ?? new Map<string, string>())].map(([name, message]) => ({
      user: 'the system (full world)',
      route: `derivation: ${name}`,
      difference: { path: '$', full: message, reduced: null },
    }));
    const reduced = await freshDatabase(engine);
    try {
      for (const user of world.users) {
        await emptyDatabase(reduced);
        await copyInto(reduced, contributions.get(user)!);
        const failures = await derive(reduced, world);
        for (const [name, full] of world.failures ?? new Map<string, string>())
          if (failures.get(name) !== full)
            leaks.push({
              user: describeUser(user),
              route: `derivation: ${name}`,
              difference: { path: '$', full, reduced: failures.get(name) ?? 'ran' },
            });
        for (const [name, reducedFailure] of failures)
          if (!world.failures?.has(name))
            leaks.push({
              user: describeUser(user),
              route: `derivation: ${name}`,
              difference: { path: '$', full: 'ran', reduced: reducedFailure },
            });
        const observations = [
          ...(await observeUser(reduced, user, hidden.get(user)!)),
          ...(await observeCli(reduced, user)),
        ];
        leaks.push(...compare(user, fullObservations.get(user)!, observations, generatedSince));
      }
    } finally {
      await reduced.close();
    }
    return leaks;
  } finally {
    await full.close();
  }
}

/** A readable account of leaks: user, route, first differing path, and both values. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map(
      (l) =>
        `${l.route} as ${l.user}\n  at ${l.difference.path}\n  full:    ${JSON.stringify(l.difference.full)}\n  reduced: ${JSON.stringify(l.difference.reduced)}`,
    )
    .join('\n');
}

/**
 * What a user observes of a database: the answer of every GET route of the OpenAPI document the app
 * generates (path parameters filled from ids found in the user's own list outputs, plus probes of
 * ids other users saw and of an unknown id), and the output of every CLI command that offers
 * `--format jsonl`. Routes and commands are enumerated, never listed, so a new one is covered.
 */
import { Command } from 'commander';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import type { App } from '../http/types.ts';
import { buildApp } from '../app/http-app.ts';
import { makeSession } from '../testing/factories.ts';
import { registerCapabilityCommands } from '../app/capability-commands.ts';
import { cliContextOver } from '../testing/cli-context.ts';
import { AppError } from '../errors/app-error.ts';

/** One answer: `route` is the OpenAPI path template or the CLI command, `probe` the parameter used. */
export interface Observation {
  route: string;
  probe: string | null;
  answer: unknown;
}

/** A path parameter's value may be found under these keys of list outputs (besides its own name). */
export const PARAMETER_KEYS: Record<string, readonly string[]> = {
  bol: ['billOfLading', 'bill_of_lading', 'bol'],
  locode: ['portLocode', 'port_locode', 'port', 'locode'],
  captureID: ['captureId', 'capture_id', 'captureID'],
  collectionId: ['id'],
};

/** An id no world ever holds: every route must answer for it as for any unknown id. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead';
/** Detail routes probed with at most this many ids each from the user's lists. */
const MAX_LISTED_PROBES = 6;

export interface GetRoute {
  template: string;
  parameters: string[];
  /** Query strings besides the defaults: each value (or example) of each parameter, and a second page. */
  variants: string[];
}

interface QueryParameter {
  name: string;
  in: string;
  schema?: { enum?: unknown[] };
  /** OpenAPI's named examples of the parameter (zod's `.meta({ examples })`). */
  examples?: Record<string, { value?: unknown }>;
}

function variantsOf(parameters: readonly QueryParameter[]): string[] {
  const query = parameters.filter((p) => p.in === 'query');
  // a parameter's examples are asked too: the search box answers nothing without its text
  const variants = query.flatMap((p) =>
    [...(p.schema?.enum ?? []), ...Object.values(p.examples ?? {}).map((e) => e.value)].map(
      (value) => `${p.name}=${encodeURIComponent(String(value))}`,
    ),
  );
  const names = new Set(query.map((p) => p.name));
  if (names.has('limit') && names.has('offset')) variants.push('limit=1&offset=1');
  return variants;
}

/** The GET routes of the app's OpenAPI document. */
export function getRoutes(app: App): GetRoute[] {
  const document = app.swagger() as {
    paths: Record<string, Record<string, { parameters?: QueryParameter[] }>>;
  };
  return Object.entries(document.paths)
    .filter(([, methods]) => 'get' in methods)
    .map(([template, methods]) => ({
      template,
      parameters: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
      variants: variantsOf(methods.get!.parameters ?? []),
    }));
}

function collect(value: unknown, keys: readonly string[], into: string[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, keys, into);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (keys.includes(k) && (typeof v === 'string' || typeof v === 'number')) into.push(String(v));
      else collect(v, keys, into);
    }
}

/** `id` values of the items of a list output (a top-level array, or arrays of a top-level object). */
function listedIds(body: unknown): string[] {
  const arrays = Array.isArray(body)
    ? [body]
    : body !== null && typeof body === 'object'
      ? Object.values(body).filter(Array.isArray)
      : [];
  return arrays.flatMap((a: unknown[]) =>
    a.flatMap((item) =>
      item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
        ? [item.id]
        : [],
    ),
  );
}

/**
 * Candidate values of a route's path parameter, in order of first appearance in the list outputs:
 * `id` from the items of the list route it extends (`/api/findings` for `/api/findings/{id}`); any
 * other parameter from the list routes of the same first segment, or else from every list route. The
 * audit trail is never a source: it is a log that names every subject of every action, not a list of
 * records (and what it shows is compared on its own).
 */
export function candidates(route: GetRoute, lists: Map<string, unknown>): string[] {
  const parameter = route.parameters[0]!;
  const found: string[] = [];
  if (parameter === 'id') {
    const prefix = route.template.slice(0, route.template.indexOf('/{'));
    if (lists.has(prefix)) found.push(...listedIds(lists.get(prefix)));
  } else {
    const keys = [parameter, ...(PARAMETER_KEYS[parameter] ?? [])];
    const segment = (template: string) => template.split('/')[2];
    const sources = [...lists.keys()].filter((t) => !t.startsWith('/api/audit'));
    const sameSegment = sources.filter((t) => segment(t) === segment(route.template));
    for (const source of sameSegment.length > 0 ? sameSegment : sources)
      collect(lists.get(source), keys, found);
  }
  return [...new Set(found)];
}

const fill = (route: GetRoute, value: string) =>
  route.template.replace(`{${route.parameters[0]}}`, encodeURIComponent(value));

/** The TAXII routes answer only requests that accept their media type (TAXII 2.1). */
const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

async function answer(app: App, url: string, token: string): Promise<unknown> {
  const headers = {
    authorization: `Bearer ${token}`,
    ...(url.startsWith('/taxii2/') ? { accept: TAXII_ACCEPT } : {}),
  };
  const response = await app.inject({ method: 'GET', url, headers });
  let body: unknown = response.body;
  try {
    body = JSON.parse(response.body);
  } catch {
    // not JSON: compared as text
  }
  return { status: response.statusCode, body };
}

export interface RouteObservations {
  observations: Observation[];
  /** Per parameterised route, every value the user's lists gave (the first few are probed). */
  listed: Map<string, string[]>;
}

/**
 * An app over `db` for `work`: built once per database and user (or once for the first look of all users), not
 * once per kind of observation. It holds no record (the database does), so what it answers is the same either way.
 */
async function withApp<T>(db: Database, work: (app: App) => Promise<T>): Promise<T> {
  const app = await buildApp({ db, webRoot: '/nonexistent' });
  await app.ready();
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** Per parameterised route, every value the lists gave (in order of first appearance). */
function listedBy(routes: readonly GetRoute[], lists: Map<string, unknown>): Map<string, string[]> {
  return new Map(
    routes.filter((r) => r.parameters.length > 0).map((route) => [route.template, candidates(route, lists)]),
  );
}

/** Every GET route as the token's user: the lists, then each detail route for the ids they gave and an unknown id. */
async function routeObservations(app: App, token: string): Promise<RouteObservations> {
  const routes = getRoutes(app);
  const observations: Observation[] = [];
  const lists = new Map<string, unknown>();
  for (const route of routes.filter((r) => r.parameters.length === 0)) {
    const result = await answer(app, route.template, token);
    lists.set(route.template, (result as { body: unknown }).body);
    observations.push({ route: route.template, probe: null, answer: result });
    for (const query of route.variants)
      observations.push({
        route: route.template,
        probe: `?${query}`,
        answer: await answer(app, `${route.template}?${query}`, token),
      });
  }
  const listed = listedBy(routes, lists);
  for (const route of routes.filter((r) => r.parameters.length > 0))
    for (const value of [...listed.get(route.template)!.slice(0, MAX_LISTED_PROBES), UNKNOWN_ID])
      observations.push({
        route: route.template,
        probe: value,
        answer: await answer(app, fill(route, value), token),
      });
  return { observations, listed };
}

/**
 * What routeObservations gives as `listed`, from the lists alone (no query variant, no detail route), for each user in
 * turn on one app: the values other users may then be probed with. About a third of the requests of routeObservations.
 */
export function listedValues(
  db: Database,
  users: readonly Actor[],
): Promise<Map<Actor, Map<string, string[]>>> {
  return withApp(db, async (app) => {
    const routes = getRoutes(app);
    const byUser = new Map<Actor, Map<string, string[]>>();
    for (const user of users) {
      const token = await makeSession(db, user);
      const lists = new Map<string, unknown>();
      for (const route of routes.filter((r) => r.parameters.length === 0))
        lists.set(route.template, ((await answer(app, route.template, token)) as { body: unknown }).body);
      byUser.set(user, listedBy(routes, lists));
    }
    return byUser;
  });
}

/**
 * Detail routes as the token's user for values other users' lists gave: on the full world they may name records
 * the user may not see, and must answer exactly as unknown ids do (on the reduced world they are unknown).
 */
async function probeObservations(
  app: App,
  token: string,
  probes: Map<string, string[]>,
): Promise<Observation[]> {
  const observations: Observation[] = [];
  for (const route of getRoutes(app).filter((r) => r.parameters.length > 0))
    for (const value of probes.get(route.template) ?? [])
      observations.push({
        route: route.template,
        probe: value,
        answer: await answer(app, fill(route, value), token),
      });
  return observations;
}

/** Everything `user` observes over the app: every GET route (routeObservations), then the probes, on one app. */
export function observeUser(
  db: Database,
  user: Actor,
  probes: Map<string, string[]>,
): Promise<Observation[]> {
  return withApp(db, async (app) => {
    const token = await makeSession(db, user);
    return [
      ...(await routeObservations(app, token)).observations,
      ...(await probeObservations(app, token, probes)),
    ];
  });
}

interface CliCommand {
  path: string[];
}

/** Commands (at any depth) that print `--format jsonl` and take no argument. */
export function jsonlCommands(program: Command, path: string[] = []): CliCommand[] {
  return program.commands.flatMap((command) => {
    const here = [...path, command.name()];
    const format = command.options.find((o) => o.long === '--format');
    const own =
      format?.argChoices?.includes('jsonl') && command.registeredArguments.every((a) => !a.required)
        ? [{ path: here }]
        : [];
    return [...own, ...jsonlCommands(command, here)];
  });
}

/** A line of output: its JSON value, or its text when it is not JSON (a command that printed help). */
function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return line;
  }
}

/** The output of every `--format jsonl` command, run as `user` against `db` (one JSON value a line). */
export async function observeCli(db: Database, user: Actor): Promise<Observation[]> {
  const context = cliContextOver(db, user);
  const enumerate = new Command();
  registerCapabilityCommands(enumerate, context);
  const observations: Observation[] = [];
  for (const { path } of jsonlCommands(enumerate)) {
    const program = new Command().exitOverride();
    registerCapabilityCommands(program, context);
    const written: string[] = [];
    const write = process.stdout.write;
    const log = console.log;
    // The stand-in calls a write's callback as a stream would: a command that awaits its writes (a pipeline
    // to stdout, as the audit export does) would otherwise wait forever.
    process.stdout.write = (chunk: unknown, encoding?: unknown, callback?: unknown) => {
      written.push(String(chunk));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    };
    console.log = (...values: unknown[]) => written.push(`${values.map(String).join(' ')}\n`);
    let error: string | null = null;
    try {
      await program.parseAsync([...path, '--format', 'jsonl'], { from: 'user' });
    } catch (caught) {
      if (!(caught instanceof AppError)) throw caught;
      error = caught.code;
    } finally {
      process.stdout.write = write;
      console.log = log;
    }
    const lines = written
      .join('')
      .split('\n')
      .filter((line) => line.length > 0);
    observations.push({
      route: `centinela ${path.join(' ')} --format jsonl`,
      probe: null,
      answer: { error, lines: lines.map(parseLine) },
    });
  }
  return observations;
}

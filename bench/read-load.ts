/**
 * Mixed read load (issue 14): host and partner users on eight list and detail routes, at a fixed rate, on a
 * server already running on this machine (loopback only). Prints latency percentiles, throughput and errors.
 *
 * Usage:
 *   centinela --database-url postgres://postgres@127.0.0.1:5432/DB demo --port 8090   # loads the small world
 *   npx tsx bench/read-load.ts --url http://127.0.0.1:8090 [--rate 200] [--seconds 60] [--connections 32]
 *   npx tsx bench/read-load.ts --url … --per-route [--repeat 15]   # one request at a time: each route's latency
 *   [--full-entities]   # an entity's detail as one request of every record and link (the mix measured before 2026-12-07)
 * Bounded: at most 600 s at 1,000 req/s; refuses any host that is not loopback.
 */
import autocannon from 'autocannon';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const url = new URL(arg('url', 'http://127.0.0.1:8080'));
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  throw new Error(`loopback only: ${url.hostname}`);
}
const rate = Math.min(Number(arg('rate', '200')), 1_000);
const seconds = Math.min(Number(arg('seconds', '60')), 600);
const connections = Math.min(Number(arg('connections', '32')), 256);
const password = arg('password', 'centinela-demo');
const users = arg('users', 'analista,advisor').split(',');
const fullEntities = process.argv.includes('--full-entities');

async function login(username: string): Promise<string> {
  const response = await fetch(new URL('/api/auth/login', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url.origin },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

async function getJson<T>(token: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, url), { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Eight routes per user: four lists and a detail page of something each list returned. */
async function routesFor(username: string): Promise<{ path: string; token: string; name: string }[]> {
  const token = await login(username);
  const alerts = await getJson<{ items: { id: string }[] }>(token, '/api/alerts?limit=50');
  const consignments = await getJson<{ items: { billOfLading: string }[] }>(
    token,
    '/api/consignments?limit=50',
  );
  const findings = await getJson<{ items: { id: string }[] }>(token, '/api/findings?limit=50');
  const entities = await getJson<{ items: { id: string }[] }>(token, '/api/entities?limit=50');
  const pick = <T>(items: T[], i: number) => items[i % Math.max(items.length, 1)];
  const routes = [
    { name: 'alerts', path: '/api/alerts?limit=50' },
    { name: 'consignments', path: '/api/consignments?limit=50' },
    { name: 'findings', path: '/api/findings?limit=50' },
    { name: 'entities', path: '/api/entities?limit=50' },
  ];
  for (let i = 0; i < 4; i++) {
    const alert = pick(alerts.items, i);
    const bol = pick(consignments.items, i);
    const finding = pick(findings.items, i);
    const entity = pick(entities.items, i);
    if (alert) routes.push({ name: 'alert', path: `/api/alerts/${alert.id}` });
    if (bol)
      routes.push({ name: 'consignment', path: `/api/consignments/${encodeURIComponent(bol.billOfLading)}` });
    if (finding) routes.push({ name: 'finding', path: `/api/findings/${finding.id}` });
    // An entity's page as the web app opens it: its summary (its records come a page of groups at a time, when
    // asked for). --full-entities: every record and link in one answer, the request measured before 2026-12-07.
    if (entity)
      routes.push({
        name: 'entity',
        path: `/api/entities/${entity.id}${fullEntities ? '' : '?records=none'}`,
      });
  }
  return routes.map((r) => ({ ...r, token, name: `${username} ${r.name}` }));
}

const all = (await Promise.all(users.map(routesFor))).flat();

/** One request at a time, each route `repeat` times: where a request's time goes before load is added. */
async function perRoute(repeat: number): Promise<void> {
  const byName = new Map<string, number[]>();
  for (let i = 0; i < repeat; i++) {
    for (const route of all) {
      const start = performance.now();
      const response = await fetch(new URL(route.path, url), {
        headers: { authorization: `Bearer ${route.token}` },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${route.path}: ${response.status}`);
      const times = byName.get(route.name) ?? [];
      times.push(performance.now() - start);
      byName.set(route.name, times);
    }
  }
  for (const [name, times] of [...byName].sort()) {
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(
      `${name.padEnd(28)} p50 ${at(0.5).padStart(7)} ms   p90 ${at(0.9).padStart(7)} ms   n ${times.length}`,
    );
  }
}
if (process.argv.includes('--per-route')) {
  await perRoute(Number(arg('repeat', '15')));
  process.exit(0);
}
// Interleave: consecutive requests alternate routes and users.
const requests = all
  .map((r, i) => ({ r, key: (i * 7919) % all.length }))
  .sort((a, b) => a.key - b.key)
  .map(({ r }) => ({
    method: 'GET' as const,
    path: r.path,
    headers: { authorization: `Bearer ${r.token}` },
  }));
console.log(
  `${url.origin}: ${requests.length} request kinds (${users.join(', ')}), ${rate} req/s for ${seconds} s, ${connections} connections`,
);

const result = await autocannon({
  url: url.origin,
  connections,
  overallRate: rate,
  // no `amount`: autocannon would then ignore the duration and run on until that many answers came back
  duration: seconds,
  requests,
  timeout: 10,
});
const l = result.latency;
console.log(
  JSON.stringify(
    {
      requests: result.requests.total,
      throughput: Math.round(result.requests.average),
      p50: l.p50,
      p90: l.p90,
      p99: l.p99,
      max: l.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    },
    null,
    1,
  ),
);

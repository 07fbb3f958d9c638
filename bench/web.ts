/**
 * Web benchmark (browser performance API, headless chromium): on the medium world,
 *  - the alert queue's first page on screen, measured from navigation start (goal < 1 s);
 *  - the map drawing every track of a port, from the request to MapLibre's `idle` (goal < 2 s).
 * Usage: npm run build && npx tsx bench/web.ts [--port-locode MXZLO] [--runs 3] [--user analista] [--url URL]
 * --url times a server already running (e.g. `centinela serve --database-url …` on a world loaded through the
 * CLI), instead of starting `centinela demo`.
 * Env: CENTINELA_E2E_SIZE (default medium) is passed to `centinela demo --size` when the demo supports it.
 */
import { launchBrowser, loginThroughUi, newPage, startServer } from '../e2e/harness.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const portLocode = arg('port-locode', 'MXZLO');
/** The demo user to time as: `advisor` (the partner) sees a released subset, partly drawn live. */
const username = arg('user', 'analista');
const runs = Number(arg('runs', '3'));
process.env.CENTINELA_E2E_SIZE ??= 'medium';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const externalUrl = arg('url', '');
const started = Date.now();
const server = externalUrl ? null : await startServer();
const baseUrl = server?.url ?? externalUrl;
console.log(`server ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${baseUrl})`);
const browser = await launchBrowser();
try {
  const { context, page } = await newPage(browser);
  await loginThroughUi(page, baseUrl, username);
  const queueTimes: number[] = [];
  const mapTimes: number[] = [];
  const loadTimes: number[] = [];
  let rows = 0;
  let tracks = 0;
  let queueAvailable = true;
  for (let run = 0; run < runs; run++) {
    await page.goto(`${baseUrl}/?run=${run}#/alerts`);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('alerts:first-page').length > 0 ||
        document.querySelector('.state-error'),
      null,
      { timeout: 60_000 },
    );
    const queue = await page.evaluate(() => {
      const mark = performance.getEntriesByName('alerts:first-page')[0] as PerformanceMark | undefined;
      return { ms: mark?.startTime ?? NaN, rows: document.querySelectorAll('tr[data-alert-id]').length };
    });
    if (Number.isNaN(queue.ms)) queueAvailable = false;
    queueTimes.push(queue.ms);
    rows = queue.rows;

    await page.goto(`${baseUrl}/?run=${run}#/map?port=${portLocode}`);
    await page.waitForFunction(
      () => window.__centinelaMap !== undefined || document.querySelector('.state-error'),
      null,
      { timeout: 120_000 },
    );
    const map = await page.evaluate(() => window.__centinelaMap ?? { drawMs: NaN, loadMs: NaN, tracks: 0 });
    loadTimes.push(map.loadMs);
    mapTimes.push(map.drawMs);
    tracks = map.tracks;
  }
  await context.close();
  const queueMs = median(queueTimes);
  const mapMs = median(mapTimes);
  console.log(
    `alert queue first page: median ${queueMs.toFixed(0)} ms over ${runs} runs (${rows} rows shown${
      queueAvailable ? '' : '; GET /api/alerts answered with an error, nothing to time'
    }) — goal < 1000 ms`,
  );
  console.log(
    `map, all tracks of ${portLocode}: median ${mapMs.toFixed(0)} ms over ${runs} runs (${tracks} tracks) — goal < 2000 ms`,
  );
  console.log(`  of which fetching and parsing the tracks: median ${median(loadTimes).toFixed(0)} ms`);
  console.log(
    `raw: queue ${queueTimes.map((t) => t.toFixed(0)).join(', ')}; map ${mapTimes.map((t) => t.toFixed(0)).join(', ')}`,
  );
} finally {
  await browser.close();
  await server?.stop();
}

/**
 * E2E harness: `centinela demo` on a free port with a throwaway data folder (it loads the small world), and
 * Debian's headless chromium driven by playwright-core (never a downloaded browser).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type AxeCore from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { bearer } from './installation.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export { DEMO_PASSWORD } from '../src/demo/identities.ts';
import { DEMO_PASSWORD } from '../src/demo/identities.ts';
export const SCREENSHOTS = path.resolve('artifacts/screenshots');
const ROOT = path.resolve(import.meta.dirname, '..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  output(): string;
}

/**
 * `centinela demo` creates the database and loads the world itself. DATABASE_URL is blanked so that, in CI
 * (where it points the test suite at a shared PostgreSQL), the demo still runs on its own embedded PGlite
 * folder instead of the shared server database.
 */
async function spawnDemo(dataDir: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const port = await freePort();
  const size = process.env.CENTINELA_E2E_SIZE ?? 'small';
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/centinela.mjs'), '--data', dataDir, 'demo', '--port', String(port), '--size', size],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', CENTINELA_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + Number(process.env.CENTINELA_E2E_START_MS ?? 600_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`centinela demo exited (${child.exitCode}):\n${log}`);
    // Ready when the demo prints its logins (world loaded), not merely when the port answers.
    if (/ready/i.test(log)) {
      try {
        if ((await fetch(`${url}/health`)).ok) return { child, url, log: () => log };
      } catch {
        /* not listening yet */
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopChild(child);
  throw new Error(`centinela demo did not become ready:\n${log}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** The run's folder for the loaded demo data dir (e2e/global-setup.ts); none outside vitest (bench/web.ts). */
function templateFolder(): string | undefined {
  try {
    return inject('e2eDemoTemplate');
  } catch {
    return undefined;
  }
}

/**
 * A data dir with the demo world loaded, made once per run: the first suite to get here takes the lock (an atomic
 * mkdir), runs `centinela demo` on the template until it is ready and stops it (SIGTERM: the database closes
 * cleanly); the others wait for it. The world is seeded, so a copy holds what loading it again would.
 */
async function loadedTemplate(folder: string, size: string): Promise<string> {
  const dir = path.join(folder, size);
  const ready = path.join(folder, `${size}.ready`);
  const failed = path.join(folder, `${size}.failed`);
  await mkdir(folder, { recursive: true });
  try {
    await mkdir(`${dir}.lock`);
  } catch {
    const deadline = Date.now() + Number(process.env.CENTINELA_E2E_START_MS ?? 600_000);
    while (Date.now() < deadline) {
      if (existsSync(ready)) return dir;
      if (existsSync(failed)) throw new Error(`the demo template failed:\n${await readFile(failed, 'utf8')}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('the demo template was not ready in time');
  }
  try {
    await mkdir(dir);
    const running = await spawnDemo(dir);
    await stopChild(running.child);
    await writeFile(ready, '');
    return dir;
  } catch (error) {
    await writeFile(failed, String(error));
    throw error;
  }
}

/**
 * One server for a whole test file: start it in beforeAll, stop it in afterAll. Under vitest its data dir is a
 * copy of the run's loaded demo (the world loads once per run); elsewhere the demo loads the world itself.
 */
export async function startServer(options: { buildWeb?: boolean } = {}): Promise<RunningServer> {
  if (options.buildWeb !== false && !existsSync(path.join(ROOT, 'web/dist/index.html'))) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const folder = templateFolder();
  const template = folder && (await loadedTemplate(folder, process.env.CENTINELA_E2E_SIZE ?? 'small'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'centinela-e2e-'));
  if (template) await cp(template, dataDir, { recursive: true });
  const running = await spawnDemo(dataDir).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: running.url,
    dataDir,
    output: running.log,
    async stop() {
      await stopChild(running.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1366, height: 768 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
  const page = await context.newPage();
  return { context, page };
}

/**
 * One step of a suite in a fresh browser context, closed after it; when the step fails, a screenshot
 * (`failure-<suite>-<time>`) keeps what the browser showed.
 */
export async function inFreshPage<T>(
  browser: Browser,
  suite: string,
  work: (page: Page) => Promise<T>,
  viewport?: { width: number; height: number },
): Promise<T> {
  const { context, page } = await newPage(browser, viewport);
  try {
    return await work(page);
  } catch (error) {
    await screenshot(page, `failure-${suite}-${Date.now()}`);
    throw error;
  } finally {
    await context.close();
  }
}

export async function loginThroughUi(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-testid="identity"]').waitFor({ timeout: 20_000 });
}

/** A demo user's API session beside the browser: the web app's own typed client (installation.ts `bearer`). */
export async function apiSession(baseUrl: string, username: string) {
  return { api: await bearer(baseUrl, username, DEMO_PASSWORD) };
}

/** The documented body of a successful answer of the typed client; a failure names its status. */
export async function bodyOf<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw new Error(`${response.url}: ${response.status}`);
  return data;
}
export type ApiSession = Awaited<ReturnType<typeof apiSession>>;

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const AXE_SOURCE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * The serious and critical WCAG 2.1 A/AA problems axe-core finds on the page as it is now, one line each
 * ("rule: selector"), so a failing test names what to fix. Moderate and minor findings are not failures.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a script tag: the app's Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and the test must not weaken it to inspect the page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

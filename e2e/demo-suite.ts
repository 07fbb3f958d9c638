/**
 * The frame of a browser suite on `centinela demo`: one server (one world load) and one browser for the whole
 * file, started before its tests and stopped after them, and each step in a fresh page (harness.ts
 * `inFreshPage`, a screenshot named after the suite when it fails). Apart from harness.ts, which bench/web.ts
 * also uses outside vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inFreshPage, launchBrowser, startServer, type RunningServer } from './harness.ts';

export function demoSuite(suite: string) {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(what: T | undefined): T => {
    if (what === undefined) throw new Error(`the ${suite} suite's server and browser have not started`);
    return what;
  };
  return {
    /** The running demo (after the suite's start). */
    get server(): RunningServer {
      return started(server);
    },
    get browser(): Browser {
      return started(browser);
    },
    withPage: (work: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) =>
      inFreshPage(started(browser), suite, work, viewport),
  };
}

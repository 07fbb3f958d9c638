/**
 * A real installation for browser tests, as the README's "Real installation" describes: an empty embedded
 * database, `centinela setup` (first nation, agency and administrator), `centinela agencies add`, then
 * `centinela serve`. No demo world: what the admin screens show is what the test created.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import createClient from 'openapi-fetch';
import type { paths } from '../web/src/api/schema.d.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin/centinela.mjs');

/** The first administrator's password: long and uncommon, as the password policy wants. */
export const ADMIN_PASSWORD = 'amber falcon quarry 8841 tide';

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

export interface Installation {
  url: string;
  stop(): Promise<void>;
}

/** DATABASE_URL is blanked so the installation uses its own embedded folder, never a shared server database. */
function cli(dataDir: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [CLI, '--data', dataDir, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: 'pipe',
  });
}

export async function install(): Promise<Installation> {
  if (!existsSync(path.join(ROOT, 'web/dist/index.html')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'centinela-install-'));
  let child: ChildProcess | null = null;
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    cli(
      dataDir,
      [
        'setup',
        '--nation',
        'MEX',
        '--nation-name-en',
        'Mexico',
        '--nation-name-es',
        'México',
        '--agency',
        'MX-SYS',
        '--agency-name-en',
        'Centinela system administration',
        '--agency-name-es',
        'Administración del sistema Centinela',
        '--username',
        'admin',
        '--display-name',
        'Raúl Ortega',
      ],
      { CENTINELA_PASSWORD: ADMIN_PASSWORD },
    );
    cli(dataDir, [
      '--as',
      'admin',
      'agencies',
      'add',
      'MX-ANAM',
      '--nation',
      'MEX',
      '--name-en',
      'National Customs Agency of Mexico',
      '--name-es',
      'Agencia Nacional de Aduanas de México',
    ]);
    const port = await freePort();
    let log = '';
    const started = spawn(process.execPath, [CLI, '--data', dataDir, 'serve', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      if (started.exitCode !== null) throw new Error(`centinela serve exited (${started.exitCode}):\n${log}`);
      try {
        if ((await fetch(`${url}/health`)).ok) return { url, stop };
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`centinela serve did not answer:\n${log}`);
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A bearer session for arranging and checking things beside the browser: the web app's own typed client
 * (openapi-fetch over the generated `paths`), so calls and answers are checked against the API's document.
 */
export async function bearer(url: string, username: string, password: string) {
  const login = createClient<paths>({ baseUrl: url });
  const { data, response } = await login.POST('/api/auth/login', { body: { username, password } });
  if (!data) throw new Error(`login ${username}: ${response.status}`);
  return createClient<paths>({ baseUrl: url, headers: { authorization: `Bearer ${data.token}` } });
}

/** What the server answers to a bare API token: 200 while it lives, 401 once revoked. */
export async function tokenWorks(url: string, token: string): Promise<number> {
  return (await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status;
}

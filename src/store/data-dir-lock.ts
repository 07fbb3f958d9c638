/**
 * One owner for an embedded database. PGlite is PostgreSQL running inside one process with no shared memory
 * or locking between processes: two processes on one data dir each believe they own it, and corrupt it (rows
 * acknowledged then lost, broken indexes, a data dir that no longer starts). So the first process to open a
 * data dir holds an exclusive lock on it until it exits, and any other is refused, told who holds it.
 *
 * The lock is a listening Unix socket. On Linux it lives in the abstract namespace, named by the data dir's real
 * path: binding it is atomic, and the kernel frees it the moment its process dies, `kill -9` included, so a
 * stale lock cannot exist. Elsewhere it is a socket file in the data dir; one that accepts no connection is
 * stale and replaced. Either way, connecting to it returns the owner's description, and `owner.json` in the
 * data dir says the same for a person reading the folder.
 */
import { createHash } from 'node:crypto';
import { createServer, createConnection, type Server } from 'node:net';
import { readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OwnerInfo {
  pid: number;
  /** The command line of the owning process. */
  command: string;
  /** When it took the data dir (ISO 8601). */
  since: string;
  /** The URL it serves, when it is a server. */
  url?: string;
}

export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: OwnerInfo | null,
  ) {
    super(
      owner
        ? `${dataDir} is in use by process ${owner.pid} (${owner.command}${owner.url ? `, serving ${owner.url}` : ''}, since ${owner.since})`
        : `${dataDir} is in use by another process`,
    );
    this.name = 'DataDirInUse';
  }
}

export interface DataDirLock {
  readonly info: OwnerInfo;
  /** Adds what the owner serves to its description (the server's URL once it listens). */
  announce(details: Partial<Pick<OwnerInfo, 'url'>>): Promise<void>;
  release(): Promise<void>;
}

const OWNER_FILE = 'owner.json';

/** The socket address of a data dir's lock. */
async function lockAddress(dataDir: string): Promise<string> {
  const real = await realpath(dataDir);
  if (process.platform === 'linux') {
    return `\0centinela-data-dir-${createHash('sha256').update(real).digest('hex').slice(0, 40)}`;
  }
  return join(real, 'owner.sock');
}

/** Takes the data dir for this process, or throws DataDirInUse naming the process that has it. */
export async function lockDataDir(dataDir: string, command = describeCommand()): Promise<DataDirLock> {
  const address = await lockAddress(dataDir);
  const info: OwnerInfo = { pid: process.pid, command, since: new Date().toISOString() };
  const server = createServer((socket) => socket.end(JSON.stringify(info)));
  server.on('error', () => undefined);
  if (!(await listen(server, address))) {
    const tookStale =
      process.platform !== 'linux' && (await replaceStale(address)) && (await listen(server, address));
    // An owner too busy to answer (a long synchronous step) is still described by the file it wrote.
    if (!tookStale)
      throw new DataDirInUse(dataDir, (await askOwner(address)) ?? (await readOwnerFile(dataDir)));
  }
  // The socket must not keep the process alive by itself: a CLI command exits when its work is done.
  server.unref();
  const ownerFile = join(dataDir, OWNER_FILE);
  await writeFile(ownerFile, JSON.stringify(info, null, 2) + '\n');
  let released = false;
  return {
    info,
    async announce(details) {
      Object.assign(info, details);
      await writeFile(ownerFile, JSON.stringify(info, null, 2) + '\n');
    },
    async release() {
      if (released) return;
      released = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(ownerFile, { force: true });
    },
  };
}

function listen(server: Server, address: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') resolve(false);
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(address);
  });
}

/** The owner's description from its lock socket, or null when nothing answers within two seconds. */
function askOwner(address: string): Promise<OwnerInfo | null> {
  return new Promise((resolve) => {
    const socket = createConnection(address);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, 2_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OwnerInfo);
      } catch {
        resolve(null);
      }
    });
    socket.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

async function readOwnerFile(dataDir: string): Promise<OwnerInfo | null> {
  try {
    return JSON.parse(await readFile(join(dataDir, OWNER_FILE), 'utf8')) as OwnerInfo;
  } catch {
    return null;
  }
}

/** A socket file nobody listens on is left by a process that died: remove it (not on Linux: no file there). */
async function replaceStale(address: string): Promise<boolean> {
  const alive = await new Promise<boolean>((resolve) => {
    const socket = createConnection(address);
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
  if (alive) return false;
  await rm(address, { force: true });
  return true;
}

function describeCommand(): string {
  const args = process.argv.slice(2).join(' ');
  return `centinela ${args}`.slice(0, 200).trim();
}

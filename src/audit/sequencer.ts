import type { Database } from '../store/database.ts';
import { entryHash } from './chain.ts';
import { chainStaged, lockAndReadChainHead, readStaged } from './repository.ts';

/**
 * Chains the staged entries committed so far, oldest staged first, in batches; returns how many it
 * chained. Requests stage entries without a lock (audit.ts); only this holds the chain's lock, for one
 * short transaction per batch, so audited reads no longer queue behind each other. An entry staged by a
 * transaction that commits later than a newer one is chained after it: the chain's order is the order in
 * which the sequencer finds entries committed. It runs as the schema owner: the application role cannot
 * read or withdraw staged entries, nor write the chain.
 */
async function chainCommitted(db: Database, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const chained = await db.asOwner(async (tx) => {
      const head = await lockAndReadChainHead(tx);
      const staged = await readStaged(tx, batch);
      if (staged.length === 0) return 0;
      let previous = head;
      const placed = staged.map(({ stagedId, ...entry }) => {
        const seq = previous.seq + 1;
        const hash = entryHash(previous.hash, { ...entry, seq });
        const place = { stagedId, seq, prevHash: previous.hash, hash };
        previous = { seq, hash };
        return place;
      });
      await chainStaged(tx, placed);
      return staged.length;
    });
    total += chained;
    if (chained < batch) return total;
  }
}

const inFlight = new WeakMap<Database, Promise<number>>();

/**
 * Chains every entry staged and committed before the call (waits for a run in progress, then runs once
 * more). Call it before reading, exporting, verifying or checkpointing the trail.
 */
export function sequenceAudit(db: Database, batch = 2_000): Promise<number> {
  const previous = inFlight.get(db) ?? Promise.resolve(0);
  const next = previous.catch(() => 0).then(() => chainCommitted(db, batch));
  inFlight.set(db, next);
  const settle = () => {
    if (inFlight.get(db) === next) inFlight.delete(db);
  };
  next.then(settle, settle);
  return next;
}

/**
 * Runs the sequencer every `intervalMs` while a server runs (skipping a tick while a run is in
 * progress); `stop()` waits for the last run. Errors are reported, never thrown: the next tick retries.
 */
export function startAuditSequencer(
  db: Database,
  intervalMs = 200,
  onError: (error: unknown) => void = (error) => console.error('audit sequencer:', error),
): { stop(): Promise<void> } {
  const timer = setInterval(() => {
    if (inFlight.has(db)) return;
    sequenceAudit(db).catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await sequenceAudit(db).catch(onError); // what the last requests staged
    },
  };
}

/** Makes `close()` chain what the process staged first: a command's entries are chained when it ends. */
export function sequencedOnClose(db: Database): Database {
  const close = db.close.bind(db);
  return Object.assign(db, {
    async close() {
      try {
        await sequenceAudit(db);
      } finally {
        await close();
      }
    },
  });
}

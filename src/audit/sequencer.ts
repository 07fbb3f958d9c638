import type { Database } from '../store/database.ts';
import { entryHash } from './chain.ts';
import { chainOf, readersOf } from './chains.ts';
import {
  chainStaged,
  lockChains,
  readAgencies,
  readChainHeads,
  readStaged,
  type Placement,
} from './repository.ts';

/**
 * Chains the staged entries committed so far, oldest staged first, in batches; returns how many it
 * chained. Each entry goes to the chain of its visibility class (chains.ts, `readersOf`: the agencies that may
 * read its marking and every derived record it names), at the next position of that chain, linked to that
 * chain's last hash. Requests stage entries without a lock (audit.ts); only this holds the chains' lock, for
 * one short transaction per batch, so audited reads never queue behind each other. An entry staged by a transaction that commits later than a newer one
 * is chained after it: a chain's order is the order in which the sequencer finds its entries committed. It
 * runs as the schema owner: the application role cannot read or withdraw staged entries, nor write a chain.
 */
async function chainCommitted(db: Database, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const chained = await db.asOwner(async (tx) => {
      await lockChains(tx);
      const staged = await readStaged(tx, batch);
      if (staged.length === 0) return 0;
      const agencies = await readAgencies(tx);
      const classes = staged.map((entry) => {
        const viewers = readersOf(entry.marking, entry.derivedViewers, agencies);
        return { viewers, chain: chainOf(viewers) };
      });
      const { heads, lastOrder } = await readChainHeads(tx, [...new Set(classes.map((c) => c.chain))]);
      let order = lastOrder;
      const placed = staged.map(({ stagedId, derivedViewers: _derived, ...entry }, i): Placement => {
        const { chain, viewers } = classes[i]!;
        const previous = heads.get(chain)!;
        const seq = previous.seq + 1;
        const hash = entryHash(previous.hash, { ...entry, chain, seq });
        heads.set(chain, { seq, hash });
        order += 1;
        return { stagedId, order, chain, seq, viewers, prevHash: previous.hash, hash };
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

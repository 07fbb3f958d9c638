import { randomUUID } from 'node:crypto';
import type { Database } from '../store/database.ts';
import { contentHash, entryHash, linkHash, LINKED } from './chain.ts';
import { OPERATOR_CHAIN, readersOf } from './chains.ts';
import {
  chainStaged,
  lockChains,
  readAgencies,
  readChainHeads,
  readStaged,
  type Placement,
} from './repository.ts';

/**
 * Chains the staged entries committed so far, oldest staged first, in batches; returns how many it chained.
 * An entry some agency reads (chains.ts, `readersOf`: the agencies its marking allows that read every derived
 * record it names) is stored once, with the hash of its content, and chained once per reading agency: a link at
 * that agency's next position, over the previous link's hash (0594). One chain per reader rather than per class of
 * readers: an agency cannot always know which other agencies read a record with it (one that sees strictly more
 * of a consignment is left out of its class), so a chain named by the class, and positions counted in it, would
 * tell its auditors that (issue 11); its own chain holds exactly the entries it may read, in the order they were
 * chained, whatever others read. An entry no agency reads goes to the operator's chain. Requests stage entries
 * without a lock (audit.ts); only this holds the chains' lock, for one short transaction per batch, so audited
 * reads never queue behind each other. An entry staged by a transaction that commits later than a newer one is
 * chained after it: a chain's order is the order in which the sequencer finds its entries committed. It runs as
 * the schema owner: the application role cannot read or withdraw staged entries, nor write a chain.
 */
async function chainCommitted(db: Database, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const chained = await db.asOwner(async (tx) => {
      await lockChains(tx);
      const staged = await readStaged(tx, batch);
      if (staged.length === 0) return 0;
      const agencies = await readAgencies(tx);
      const readers = staged.map((entry) => readersOf(entry.marking, entry.derivedViewers, agencies));
      const { operator, links, lastOrder } = await readChainHeads(tx, [...new Set(readers.flat())]);
      let order = lastOrder;
      const placed = staged.map(({ stagedId, derivedViewers: _derived, ...entry }, i): Placement => {
        order += 1;
        const viewers = readers[i]!;
        if (viewers.length === 0) {
          const seq = operator.seq + 1;
          const hash = entryHash(operator.hash, { ...entry, chain: OPERATOR_CHAIN, seq });
          const previous = operator.hash;
          Object.assign(operator, { seq, hash });
          return {
            stagedId,
            entry: null,
            order,
            chain: OPERATOR_CHAIN,
            seq,
            viewers,
            prevHash: previous,
            hash,
            links: [],
          };
        }
        const content = contentHash(entry);
        const entryLinks = viewers.map((agency) => {
          const previous = links.get(agency)!;
          const position = previous.seq + 1;
          const hash = linkHash(previous.hash, agency, position, content);
          links.set(agency, { seq: position, hash });
          return { agency, position, prevHash: previous.hash, hash };
        });
        return {
          stagedId,
          entry: randomUUID(),
          order,
          chain: LINKED,
          seq: null,
          viewers,
          prevHash: null,
          hash: content,
          links: entryLinks,
        };
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

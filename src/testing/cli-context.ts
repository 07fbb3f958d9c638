import type { CliContext } from '../cli/context.ts';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';

/** A CLI context over a test's database, acting as `actor`: commands run in-process and never close it. */
export function cliContextOver(db: Database, actor: Actor): CliContext {
  return {
    interactive: false,
    openStore: () =>
      Promise.resolve({
        engine: db.engine,
        asUser: (who, work) => db.asUser(who, work),
        readAsUser: (who, sql) => db.readAsUser(who, sql),
        asOwner: (work) => db.asOwner(work),
        close: () => Promise.resolve(),
      }),
    actorFor: () => Promise.resolve(actor),
  };
}

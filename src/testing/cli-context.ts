import type { CliContext } from '../cli/context.ts';
import { withClose, type Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';

/** A CLI context over a test's database, acting as `actor`: commands run in-process and never close it. */
export function cliContextOver(db: Database, actor: Actor): CliContext {
  return {
    interactive: false,
    openStore: () => Promise.resolve(withClose(db, () => Promise.resolve())),
    actorFor: () => Promise.resolve(actor),
  };
}

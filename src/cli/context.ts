import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';

/** What every command gets from the global options (`--data`, `--database-url`, `--as`). */
export interface CliContext {
  /** Opens (and migrates) the configured store. The caller closes it. */
  openStore(): Promise<Database>;
  /** The identity a command acts as: the user named by `--as` / CENTINELA_AS. */
  actorFor(db: Database, username?: string): Promise<Actor>;
  /** True when stdout is a terminal (show progress bars), false when piped (stay quiet). */
  interactive: boolean;
}

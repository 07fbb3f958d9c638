/** What every `centinela cases …` command does around its act: the acting user, a role check, one transaction. */
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import { hasRole, type Actor, type Role } from '../shared/actor.ts';
import type { Database, Tx } from '../store/database.ts';

export const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

/** Runs `work` as the acting user (who must hold one of `roles`) in one transaction, then closes the store. */
export async function actAs<T>(
  ctx: CliContext,
  roles: readonly Role[],
  work: (tx: Tx, actor: Actor, db: Database) => Promise<T>,
): Promise<T> {
  const db = await ctx.openStore();
  try {
    const actor = await ctx.actorFor(db);
    if (roles.length > 0 && !hasRole(actor, ...roles))
      throw new AppError('FORBIDDEN', { detail: `needs one of: ${roles.join(', ')}` });
    return await db.asUser(actor, (tx) => work(tx, actor, db));
  } finally {
    await db.close();
  }
}

/**
 * Commands: `centinela resolve` (resolve every stored party record into entities, keeping analysts'
 * decisions) and `centinela entities --format jsonl` (entities with their member records, as far as
 * the acting user may see them).
 */
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { recordReads } from '../audit/index.ts';
import { visibleMembers } from './reads.repository.ts';
import { resolveIncrementally, runResolution } from './service.ts';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('resolve')
    .description('resolve the stored party records (declarations, permits, locations) into entities')
    .option('--incremental', 'only place records added since the last run (keeps the trained model)')
    .action(async (options: { incremental?: boolean }) => {
      const db = await ctx.openStore();
      try {
        const actor = await ctx.actorFor(db);
        const summary = options.incremental
          ? await resolveIncrementally(db, actor)
          : await runResolution(db, actor);
        console.log(
          `resolved ${summary.records} party records into ${summary.entities} entities ` +
            `(${summary.candidatePairs} candidate pairs, ${summary.seconds} s)`,
        );
      } finally {
        await db.close();
      }
    });

  program
    .command('entities')
    .description('resolved entities with their member records (what the acting user may see)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .action(async () => {
      const db = await ctx.openStore();
      try {
        const actor = await ctx.actorFor(db);
        const members = await db.asUser(actor, async (tx) => {
          const rows = await visibleMembers(tx);
          await recordReads(
            tx,
            actor,
            'party_records',
            rows.map((m) => ({ id: m.id, marking: m.marking })),
          );
          return rows;
        });
        const byEntity = new Map<string, typeof members>();
        for (const member of members) {
          const list = byEntity.get(member.entityId) ?? [];
          list.push(member);
          byEntity.set(member.entityId, list);
        }
        // `centinela entities | head` closes the pipe early: that is the reader's choice, not an error
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') process.exit(0);
          throw error;
        });
        for (const [entityId, list] of byEntity) {
          const line = {
            entity_id: entityId,
            members: list.map((m) => ({ record_id: m.recordId, role: m.role, source: m.source })),
          };
          process.stdout.write(`${JSON.stringify(line)}\n`);
        }
      } finally {
        await db.close();
      }
    });
}

/** `centinela leads`: the acting user's ranked leads, best first (BRIEF "Leads": JSONL in snake_case). */
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import { hasRole } from '../shared/actor.ts';
import { parseInstant } from '../store/bounds.ts';
import { listLeads } from './service.ts';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('leads')
    .description('ranked geographic leads from the evidence you may see (docs/LEADS.md)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'table']).default('table'))
    .option(
      '--as-of <instant>',
      'ISO 8601 instant the leads stand at (default: the newest evidence you may see)',
    )
    .option('--limit <n>', 'how many leads, best first', '100')
    .action(async (options: { format: string; asOf?: string; limit: string }) => {
      const asOf = options.asOf === undefined ? undefined : parseInstant(options.asOf);
      if (asOf === null)
        throw new AppError('VALIDATION_FAILED', { field: 'as-of', detail: 'an ISO 8601 instant' });
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new AppError('VALIDATION_FAILED', { field: 'limit', detail: 'a whole number from 1' });
      const db = await ctx.openStore();
      try {
        const actor = await ctx.actorFor(db);
        if (!hasRole(actor, 'analyst', 'advisor', 'commander'))
          throw new AppError('FORBIDDEN', { detail: 'needs one of: analyst, advisor, commander' });
        const { items } = await db.asUser(actor, (tx) => listLeads(tx, actor, { asOf, limit }));
        for (const lead of items) {
          if (options.format === 'jsonl') {
            const line = {
              lead_id: lead.leadId,
              rank: lead.rank,
              score: lead.score,
              cell: lead.cell,
              lat: lead.lat,
              lon: lead.lon,
              area_km2: lead.areaKm2,
              evidence: lead.evidence.map((e) => ({ kind: e.kind, id: e.id, weight: e.weight })),
            };
            process.stdout.write(`${JSON.stringify(line)}\n`);
          } else {
            const cites = lead.evidence.map((e) => `${e.kind}:${e.id}`).join(' ');
            process.stdout.write(
              `${lead.rank}\t${lead.score}\t${lead.cell}\t${lead.lat.toFixed(4)},${lead.lon.toFixed(4)}\t${cites}\n`,
            );
          }
        }
      } finally {
        await db.close();
      }
    });
}

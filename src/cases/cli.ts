/**
 * `centinela cases …`: the acting user's cases (`list --format jsonl`), one case with what the user may see of it,
 * and the acts of the API (open, assign, link, note, close) for scripts. Each act is one transaction with its
 * audit entry, under the user's row-level security, as over HTTP.
 */
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import { importMarking, Tlp } from '../shared/marking.ts';
import { CASE_LINK_KINDS, CASE_STATUSES, type CaseLinkKind, type CaseStatus } from '../shared/cases.ts';
import { listCases } from './repository.ts';
import { assign, link, note, openCase, setStatus, showCase } from './service.ts';
import { actAs, print } from './cli-act.ts';
import { registerOperationCommands } from './operation-cli.ts';
import { registerAttachmentCommands } from './attachment-cli.ts';

export function register(program: Command, ctx: CliContext): void {
  const cases = program
    .command('cases')
    .description(
      'cases: investigations that gather alerts, findings, consignments, entities, incidents and leads',
    );

  cases
    .command('list')
    .description('the cases you may see, newest first')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'table']).default('table'))
    .addOption(new Option('--status <status>', 'only cases in this state').choices(CASE_STATUSES))
    .option('--limit <n>', 'how many cases', '100')
    .action(async (options: { format: string; status?: CaseStatus; limit: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new AppError('VALIDATION_FAILED', { field: 'limit', detail: 'a whole number from 1 to 1000' });
      const items = await actAs(ctx, [], (tx) => listCases(tx, { status: options.status }, limit, 0));
      for (const c of items)
        if (options.format === 'jsonl')
          print({
            id: c.id,
            title: c.title,
            status: c.status,
            lead_agency: c.marking.ownerAgency,
            opened_by: c.openedByName,
            opened_at: c.openedAt,
            tlp: c.marking.tlp,
            releasable_to: c.marking.releasableTo,
          });
        else
          process.stdout.write(`${c.id}\t${c.status}\t${c.marking.ownerAgency}\t${c.openedAt}\t${c.title}\n`);
    });

  cases
    .command('show <id>')
    .description('one case: assignees, links (those whose records you may see), notes and timeline, as JSON')
    .action(async (id: string) => print(await actAs(ctx, [], (tx, actor) => showCase(tx, actor, id))));

  cases
    .command('open')
    .description('open a case led by your agency')
    .requiredOption('--title <title>', 'what the case is about')
    .option('--summary <text>', 'a summary', '')
    .addOption(new Option('--tlp <tlp>', 'TLP 2.0 level').choices(Tlp.options).default('amber'))
    .option('--releasable-to <nations>', 'nations (comma-separated) the case is releasable to', '')
    .action(async (options: { title: string; summary: string; tlp: Tlp; releasableTo: string }) => {
      const releasableTo = options.releasableTo
        .split(',')
        .map((n) => n.trim().toUpperCase())
        .filter(Boolean);
      print(
        await actAs(ctx, ['analyst', 'commander'], (tx, actor) =>
          openCase(tx, actor, {
            title: options.title,
            summary: options.summary,
            marking: importMarking(actor, { tlp: options.tlp, releasableTo }),
          }),
        ),
      );
    });

  cases
    .command('assign <caseId> <userId>')
    .description('assign a user of an agency that may see the case')
    .action(async (caseId: string, userId: string) =>
      print(await actAs(ctx, ['analyst', 'commander'], (tx, actor) => assign(tx, actor, caseId, userId))),
    );

  cases
    .command('link <caseId> <kind> <targetId>')
    .description(`link a record you may see (${CASE_LINK_KINDS.join(', ')})`)
    .option('--note <text>', 'why it belongs to the case')
    .action(async (caseId: string, kind: string, targetId: string, options: { note?: string }) => {
      if (!(CASE_LINK_KINDS as readonly string[]).includes(kind))
        throw new AppError('VALIDATION_FAILED', { field: 'kind', detail: CASE_LINK_KINDS.join(', ') });
      print(
        await actAs(ctx, ['analyst', 'advisor', 'commander'], (tx, actor) =>
          link(tx, actor, caseId, { kind: kind as CaseLinkKind, targetId, note: options.note }),
        ),
      );
    });

  cases
    .command('note <caseId> <text>')
    .description('write a note on the case')
    .action(async (caseId: string, text: string) =>
      print(
        await actAs(ctx, ['analyst', 'advisor', 'commander'], (tx, actor) =>
          note(tx, actor, caseId, { body: text }),
        ),
      ),
    );

  cases
    .command('close <caseId>')
    .description('close the case (its lead agency)')
    .requiredOption('--reason <text>', 'why')
    .action(async (caseId: string, options: { reason: string }) =>
      print(
        await actAs(ctx, ['analyst', 'commander'], (tx, actor) =>
          setStatus(tx, actor, caseId, 'closed', options.reason),
        ),
      ),
    );

  registerOperationCommands(cases, ctx);
  registerAttachmentCommands(cases, ctx);
}

/**
 * `centinela cases operations …`: the operations the acting user may see (`list --format jsonl`), drafting one on
 * a case, and moving one with a reason — the API's rules (the territory's commanders decide; docs/OPERATIONS.md).
 */
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import {
  OPERATION_ACTIONS,
  OPERATION_STATUSES,
  type OperationAction,
  type OperationStatus,
} from '../shared/cases.ts';
import { listOperations } from './operations.repository.ts';
import { draftOperation, moveOperation } from './operations.service.ts';
import { actAs, print } from './cli-act.ts';

export function registerOperationCommands(cases: Command, ctx: CliContext): void {
  const operations = cases.command('operations').description('host-led operations on cases');

  operations
    .command('list')
    .description('the operations you may see, most recently moved first')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'table']).default('table'))
    .addOption(new Option('--status <status>', 'only operations in this state').choices(OPERATION_STATUSES))
    .action(async (options: { format: string; status?: OperationStatus }) => {
      const items = await actAs(ctx, [], (tx) => listOperations(tx, { status: options.status }, 1000, 0));
      for (const o of items)
        if (options.format === 'jsonl')
          print({
            id: o.id,
            case_id: o.caseId,
            objective: o.objective,
            status: o.status,
            territory: o.territory,
            state: o.state,
            municipality: o.municipality,
            host_units: o.hostUnits,
            lead_ids: o.leadIds,
            status_changed_at: o.statusChangedAt,
          });
        else process.stdout.write(`${o.id}\t${o.status}\t${o.state}\t${o.objective}\n`);
    });

  operations
    .command('draft <caseId>')
    .description('draft an operation on a case (the host nation)')
    .requiredOption('--objective <text>', 'what it is for (no tactical data)')
    .requiredOption('--state <state>', 'the state of the jurisdiction')
    .option('--municipality <name>', 'the municipality')
    .action(async (caseId: string, options: { objective: string; state: string; municipality?: string }) =>
      print(
        await actAs(ctx, ['analyst', 'commander'], (tx, actor) => draftOperation(tx, actor, caseId, options)),
      ),
    );

  operations
    .command('move <operationId> <action>')
    .description(`move an operation (${OPERATION_ACTIONS.join(', ')}), with a reason`)
    .requiredOption('--reason <text>', 'why')
    .action(async (operationId: string, action: string, options: { reason: string }) => {
      if (!(OPERATION_ACTIONS as readonly string[]).includes(action))
        throw new AppError('VALIDATION_FAILED', { field: 'action', detail: OPERATION_ACTIONS.join(', ') });
      print(
        await actAs(ctx, ['analyst', 'commander'], (tx, actor) =>
          moveOperation(tx, actor, operationId, action as OperationAction, options.reason),
        ),
      );
    });
}

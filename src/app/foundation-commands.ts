import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { envOption, parsePort, readSecret } from '../cli/options.ts';
import { serve } from './serve.ts';
import { syncPeers } from '../federation/sync.ts';
import { openApiDocument } from './openapi.ts';
import { createApiToken, createUser } from '../identity/service.ts';
import { listUsers, findUserByUsername } from '../identity/repository.ts';
import { Role } from '../shared/actor.ts';
import { AppError } from '../errors/app-error.ts';
import { registerDemoCommand } from './demo-command.ts';

function parseMinutes(value: string): number {
  const minutes = Number(value.replace(/m$/, ''));
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new AppError('VALIDATION_FAILED', { field: '--sync-every', detail: value });
  return minutes;
}

/** While the server runs: every `minutes`, one sync with every peer (runs never overlap; errors are printed). */
function syncContinuously(db: Database, ctx: CliContext, minutes: number): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      try {
        // a fresh session each run: a command's session is short-lived
        for (const result of await syncPeers(db, await ctx.actorFor(db)))
          if (result.error) console.error(`centinela: sync with ${result.peer}: ${result.error}`);
      } catch (error) {
        console.error('centinela: sync:', error);
      } finally {
        running = false;
      }
    })();
  }, minutes * 60_000);
  timer.unref();
}

export function registerFoundationCommands(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description('create or update the database schema')
    .action(async () => {
      const db = await ctx.openStore(); // opening migrates
      await db.close();
      console.log(`schema up to date (${db.engine})`);
    });

  program
    .command('serve')
    .description('serve the API and the web app')
    .addOption(envOption('--port <port>', 'TCP port', 'CENTINELA_PORT', '8080').argParser(parsePort))
    .addOption(envOption('--host <host>', 'address to listen on', 'CENTINELA_HOST', '127.0.0.1'))
    .addOption(
      envOption(
        '--sync-every <minutes>',
        'pull from every peer registered with --url and --token this often, as the --as user (centinela sync --all)',
        'CENTINELA_SYNC_EVERY',
      ).argParser(parseMinutes),
    )
    .action(async (options: { port: number; host: string; syncEvery?: number }) => {
      const db = await ctx.openStore();
      const url = await serve(db, options);
      console.log(`Centinela listening on ${url}`);
      if (options.syncEvery) syncContinuously(db, ctx, options.syncEvery);
    });

  program
    .command('openapi')
    .description('print the OpenAPI document generated from the route schemas')
    .addOption(envOption('--out <file>', 'write to a file instead of stdout', 'CENTINELA_OPENAPI_OUT'))
    .action(async (options: { out?: string }) => {
      const text = JSON.stringify(await openApiDocument(), null, 2) + '\n';
      if (options.out) await writeFile(options.out, text);
      else process.stdout.write(text);
    });

  const users = program.command('users').description('user accounts (acts as the --as admin)');
  users
    .command('create')
    .description('create a user; the password comes from CENTINELA_PASSWORD or stdin')
    .addOption(envOption('--username <name>', 'login name', 'CENTINELA_USERNAME').makeOptionMandatory())
    .addOption(
      envOption('--agency <code>', 'agency code, e.g. MX-ANAM', 'CENTINELA_AGENCY').makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--role <role...>',
        `one or more of ${Role.options.join(', ')}`,
        'CENTINELA_ROLE',
      ).makeOptionMandatory(),
    )
    .addOption(envOption('--display-name <name>', 'full name', 'CENTINELA_DISPLAY_NAME'))
    .addOption(
      envOption('--password-stdin', 'read the password from standard input', 'CENTINELA_PASSWORD_STDIN'),
    )
    .addOption(
      envOption(
        '--bootstrap',
        'create the first admin when no user exists yet (no --as)',
        'CENTINELA_BOOTSTRAP',
      ),
    )
    .action(
      async (options: {
        username: string;
        agency: string;
        role: string[];
        displayName?: string;
        passwordStdin?: boolean;
        bootstrap?: boolean;
      }) => {
        const roles = options.role.map((r) => Role.parse(r));
        const password = await readSecret('CENTINELA_PASSWORD', Boolean(options.passwordStdin));
        const db = await ctx.openStore();
        try {
          const input = {
            username: options.username,
            displayName: options.displayName ?? options.username,
            agency: options.agency,
            roles,
            password,
          };
          let user;
          if (options.bootstrap) {
            // The first account is created by the schema owner: no one exists yet who could be verified.
            const actor = await bootstrapActor(db, options.agency);
            user = await db.asOwner((tx) => createUser(tx, actor, input, 'owner'));
          } else {
            const actor = await ctx.actorFor(db);
            if (!actor.roles.includes('admin')) throw new AppError('FORBIDDEN', { field: '--as' });
            user = await db.asUser(actor, (tx) => createUser(tx, actor, input));
          }
          const pending = user.pendingRoles
            ? `; waiting for a second administrator: ${user.pendingRoles.join(', ')}`
            : '';
          console.log(
            `created ${user.username} (${user.agency.code}; ${user.roles.join(', ') || 'no roles yet'}${pending})`,
          );
        } finally {
          await db.close();
        }
      },
    );
  users
    .command('list')
    .description('list users')
    .action(async () => {
      const db = await ctx.openStore();
      try {
        const actor = await ctx.actorFor(db);
        for (const u of await db.asUser(actor, (tx) => listUsers(tx))) {
          console.log(
            `${u.username}\t${u.agency.code}\t${u.roles.join(',')}${u.disabled ? '\tdisabled' : ''}`,
          );
        }
      } finally {
        await db.close();
      }
    });
  users
    .command('token <username> <label>')
    .description(
      "issue an API token for one's own account or a machine account of one's agency (printed once)",
    )
    .action(async (username: string, label: string) => {
      const db = await ctx.openStore();
      try {
        const actor = await ctx.actorFor(db);
        const token = await db.asUser(actor, async (tx) => {
          const found = await findUserByUsername(tx, username);
          if (!found) throw new AppError('NOT_FOUND', { detail: username });
          return createApiToken(tx, actor, found.id, label);
        });
        console.log(token);
      } finally {
        await db.close();
      }
    });

  registerDemoCommand(program, ctx);
}

/** The identity that creates the very first admin: allowed only while no user exists. */
async function bootstrapActor(db: Database, agency: string): Promise<Actor> {
  const existing = await db.asOwner((tx) => tx.query<{ n: number }>('select count(*)::int8 as n from users'));
  if (existing.rows[0]!.n > 0)
    throw new AppError('FORBIDDEN', { detail: 'users exist already; act --as an admin' });
  const nation = await db.asOwner((tx) =>
    tx.query<{ nation: string }>('select nation from agencies where code = $1', [agency]),
  );
  if (!nation.rows[0]) throw new AppError('UNKNOWN_AGENCY', { field: '--agency', detail: agency });
  return {
    credential: '',
    userId: '',
    username: 'bootstrap',
    agency,
    nation: nation.rows[0].nation,
    roles: ['admin' as const],
    requestId: 'cli-bootstrap',
  };
}

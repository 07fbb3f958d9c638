import type { Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { envOption } from '../cli/options.ts';
import { readSecret } from '../cli/options.ts';
import { AppError } from '../errors/app-error.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import { anonymousActor, createUser } from './service.ts';
import { findAgency, listNations, upsertAgency, upsertNation } from './repository.ts';

const NATION_CODE = /^[A-Z]{3}$/;
const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

function check(value: string, pattern: RegExp, field: string): string {
  if (!pattern.test(value)) throw new AppError('VALIDATION_FAILED', { field, detail: value });
  return value;
}

/**
 * A real installation: `setup` creates the first nation, agency and administrator on an empty database; then an
 * administrator adds nations and agencies. Nations and agencies are written by the schema owner (the application
 * role may not: docs/SECURITY.md), which the command line is on the database host; `--as` names the administrator
 * the audit trail records.
 */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('setup')
    .description(
      'first nation, agency and administrator of an empty database (password from CENTINELA_PASSWORD or --password-stdin)',
    )
    .addOption(
      envOption(
        '--nation <code>',
        'ISO 3166-1 alpha-3, e.g. MEX',
        'CENTINELA_SETUP_NATION',
      ).makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--nation-name-en <name>',
        'the nation in English',
        'CENTINELA_SETUP_NATION_NAME_EN',
      ).makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--nation-name-es <name>',
        'the nation in Spanish',
        'CENTINELA_SETUP_NATION_NAME_ES',
      ).makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--agency <code>',
        "the administrators' agency, e.g. MX-SYS",
        'CENTINELA_SETUP_AGENCY',
      ).makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--agency-name-en <name>',
        'the agency in English',
        'CENTINELA_SETUP_AGENCY_NAME_EN',
      ).makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--agency-name-es <name>',
        'the agency in Spanish',
        'CENTINELA_SETUP_AGENCY_NAME_ES',
      ).makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--username <name>',
        "the first administrator's login",
        'CENTINELA_SETUP_USERNAME',
      ).makeOptionMandatory(),
    )
    .addOption(
      envOption(
        '--display-name <name>',
        "the first administrator's full name",
        'CENTINELA_SETUP_DISPLAY_NAME',
      ),
    )
    .addOption(
      envOption(
        '--password-stdin',
        'read the password from standard input',
        'CENTINELA_SETUP_PASSWORD_STDIN',
      ),
    )
    .action(
      async (options: {
        nation: string;
        nationNameEn: string;
        nationNameEs: string;
        agency: string;
        agencyNameEn: string;
        agencyNameEs: string;
        username: string;
        displayName?: string;
        passwordStdin?: boolean;
      }) => {
        const nation = check(options.nation, NATION_CODE, '--nation');
        const agency = check(options.agency, AGENCY_CODE, '--agency');
        const password = await readSecret('CENTINELA_PASSWORD', Boolean(options.passwordStdin));
        const db = await ctx.openStore();
        try {
          const user = await db.asOwner(async (tx) => {
            const { rows } = await tx.query<{ n: number }>('select count(*)::int8 as n from users');
            if (rows[0]!.n > 0)
              throw new AppError('FORBIDDEN', {
                detail: 'this database is set up already; act --as an admin',
              });
            await upsertNation(tx, {
              code: nation,
              nameEn: options.nationNameEn,
              nameEs: options.nationNameEs,
            });
            await upsertAgency(tx, {
              code: agency,
              nation,
              nameEn: options.agencyNameEn,
              nameEs: options.agencyNameEs,
            });
            const installer: Actor = { ...anonymousActor('cli-setup'), username: 'setup', agency, nation };
            const created = await createUser(
              tx,
              installer,
              {
                username: options.username,
                displayName: options.displayName ?? options.username,
                agency,
                roles: ['admin'],
                password,
              },
              'owner',
            );
            await recordAudit(tx, installer, {
              action: 'setup',
              table: 'nations',
              ids: [nation],
              detail: { agency },
            });
            return created;
          });
          console.log(`set up ${nation}, ${agency} and administrator ${user.username}`);
        } finally {
          await db.close();
        }
      },
    );

  const nations = program.command('nations').description('nations (acts as the --as admin)');
  nations
    .command('add <code>')
    .description('add a nation, e.g. `nations add USA --name-en "United States" --name-es "Estados Unidos"`')
    .addOption(
      envOption('--name-en <name>', 'in English', 'CENTINELA_NATIONS_ADD_NAME_EN').makeOptionMandatory(),
    )
    .addOption(
      envOption('--name-es <name>', 'in Spanish', 'CENTINELA_NATIONS_ADD_NAME_ES').makeOptionMandatory(),
    )
    .action(async (code: string, options: { nameEn: string; nameEs: string }) => {
      const nation = check(code, NATION_CODE, 'code');
      const db = await ctx.openStore();
      try {
        const admin = await adminActor(ctx, db);
        await db.asOwner(async (tx) => {
          await upsertNation(tx, { code: nation, nameEn: options.nameEn, nameEs: options.nameEs });
          await recordAudit(tx, admin, {
            action: 'add_nation',
            table: 'nations',
            ids: [nation],
            detail: options,
          });
        });
        console.log(`nation ${nation} added`);
      } finally {
        await db.close();
      }
    });

  const agencies = program.command('agencies').description('agencies (acts as the --as admin)');
  agencies
    .command('add <code>')
    .description('add an agency of a nation, e.g. `agencies add US-DEA --nation USA --name-en … --name-es …`')
    .addOption(
      envOption('--nation <code>', 'its nation', 'CENTINELA_AGENCIES_ADD_NATION').makeOptionMandatory(),
    )
    .addOption(
      envOption('--name-en <name>', 'in English', 'CENTINELA_AGENCIES_ADD_NAME_EN').makeOptionMandatory(),
    )
    .addOption(
      envOption('--name-es <name>', 'in Spanish', 'CENTINELA_AGENCIES_ADD_NAME_ES').makeOptionMandatory(),
    )
    .action(async (code: string, options: { nation: string; nameEn: string; nameEs: string }) => {
      const agency = check(code, AGENCY_CODE, 'code');
      const db = await ctx.openStore();
      try {
        const admin = await adminActor(ctx, db);
        await db.asOwner(async (tx) => {
          if (!(await listNations(tx)).some((n) => n.code === options.nation))
            throw new AppError('UNKNOWN_NATION', { field: '--nation', detail: options.nation });
          const existing = await findAgency(tx, agency);
          if (existing && existing.nation !== options.nation)
            throw new AppError('CONFLICT', { detail: `${agency} belongs to ${existing.nation}` });
          await upsertAgency(tx, {
            code: agency,
            nation: options.nation,
            nameEn: options.nameEn,
            nameEs: options.nameEs,
          });
          await recordAudit(tx, admin, {
            action: 'add_agency',
            table: 'agencies',
            ids: [agency],
            detail: options,
          });
        });
        console.log(`agency ${agency} (${options.nation}) added`);
      } finally {
        await db.close();
      }
    });
}

async function adminActor(ctx: CliContext, db: Parameters<CliContext['actorFor']>[0]): Promise<Actor> {
  const actor = await ctx.actorFor(db);
  if (!actor.roles.includes('admin'))
    throw new AppError('FORBIDDEN', { field: '--as', detail: 'needs one of: admin' });
  return actor;
}

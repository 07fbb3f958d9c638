import type { Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { envOption, parsePort } from '../cli/options.ts';
import { serve } from '../http/serve.ts';
import { seedDemoIdentities } from './seed.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './identities.ts';

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('create the embedded database, load the demo world, serve the app and print the logins')
    .addOption(envOption('--port <port>', 'TCP port', 'CENTINELA_PORT', '8080').argParser(parsePort))
    .addOption(envOption('--host <host>', 'address to listen on', 'CENTINELA_HOST', '127.0.0.1'))
    .action(async (options: { port: number; host: string }) => {
      const started = Date.now();
      const db = await ctx.openStore();
      await seedDemoIdentities(db);
      const url = await serve(db, options);
      console.log(`\nCentinela demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${url}`);
      console.log(`Log in with any of these (password: ${DEMO_PASSWORD}):`);
      for (const u of DEMO_USERS)
        console.log(`  ${u.username.padEnd(12)} ${u.agency.padEnd(15)} ${u.roles.join(', ')}`);
    });
}

import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { envOption, parsePort } from '../cli/options.ts';
import { serve } from './serve.ts';
import { seedDemoIdentities } from '../demo/seed.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/identities.ts';
import { ensureWorldFiles, loadDemoWorld } from '../demo/world.ts';

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(
      'create the database, load the demo world (first run only), serve the app and print the logins',
    )
    .addOption(envOption('--port <port>', 'TCP port', 'CENTINELA_PORT', '8080').argParser(parsePort))
    .addOption(envOption('--host <host>', 'address to listen on', 'CENTINELA_HOST', '127.0.0.1'))
    .addOption(
      new Option('--size <size>', 'size of the demo world')
        .choices(['small', 'medium'])
        .default('small')
        .env('CENTINELA_DEMO_SIZE'),
    )
    .addOption(
      envOption('--world <dir>', 'folder of the world files (default: <data>/world)', 'CENTINELA_WORLD'),
    )
    .action(async (options: { port: number; host: string; size: 'small' | 'medium'; world?: string }) => {
      const started = Date.now();
      const say = (text: string) => console.log(`· ${text}`);
      const db = await ctx.openStore();
      await seedDemoIdentities(db);
      const worldDir = resolve(options.world ?? join(program.opts<{ data: string }>().data, 'world'));
      await ensureWorldFiles(worldDir, options.size);
      const world = await loadDemoWorld(db, worldDir, say);
      if (world.loaded) {
        say(
          `loaded ${world.declarations} declaration lines (${world.alerts} alerts), ${world.events} events, ${world.findings} findings, ${world.entities} entities, ${world.evidence} incidents and field reports`,
        );
      }
      const url = await serve(db, options);
      console.log(`\nCentinela demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${url}`);
      console.log(`Log in with any of these (password: ${DEMO_PASSWORD}):`);
      for (const u of DEMO_USERS)
        console.log(`  ${u.username.padEnd(12)} ${u.agency.padEnd(15)} ${u.roles.join(', ')}`);
    });
}

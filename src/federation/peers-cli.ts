/** `centinela peers add|list|remove`: the instances this one exchanges with (peers.ts), as the `--as` admin. */
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import { addPeer, listPeersOf, PeerInput, removePeer } from './peers.ts';

export function registerPeers(program: Command, ctx: CliContext): void {
  const peers = program
    .command('peers')
    .description('the Centinela instances this one exchanges with over TAXII 2.1 (acts as the --as admin)');
  peers
    .command('add')
    .description(
      'register a peer: --agency gives it an account here to read our TAXII server (its token is printed once); --url and --token are how we pull from it',
    )
    .requiredOption('--name <name>', 'a short name: lower-case letters, digits and hyphens')
    .option('--agency <code>', 'the agency of the peer nation it reads as, e.g. US-DEA')
    .option('--label <text>', 'what the account and token are for')
    .option('--url <url>', "the peer's TAXII server (discovery or API root URL)")
    .option('--token <token>', 'the token the peer issued to us')
    .action(async (options: Record<string, string | undefined>) => {
      const parsed = PeerInput.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new AppError('VALIDATION_FAILED', {
          field: issue.path.join('.') || 'peer',
          detail: issue.message,
        });
      }
      const db = await ctx.openStore();
      try {
        const added = await addPeer(db, await ctx.actorFor(db), parsed.data);
        console.log(`peer ${added.name} added`);
        if (added.token) {
          console.log(`account ${added.username}; its token (shown once, give it to the peer):`);
          console.log(added.token);
        }
      } finally {
        await db.close();
      }
    });
  peers
    .command('list')
    .description('the peers, their accounts here and the sync positions')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: { format: 'text' | 'json' }) => {
      const db = await ctx.openStore();
      try {
        const listing = await listPeersOf(db, await ctx.actorFor(db));
        if (options.format === 'json') console.log(JSON.stringify(listing, null, 2));
        else {
          for (const p of listing.peers)
            console.log(
              `${p.name}\treads as ${p.agency ?? '—'} (${p.username ?? 'no account'})\tpulls from ${p.pulls ? p.url : '—'}`,
            );
          for (const c of listing.cursors)
            console.log(
              `synced ${c.source} at ${c.syncedAt}: ${c.objects} objects, ${c.withdrawn} withdrawn`,
            );
        }
      } finally {
        await db.close();
      }
    });
  peers
    .command('remove')
    .description('remove a peer: its account here is disabled and its tokens revoked')
    .argument('<name>', 'the peer')
    .action(async (name: string) => {
      const db = await ctx.openStore();
      try {
        await removePeer(db, await ctx.actorFor(db), name);
        console.log(`peer ${name} removed`);
      } finally {
        await db.close();
      }
    });
}

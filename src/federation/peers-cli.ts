/** `centinela peers add|list|remove`: the instances this one exchanges with (peers.ts), as the `--as` admin. */
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import { addPeer, listPeersOf, PeerInput, removePeer } from './peers.ts';
import { pushPeer } from './push.ts';
import { syncFrom, syncPeer, syncPeers } from './sync.ts';

export function registerPeers(program: Command, ctx: CliContext): void {
  const peers = program
    .command('peers')
    .description('the Centinela instances this one exchanges with over TAXII 2.1 (acts as the --as admin)');
  peers
    .command('add')
    .description(
      'register a peer: --agency gives it an account here to read our TAXII server (its token is printed once); --url and --token are how we pull from it',
    )
    .option(
      '--name <name>',
      'a short name: lower-case letters, digits and hyphens (default: the agency, lower case)',
    )
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
    .alias('revoke')
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

/** `centinela sync`: pulls a peer's TAXII collections and imports them as the `--as` user. */
export function registerSync(program: Command, ctx: CliContext): void {
  program
    .command('sync')
    .description(
      "pull a peer's TAXII 2.1 collections (incrementally) and import them; what it no longer releases to us is withdrawn",
    )
    .option('--from <url>', "the peer's TAXII server (discovery or API root URL)")
    .option('--token <token>', 'the token the peer issued to us (or CENTINELA_SYNC_TOKEN)')
    .option('--peer <name>', 'a peer registered with --url and --token')
    .option('--all', 'every peer registered with --url and --token')
    .option('--full', 'read the whole collections again, not only what was added since the last sync')
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .action(
      async (options: {
        from?: string;
        token?: string;
        peer?: string;
        all?: boolean;
        full?: boolean;
        format: 'text' | 'json';
      }) => {
        const db = await ctx.openStore();
        try {
          const actor = await ctx.actorFor(db);
          const full = Boolean(options.full);
          let results: unknown;
          if (options.all) results = await syncPeers(db, actor, { full });
          else if (options.peer) results = await syncPeer(db, actor, options.peer, { full });
          else {
            const target = { url: options.from, token: options.token ?? process.env.CENTINELA_SYNC_TOKEN };
            if (!target.url || !target.token)
              throw new AppError('VALIDATION_FAILED', {
                field: '--from',
                detail: 'give --from URL and --token T, --peer NAME or --all',
              });
            results = await syncFrom(db, actor, { url: target.url, token: target.token, full });
          }
          console.log(options.format === 'json' ? JSON.stringify(results, null, 2) : summaryText(results));
        } finally {
          await db.close();
        }
      },
    );
}

function summaryText(results: unknown): string {
  const lines: string[] = [];
  const collections = (r: unknown): unknown[] =>
    Array.isArray(r)
      ? r.flatMap((x) =>
          x && typeof x === 'object' && 'collections' in x ? ((x.collections as unknown[]) ?? []) : [x],
        )
      : [];
  for (const c of collections(results) as {
    source: string;
    pulled: number;
    import: { imported: number; updated: number; narrowed: number; skipped: number };
    withdrawn: number;
  }[])
    lines.push(
      `${c.source}: ${c.pulled} objects pulled, ${c.import.imported} imported, ${c.import.updated} updated, ${c.import.narrowed} narrowed, ${c.import.skipped} skipped, ${c.withdrawn} withdrawn`,
    );
  if (Array.isArray(results))
    for (const r of results as { peer?: string; error?: string }[])
      if (r.error) lines.push(`${r.peer}: ${r.error}`);
  return lines.join('\n') || 'nothing to pull';
}

/** `centinela push --peer NAME`: sends the peer's inbox what this instance releases to it, as the `--as` user. */
export function registerPush(program: Command, ctx: CliContext): void {
  program
    .command('push')
    .description(
      "send a peer's TAXII 2.1 inbox what this instance releases to it (what its account here reads, less what we received), in envelopes below its size limit",
    )
    .requiredOption('--peer <name>', 'a peer registered with --agency, --url and --token')
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .action(async (options: { peer: string; format: 'text' | 'json' }) => {
      const db = await ctx.openStore();
      try {
        const result = await pushPeer(db, await ctx.actorFor(db), options.peer);
        if (options.format === 'json') console.log(JSON.stringify(result, null, 2));
        else {
          console.log(
            `${result.peer}: ${result.objects} objects in ${result.envelopes} envelopes to ${result.inbox}: ${result.successes} received (definitions included), ${result.failures.length} refused`,
          );
          for (const f of result.failures) console.log(`${f.id}: ${f.message}`);
        }
        if (result.failures.length > 0) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}

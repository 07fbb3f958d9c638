/**
 * Commands: `centinela audit verify` (every chain, or an auditor's, held against signed checkpoints),
 * `audit checkpoint` (sign every chain's head through their Merkle root), `audit keygen` (an Ed25519 key pair
 * for checkpoints) and `audit export` (the entries the acting auditor may read, CSV or JSON Lines).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { envOption } from '../cli/options.ts';
import { progress } from '../cli/progress.ts';
import { hasRole } from '../shared/actor.ts';
import { AppError } from '../errors/app-error.ts';
import {
  generateCheckpointKeys,
  readAnchors,
  readPrivateKey,
  readPublicKey,
  signCheckpoint,
} from './checkpoint.ts';
import { chainHeads, insertCheckpoint, lastOrder, readCheckpoints } from './repository.ts';
import { LEGACY_CHAIN } from './chains.ts';
import { sequenceAudit } from './sequencer.ts';
import { verifyAuditChain } from './verify.ts';
import { EXPORT_FORMATS, exportAudit, type ExportFormat } from './export.ts';

export function register(program: Command, ctx: CliContext): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');

  audit
    .command('verify')
    .description(
      'walk every hash chain (one per reading agency), held against signed checkpoints; exit 3 naming the first broken entry',
    )
    .option(
      '--auditor <username>',
      'only the chains this auditor may read (default: every chain, as the operator)',
    )
    .addOption(
      envOption(
        '--public-key <file>',
        'PEM public key of the checkpoints (or their private key file)',
        'CENTINELA_AUDIT_PUBLIC_KEY',
      ),
    )
    .addOption(
      envOption(
        '--anchors <file>',
        'checkpoints kept outside the host (JSON Lines)',
        'CENTINELA_AUDIT_ANCHORS',
      ),
    )
    .action(async (options: { publicKey?: string; anchors?: string; auditor?: string }) => {
      const db = await ctx.openStore();
      try {
        await sequenceAudit(db);
        let chains: string[] | undefined;
        if (options.auditor) {
          const auditor = await ctx.actorFor(db, options.auditor);
          if (!hasRole(auditor, 'auditor'))
            throw new AppError('FORBIDDEN', { detail: `${options.auditor} is not an auditor` });
          chains = (await db.asUser(auditor, chainHeads))
            .map((head) => head.chain)
            .filter((chain) => chain !== LEGACY_CHAIN);
        }
        const keyFile = options.publicKey ?? process.env.CENTINELA_AUDIT_SIGNING_KEY;
        const publicKey = keyFile ? await readPublicKey(keyFile) : undefined;
        const checkpoints = [
          ...(await db.asOwner(readCheckpoints)),
          ...(options.anchors ? await readAnchors(options.anchors) : []),
        ];
        const bar = progress(ctx.interactive);
        bar.start(0, 'audit');
        const result = await verifyAuditChain((work) => db.asOwner(work), {
          checkpoints,
          publicKey,
          chains,
          onProgress: (n) => bar.update(n),
        });
        bar.stop();
        if (result.broken) {
          console.error(
            `audit chain broken at entry ${result.broken.seq} of chain ${result.broken.chain}: ${result.broken.reason} (${result.entries} entries verified before it)`,
          );
          process.exitCode = 3;
        } else {
          const signed = publicKey ? 'signatures checked' : 'signatures NOT checked: no public key given';
          const count = chains?.length ?? (await db.asOwner(chainHeads)).length;
          console.log(
            `audit chains intact: ${count} chains, ${result.entries} entries, ${checkpoints.length} checkpoints (${signed})`,
          );
        }
      } finally {
        await db.close();
      }
    });

  audit
    .command('checkpoint')
    .description(
      "sign every chain's head (their Merkle root) with the Ed25519 key file; store it and print it (JSON) for anchoring elsewhere",
    )
    .addOption(
      envOption(
        '--key <file>',
        'PEM private key (PKCS#8), kept outside the database',
        'CENTINELA_AUDIT_SIGNING_KEY',
      ).makeOptionMandatory(),
    )
    .action(async (options: { key: string }) => {
      const privateKey = await readPrivateKey(options.key);
      const db = await ctx.openStore();
      try {
        await sequenceAudit(db);
        const { heads, order } = await db.asOwner(async (tx) => ({
          heads: await chainHeads(tx),
          order: await lastOrder(tx),
        }));
        if (heads.length === 0)
          throw new AppError('NOT_FOUND', { detail: 'the audit trail is empty: nothing to sign' });
        const checkpoint = signCheckpoint(heads, privateKey);
        await db.asOwner((tx) => insertCheckpoint(tx, checkpoint, order));
        console.log(JSON.stringify(checkpoint));
      } finally {
        await db.close();
      }
    });

  audit
    .command('keygen')
    .description('write a new Ed25519 key pair for checkpoints (audit-checkpoint.key, audit-checkpoint.pub)')
    .requiredOption(
      '--out <dir>',
      'folder to write the two files to (keep the private one off the database host)',
    )
    .action(async (options: { out: string }) => {
      const { privatePem, publicPem } = generateCheckpointKeys();
      await writeFile(join(options.out, 'audit-checkpoint.key'), privatePem, { mode: 0o600, flag: 'wx' });
      await writeFile(join(options.out, 'audit-checkpoint.pub'), publicPem, { flag: 'wx' });
      console.log(
        `wrote ${join(options.out, 'audit-checkpoint.key')} and ${join(options.out, 'audit-checkpoint.pub')}`,
      );
    });

  audit
    .command('export')
    .description('the entries the acting auditor (--as) may read, in chain order, to stdout')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .option('--from <day>', 'first day (UTC, YYYY-MM-DD) included')
    .option('--to <day>', 'last day (UTC, YYYY-MM-DD) included')
    .option('--action <action>', 'only this action')
    .action(async (options: { format: ExportFormat; from?: string; to?: string; action?: string }) => {
      const db = await ctx.openStore();
      try {
        const actor = await ctx.actorFor(db);
        if (!hasRole(actor, 'auditor'))
          throw new AppError('FORBIDDEN', { detail: 'only auditors export the trail' });
        await sequenceAudit(db);
        // `centinela audit export | head` closes the pipe early: that is the reader's choice, not an error
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') process.exit(0);
          throw error;
        });
        await exportAudit(
          (work) => db.asUser(actor, work),
          options.format,
          { from: options.from, to: options.to, action: options.action },
          (chunk) =>
            new Promise<void>((resolve, reject) =>
              process.stdout.write(chunk, (error) => (error ? reject(error) : resolve())),
            ),
        );
      } finally {
        await db.close();
      }
    });
}

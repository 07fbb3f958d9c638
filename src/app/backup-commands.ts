import type { Command } from 'commander';
import { sequenceAudit } from '../audit/sequencer.ts';
import { verifyAuditChain, type VerifyResult } from '../audit/verify.ts';
import { backup, restore } from '../store/backup.ts';
import type { Database } from '../store/database.ts';
import type { StoreOptions } from '../store/open.ts';

/**
 * After a restore: the read policies written again (pg_dump's text of 0628's policies parses back slower, see
 * that migration), entries staged before the backup chained now, then the whole chain walked.
 */
export async function afterRestore(db: Database): Promise<VerifyResult> {
  await db.asOwner((tx) => tx.query('select centinela_write_read_policies()'));
  await sequenceAudit(db);
  return verifyAuditChain((work) => db.asOwner(work));
}

/** `centinela backup FILE` and `centinela restore FILE` (README "Backup and restore"). */
export function registerBackupCommands(program: Command, storeOptions: () => StoreOptions): void {
  program
    .command('backup')
    .description(
      'write a consistent backup: pg_dump custom format (PostgreSQL) or a data dir archive (embedded)',
    )
    .argument('<file>', 'the backup file to write')
    .action(async (file: string) => {
      const result = await backup(storeOptions(), file);
      console.log(`backup of the ${result.engine} database written to ${file} (${result.bytes} bytes)`);
    });

  program
    .command('restore')
    .description('restore a backup into an empty database or a new data dir, then verify the audit chain')
    .argument('<file>', 'a file written by centinela backup')
    .action(async (file: string) => {
      const result = await restore(storeOptions(), file, afterRestore);
      if (result.broken) {
        console.error(
          `restored, but the audit chain is broken at entry ${result.broken.seq}: ${result.broken.reason}`,
        );
        process.exitCode = 3;
      } else {
        console.log(`restored ${file}; audit chain intact: ${result.entries} entries`);
      }
    });
}

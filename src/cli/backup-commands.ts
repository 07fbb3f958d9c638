import type { Command } from 'commander';
import { backup, restore } from '../store/backup.ts';
import type { StoreOptions } from '../store/open.ts';

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
      const result = await restore(storeOptions(), file);
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

/**
 * `centinela cases attach ID FILE` and `centinela cases attachments ID`: the API's upload and list for scripts,
 * each under the user's row-level security with its audit entry. The file's type is declared by `--type` or by its
 * extension, and checked against its bytes as over HTTP.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { AppError } from '../errors/app-error.ts';
import { recordReads } from '../audit/index.ts';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from '../shared/attachments.ts';
import { Tlp } from '../shared/marking.ts';
import { attach } from './attachments.service.ts';
import { listAttachments } from './attachments.repository.ts';
import { visibleCase } from './service.ts';
import { actAs, print } from './cli-act.ts';

const BY_EXTENSION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(ATTACHMENT_TYPES).map(([type, ext]) => [ext, type])),
  '.jpeg': 'image/jpeg',
  '.text': 'text/plain',
};

export function registerAttachmentCommands(cases: Command, ctx: CliContext): void {
  cases
    .command('attach <caseId> <file>')
    .description('attach a file to the case (PDF, PNG, JPEG, text, CSV, XLSX, DOCX; at most 10 MiB)')
    .addOption(new Option('--type <mediaType>', 'its media type (default: from its extension)'))
    .addOption(new Option('--tlp <tlp>', "TLP 2.0 level (default: the case's)").choices(Tlp.options))
    .action(async (caseId: string, file: string, options: { type?: string; tlp?: Tlp }) => {
      // its size before its bytes: a file too large is not read into memory
      if ((await stat(file)).size > ATTACHMENT_MAX_BYTES)
        throw new AppError('ATTACHMENT_TOO_LARGE', { field: 'file' });
      const content = await readFile(file);
      const declaredType = options.type ?? BY_EXTENSION[extname(file).toLowerCase()];
      const stored = await actAs(ctx, ['analyst', 'advisor', 'commander'], (tx, actor) =>
        attach(tx, actor, caseId, { filename: basename(file), declaredType, content }, { tlp: options.tlp }),
      );
      print(stored);
    });

  cases
    .command('attachments <caseId>')
    .description("the case's attachments you may see, newest first")
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'table']).default('table'))
    .action(async (caseId: string, options: { format: string }) => {
      const items = await actAs(ctx, [], async (tx, actor) => {
        await visibleCase(tx, caseId);
        const found = await listAttachments(tx, { caseId }, null, 0);
        await recordReads(tx, actor, 'case_attachments', found);
        return found;
      });
      for (const a of items)
        if (options.format === 'jsonl') print(a);
        else
          process.stdout.write(`${a.id}\t${a.contentType}\t${a.sizeBytes}\t${a.uploadedAt}\t${a.filename}\n`);
    });
}

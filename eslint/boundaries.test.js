// @ts-check
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { KNOWN_FOLDER_CYCLES, KNOWN_TABLE_READS, KNOWN_VIOLATIONS } from './known-violations.js';
import { currentTableReads } from './table-owners.js';
import { currentViolations, importCycles } from './import-graph.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Lints source text as if it were the file at `filePath`, with the project's own configuration. */
async function lint(filePath, code) {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'centinela/folders').map((m) => m.message);
}

/** The table-owner rule's messages for source text linted as the file at `filePath`. */
async function lintTables(filePath, code) {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'centinela/table-owner').map((m) => m.message);
}

describe('folder boundaries (docs/ARCHITECTURE.md)', () => {
  it('fails a capability that imports another capability past its public face', async () => {
    const messages = await lint(
      'src/reports/violates.lint-fixture.ts',
      "import { decide } from '../resolution/decide.ts';\nexport const used = decide;\n",
    );
    expect(messages).toEqual([expect.stringContaining('reports -> resolution/decide.ts')]);
  });

  it('fails the store importing a capability, and the web importing server code', async () => {
    expect(
      await lint('src/store/violates.lint-fixture.ts', "export { recordAudit } from '../audit/audit.ts';\n"),
    ).toEqual([expect.stringContaining('src/store may import only')]);
    expect(
      await lint(
        'web/src/violates.lint-fixture.ts',
        "export type { Finding } from '../../src/custody/findings.service.ts';\n",
      ),
    ).toEqual([expect.stringContaining('the web imports only src/shared')]);
  });

  it('fails the framework layers importing a capability, and a capability importing the composition root', async () => {
    expect(
      await lint(
        'src/http/violates.lint-fixture.ts',
        "export { authenticate } from '../identity/service.ts';\n",
      ),
    ).toEqual([expect.stringContaining('src/http may import only')]);
    expect(
      await lint('src/cli/violates.lint-fixture.ts', "export { register } from '../epcis/cli.ts';\n"),
    ).toEqual([expect.stringContaining('src/cli may import only')]);
    expect(
      await lint('src/reports/violates.lint-fixture.ts', "export { buildApp } from '../app/http-app.ts';\n"),
    ).toEqual([expect.stringContaining('reports -> app/http-app.ts')]);
  });

  it('fails an arrow through public faces that closes a cycle between folders', async () => {
    // custody imports screening's face (the control list): screening importing custody's face would close a cycle
    const messages = await lint(
      'src/screening/cycle.lint-fixture.ts',
      "export { analyseConsignments } from '../custody/index.ts';\n",
    );
    expect(messages).toEqual([
      expect.stringContaining('screening -> custody closes a cycle between folders'),
    ]);
  });

  it('passes the allowed arrows: a public face, the kernel, the plugin contracts', async () => {
    const messages = await lint(
      'src/reports/allowed.lint-fixture.ts',
      [
        "import type { App } from '../http/types.ts';",
        "import type { Tx } from '../store/database.ts';",
        "import { AppError } from '../errors/app-error.ts';",
        "import { combineMarkings } from '../shared/marking.ts';",
        "import { isValidCas } from '../identifiers/index.ts';",
        'export const used = [AppError, combineMarkings, isValidCas] as const;',
        'export type Used = [App, Tx];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('lists exactly the arrows still taken: the exceptions only shrink', () => {
    const taken = [...currentViolations().keys()].sort();
    expect([...KNOWN_VIOLATIONS].sort()).toEqual(taken);
  });

  it('lists exactly the cycles between folders still there, and no module cycle spans folders', () => {
    const { folderCycles, moduleCycles } = importCycles();
    expect([...KNOWN_FOLDER_CYCLES].sort()).toEqual(folderCycles);
    expect(moduleCycles).toEqual([]);
  });

  it("fails a capability that names another capability's table in SQL, not its own or the kernel's", async () => {
    expect(
      await lintTables(
        'src/resolution/violates.lint-fixture.ts',
        'export const sql = `select l.bill_of_lading from declaration_lines l join permits p on true`;\n',
      ),
    ).toEqual([
      expect.stringContaining('resolution -> declaration_lines'),
      expect.stringContaining('resolution -> permits'),
    ]);
    expect(
      await lintTables(
        'src/resolution/allowed.lint-fixture.ts',
        [
          "export const own = 'select id from entities e join agencies a on a.code = e.owner_agency';",
          '// a comment may say select from declaration_lines',
          "export const words = 'the permits of a holder, and its declaration lines';",
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('lists exactly the foreign tables still named: the exceptions only shrink', () => {
    expect([...KNOWN_TABLE_READS].sort()).toEqual([...currentTableReads().keys()].sort());
  });
});

/**
 * Compiles the server to dist/ for `bin/centinela.mjs` (part of `npm run build`): tsc without type checking
 * (`npm run typecheck` does that) and with `.ts` import specifiers rewritten to `.js`, tests and test harnesses
 * left out; then the files the code reads beside itself (migrations, the scenario's CSVs, the EPCIS schema) are
 * copied. dist/ sits one level below the root as src/ does, so every path relative to `import.meta.url`
 * (`../../data`, `../../web/dist`) holds from both. The stamp `dist/.built` is what the bin compares with the
 * sources' times: a source edited after the build makes it run the sources again.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
cpSync(join(root, 'src'), dist, {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || !path.endsWith('.ts'),
});
writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
console.log(`compiled src/ to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);

#!/usr/bin/env node
// The package bin. It runs the compiled server (dist/, written by `npm run build`) when that build is current,
// and the TypeScript sources through tsx otherwise, so that `npx centinela` works straight after `npm install`
// with no build step. The compiled form starts in about half the CPU time: no loader thread transpiling each
// module (docs/PERFORMANCE.md, "`centinela screen` as a whole process").
import { compiledIsCurrent } from './compiled.mjs';

let program;
if (compiledIsCurrent()) {
  program = await import('../dist/app/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  program = await import('../src/app/main.ts');
}
await program.main(process.argv);
// A command that failed exits now: a database that failed to start (PGlite) leaves handles that would keep
// the process alive, so a failed `centinela …` would otherwise never return.
if (process.exitCode) process.exit(process.exitCode);

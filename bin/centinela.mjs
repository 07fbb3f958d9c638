#!/usr/bin/env node
// The package bin: runs the TypeScript sources through tsx so that `npx centinela` works from a
// checkout with no build step (see docs/DECISIONS.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/app/program.ts');
await main(process.argv);
// A command that failed exits now: a database that failed to start (PGlite) leaves handles that would keep
// the process alive, so a failed `centinela …` would otherwise never return.
if (process.exitCode) process.exit(process.exitCode);

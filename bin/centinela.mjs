#!/usr/bin/env node
// The package bin: runs the TypeScript sources through tsx so that `npx centinela` works from a
// checkout with no build step (see docs/DECISIONS.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);

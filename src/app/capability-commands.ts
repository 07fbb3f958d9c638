import type { Command } from 'commander';
import type { CliContext } from '../cli/context.ts';
import { register as identity } from '../identity/cli.ts';
import { register as scenario } from '../scenario/cli.ts';
import { register as screening } from '../screening/cli.ts';
import { register as epcis } from '../epcis/cli.ts';
import { register as custody } from '../custody/cli.ts';
import { analyseConsignments } from '../custody/index.ts';
import { register as resolution } from '../resolution/cli.ts';
import { register as audit } from '../audit/cli.ts';
import { register as incidents } from '../incidents/cli.ts';
import { register as federation } from '../federation/cli.ts';
import { register as leads } from '../leads/cli.ts';
import { register as cases } from '../cases/cli.ts';

/** Every capability's commands (its `cli.ts`), in the order they appear in `centinela --help`. */
export function registerCapabilityCommands(program: Command, context: CliContext): void {
  // `import epcis` analyses after capturing: custody's analysis, passed in (custody reads epcis's face)
  const epcisWithAnalysis = (p: Command, c: CliContext) => epcis(p, c, analyseConsignments);
  for (const register of [
    identity,
    scenario,
    screening,
    epcisWithAnalysis,
    custody,
    incidents,
    federation,
    leads,
    cases,
    resolution,
    audit,
  ])
    register(program, context);
}

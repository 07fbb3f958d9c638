/**
 * Loads the demo world into the database as the agencies that would really contribute it: the
 * regulator imports sites and permits, customs imports (and screens) the declarations, the port
 * operator captures the EPCIS events, then the analyses run. Part is released to the partner, part
 * is not, so that every view shows releasability at work.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../store/database.ts';
import { refreshStatistics } from '../store/statistics.ts';
import type { Actor } from '../shared/actor.ts';
import { openOwnerSession } from '../identity/service.ts';
import { generateScenario } from '../scenario/generate.ts';
import { importLocations, importPermits } from '../custody/registry.service.ts';
import { importDeclarations } from '../screening/import-declarations.ts';
import { sharedScreener } from '../screening/shared-screener.ts';
import { captureDocument } from '../epcis/capture.ts';
import { documentsIn } from '../epcis/cli.ts';
import { analyseConsignments } from '../custody/index.ts';
import { runResolution } from '../resolution/service.ts';
import { loadEvidence } from './evidence.ts';
import {
  hasEvidence,
  hasWorld,
  releaseDeclarations,
  releaseEvents,
  releaseRegistries,
  releasedBillsOfLading,
} from './release.repository.ts';

/** Bills of lading released per transaction (each ≈ 20 events). */
const RELEASE_SLICE = 2_000;
export const DEMO_SEED = 2026;
export const PARTNER_NATION = 'USA';

export type Step = (label: string) => void;

/** A session of one of the demo's users, opened as the owner (loaders and benchmarks act through it). */
export async function demoActor(db: Database, username: string): Promise<Actor> {
  const actor = await openOwnerSession(db, username, `demo-${username}`, 'demo loader', 24);
  if (!actor) throw new Error(`demo user ${username} is missing: seed the identities first`);
  return actor;
}

/**
 * Generates the world's files in `dir` unless they are there already (a world written before the labs is
 * written again: the same seed writes the same files, and the incidents and field reports besides).
 */
export async function ensureWorldFiles(dir: string, size: 'small' | 'medium' | 'large'): Promise<void> {
  if (existsSync(join(dir, 'declarations.csv')) && existsSync(join(dir, 'incidents.csv'))) return;
  await generateScenario({ seed: DEMO_SEED, size, outDir: dir });
}

export interface WorldSummary {
  loaded: boolean;
  declarations?: number;
  alerts?: number;
  events?: number;
  findings?: number;
  entities?: number;
  /** Incidents and field reports stored. */
  evidence?: number;
}

async function evidenceStep(db: Database, dir: string, step: Step): Promise<number> {
  step('incidents (navy, customs) and field reports (intelligence)');
  const actors = {
    navy: await demoActor(db, 'comandante'),
    customs: await demoActor(db, 'analista'),
    intel: await demoActor(db, 'intel'),
  };
  return loadEvidence(db, dir, actors, PARTNER_NATION);
}

/** Imports and analyses the world once; a database that holds it already is left as it is. */
export async function loadDemoWorld(
  db: Database,
  dir: string,
  step: Step = () => undefined,
): Promise<WorldSummary> {
  if (await db.asOwner(hasWorld)) {
    // A world loaded by an earlier version may lack what newer analyses store (the ports' overview tracks):
    // analysing the stale consignments fills it in, and costs one query when nothing is stale.
    const refreshed = await analyseConsignments(db, await demoActor(db, 'analista'), 'stale');
    if (refreshed.consignments > 0) step(`re-analysed ${refreshed.consignments} consignments`);
    // A world loaded before the labs existed gets its evidence on the ground now.
    if (!(await db.asOwner(hasEvidence))) await evidenceStep(db, dir, step);
    return { loaded: false };
  }
  const customs = await demoActor(db, 'analista');
  const regulator = await demoActor(db, 'reguladora');
  const port = await demoActor(db, 'operador');
  const intel = await demoActor(db, 'intel');

  step('sites and permits (regulator)');
  await importLocations(db, regulator, await readFile(join(dir, 'locations.csv'), 'utf8'));
  await importPermits(db, regulator, await readFile(join(dir, 'permits.csv'), 'utf8'));
  await db.asUser(regulator, (tx) => releaseRegistries(tx, PARTNER_NATION));

  step('declarations, screened (customs)');
  const declarations = await importDeclarations(
    db,
    customs,
    createReadStream(join(dir, 'declarations.csv')),
    await sharedScreener(),
  );
  await db.asUser(customs, (tx) => releaseDeclarations(tx, PARTNER_NATION));
  await refreshStatistics(db);
  const released = await db.asUser(customs, (tx) => releasedBillsOfLading(tx, PARTNER_NATION));

  let events = 0;
  for (const file of (await readdir(dir)).filter((f) => /^events.*\.jsonld$/.test(f)).sort()) {
    // a step per file: a world of millions of events shows its capture rate as it goes
    step(`custody events ${file} (port operator)`);
    for (const doc of documentsIn(await readFile(join(dir, file), 'utf8'), file)) {
      events += (await captureDocument(db, port, doc)).storedCount;
    }
  }
  step(`custody events released to ${PARTNER_NATION} (port operator)`);
  // One transaction per slice of bills: a medium world releases hundreds of thousands of events, longer in one statement
  // than the application role's statement timeout on a busy machine (and one long lock for every reader).
  for (let at = 0; at < released.length; at += RELEASE_SLICE) {
    const slice = released.slice(at, at + RELEASE_SLICE);
    await db.asUser(port, (tx) => releaseEvents(tx, PARTNER_NATION, slice));
  }
  await refreshStatistics(db);

  step('diversion findings');
  const analysis = await analyseConsignments(db, customs, 'all');
  step('entity resolution');
  const resolution = await runResolution(db, intel);
  const evidence = await evidenceStep(db, dir, step);
  await refreshStatistics(db);
  return {
    loaded: true,
    declarations: declarations.imported,
    alerts: Object.values(declarations.alerts).reduce((a, b) => a + b, 0),
    events,
    findings: analysis.findings,
    entities: resolution.entities,
    evidence,
  };
}

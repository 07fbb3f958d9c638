/**
 * Evaluation on a world written by `centinela scenario`: party records read from its CSV files the
 * way the database extraction builds them, scored against the party truth (record → entity).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readTruth } from '../../scenario/index.ts';
import {
  partiesOfDeclarationLine,
  partyOfLocation,
  partyOfPermit,
  type DeclarationLineRow,
} from '../extract.ts';
import type { PartyFields } from '../party.ts';
import { Resolver } from '../resolver.ts';
import { pairwiseScores } from './metrics.ts';
import type { EvaluationResult } from './evaluate.ts';

function readCsv<T>(dir: string, file: string): T[] {
  return parse<T>(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true });
}

export function scenarioParties(dir: string): PartyFields[] {
  const parties = readCsv<DeclarationLineRow>(dir, 'declarations.csv').flatMap(partiesOfDeclarationLine);
  const permits = new Map<string, PartyFields>();
  for (const row of readCsv<{ permit_id: string; holder_name: string; holder_rfc: string }>(
    dir,
    'permits.csv',
  )) {
    if (!permits.has(row.permit_id)) permits.set(row.permit_id, partyOfPermit(row));
  }
  const locations = readCsv<{ location_id: string; operator_rfc: string }>(dir, 'locations.csv')
    .map(partyOfLocation)
    .filter((party): party is PartyFields => party !== null);
  return [...parties, ...permits.values(), ...locations];
}

export async function evaluateScenario(dir: string): Promise<EvaluationResult & { unlabelled: number }> {
  const truth = new Map((await readTruth(dir)).parties.map((party) => [party.record, party.entity]));
  const parties = scenarioParties(dir);
  const started = performance.now();
  const resolver = Resolver.run(parties);
  const milliseconds = Math.round(performance.now() - started);
  const labelled = parties.map((party, position) => ({ position, entity: truth.get(party.recordId) }));
  const scored = labelled.filter(
    (item): item is { position: number; entity: string } => item.entity !== undefined,
  );
  const predicted = scored.map((item) => resolver.entityKeyOfRecord(item.position));
  return {
    records: scored.length,
    entities: new Set(predicted).size,
    scores: pairwiseScores(
      predicted,
      scored.map((item) => item.entity),
    ),
    milliseconds,
    unlabelled: parties.length - scored.length,
  };
}

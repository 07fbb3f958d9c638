/**
 * The demo world's evidence on the ground, imported as the agencies that would hold it: the navy (commander)
 * its seizures, dismantled labs, dumpsites and searches, customs (analyst) the stopped shipments, suspicious
 * orders, attempted diversions and thefts the companies report, intelligence its field reports. Part is released
 * to the partner at import (`--releasable-to USA`), part stays with the host: aerial and open-source reports and
 * most of the navy's seizures go to the partner, informants' and technical reports never do.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { importFieldReports, importIncidents } from '../incidents/import.ts';
import type { Actor } from '../shared/actor.ts';
import { importMarking } from '../shared/marking.ts';
import type { Database } from '../store/database.ts';

const NAVY_KINDS = new Set(['seizure', 'lab_dismantled', 'chemical_dumpsite', 'site_searched_negative']);

/** The number at the end of a source id (`INC-2025-00042` → 42): a stable, even split of a file's rows. */
const serial = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 0);

function split(
  text: string,
  released: (row: Record<string, string>) => boolean,
  owned: (row: Record<string, string>) => boolean,
) {
  const rows = parse<Record<string, string>>(text, { columns: true, bom: true });
  const columns = Object.keys(rows[0] ?? {});
  const csv = (subset: Record<string, string>[]) => stringify(subset, { header: true, columns });
  const mine = rows.filter(owned);
  return {
    host: csv(mine.filter((r) => !released(r))),
    partner: csv(mine.filter(released)),
    count: mine.length,
  };
}

export interface EvidenceActors {
  navy: Actor;
  customs: Actor;
  intel: Actor;
}

/** Imports `incidents.csv` and `field-reports.csv` when the world has them; returns how many records it stored. */
export async function loadEvidence(
  db: Database,
  dir: string,
  actors: EvidenceActors,
  partner: string,
): Promise<number> {
  if (!existsSync(join(dir, 'incidents.csv')) || !existsSync(join(dir, 'field-reports.csv'))) return 0;
  const incidents = await readFile(join(dir, 'incidents.csv'), 'utf8');
  const reports = await readFile(join(dir, 'field-reports.csv'), 'utf8');
  let stored = 0;
  const load = async (
    actor: Actor,
    parts: { host: string; partner: string },
    run: typeof importIncidents,
  ) => {
    stored += (await run(db, actor, parts.host)).imported;
    stored += (await run(db, actor, parts.partner, importMarking(actor, { releasableTo: [partner] })))
      .imported;
  };
  const navyReleased = (r: Record<string, string>) => serial(r.incident_id!) % 10 < 6;
  await load(
    actors.navy,
    split(incidents, navyReleased, (r) => NAVY_KINDS.has(r.kind!)),
    importIncidents,
  );
  await load(
    actors.customs,
    split(
      incidents,
      (r) => serial(r.incident_id!) % 10 < 2,
      (r) => !NAVY_KINDS.has(r.kind!),
    ),
    importIncidents,
  );
  const reportReleased = (r: Record<string, string>) =>
    r.source_type === 'aerial' ||
    r.source_type === 'open_source' ||
    (r.source_type === 'ground' && serial(r.report_id!) % 2 === 0);
  await load(
    actors.intel,
    split(reports, reportReleased, () => true),
    importFieldReports,
  );
  return stored;
}

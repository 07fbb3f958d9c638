import { afterEach, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { cliContextOver } from '../testing/cli-context.ts';
import { describeEachEngine } from '../testing/db.ts';
import { captureDocument } from '../epcis/capture.ts';
import { analyseConsignments } from '../custody/index.ts';
import { importFieldReports } from '../incidents/import.ts';
import { BOL, custodyWorld, epcisDocument, shortTrip } from '../testing/custody-world.ts';

/** The short trip, received 40 % short: a high-severity quantity loss, so the consignment counts as diverted. */
const divertedTrip = () =>
  shortTrip().map((e, i, all) =>
    i === all.length - 1 ? { ...e, quantityList: [{ ...e.quantityList![0]!, quantity: 6_000 }] } : e,
  );
import { register } from './cli.ts';

const REPORTS =
  'report_id,observed_at,lat,lon,place,source_type,reliability,credibility,indicators,narrative\n' +
  'FR-1,2024-03-01T10:00:00Z,24.8091,-107.394,,ground,B,2,glassware,\n' +
  'FR-2,2030-01-01T10:00:00Z,24.8091,-107.394,,ground,A,1,glassware,\n';

describeEachEngine('centinela leads', (getDb) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const run = async (args: string[]) => {
    const db = getDb();
    const world = await custodyWorld(db);
    await captureDocument(db, world.port, epcisDocument(divertedTrip()));
    await analyseConsignments(db, world.host, 'stale');
    await importFieldReports(db, world.host, REPORTS);
    const program = new Command().exitOverride();
    register(program, cliContextOver(db, world.host));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    await program.parseAsync(['leads', ...args], { from: 'user' });
    return written.map(
      (line) => JSON.parse(line) as Record<string, unknown> & { evidence: { kind: string; id: string }[] },
    );
  };

  it('prints the BRIEF’s JSONL, best first, from the consignments’ last positions, their findings and the reports', async () => {
    const lines = await run(['--format', 'jsonl', '--as-of', '2024-06-01T00:00:00Z', '--limit', '500']);
    expect(Object.keys(lines[0]!)).toEqual([
      'lead_id',
      'rank',
      'score',
      'cell',
      'lat',
      'lon',
      'area_km2',
      'evidence',
    ]);
    expect(lines.map((l) => l.rank)).toEqual(lines.map((_, i) => i + 1));
    const cited = new Set(lines.flatMap((l) => l.evidence.map((e) => `${e.kind}:${e.id}`)));
    expect(cited).toContain('field_report:FR-1');
    expect(cited).not.toContain('field_report:FR-2'); // after --as-of
    expect(
      [...cited].some((c) => c.startsWith(`consignment:${BOL}`) || c.startsWith(`finding:${BOL}/`)),
    ).toBe(true);
  });
});

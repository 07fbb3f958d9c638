/**
 * A scenario world's files as the custody detectors take them, read in memory the way the database path reads
 * them (src/custody): the declarations' lines with their substances, the permits, the places, and the EPCIS
 * events with only the fields the detectors read (a medium world has ~1.1 M events). Shared by the evaluation
 * scripts (findings, leads), and the assembly of their consignments' facts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { assembleBatch } from '../src/custody/assemble.ts';
import { DEFAULT_THRESHOLDS } from '../src/custody/config.ts';
import { LocationRow, PermitRow, type Permit, type Place } from '../src/custody/model.ts';
import { permitRequirement } from '../src/custody/permit-regime.ts';
import { screeningIdentifier, withSubstances, type DescribedLine } from '../src/custody/substance.ts';
import { parseCsvRows } from '../src/csv/rows.ts';
import { eventsOf, normaliseEvent } from '../src/epcis/normalise.ts';

export async function readWorldInputs(dir: string) {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const declared: DescribedLine[] = parse<Record<string, string>>(read('declarations.csv'), {
    columns: true,
    bom: true,
  }).map((r) => ({
    declarationId: r.declaration_id!,
    lineNo: Number(r.line_no),
    declaredAt: new Date(r.declared_at!).toISOString(),
    portLocode: r.port_locode!,
    billOfLading: r.bill_of_lading!,
    containerNo: r.container_no || null,
    importerRfc: r.importer_rfc || null,
    consigneeRfc: r.consignee_rfc || null,
    importerName: r.importer_name || null,
    consigneeName: r.consignee_name || null,
    destination: r.destination || null,
    casNumber: r.cas_number || null,
    quantityKg: Number(r.quantity_kg) || 0,
    permitId: r.permit_id || null,
    goodsDescription: r.goods_description || null,
    hsCode: r.hs_code || null,
    smiles: r.smiles || null,
  }));
  const permits: Permit[] = (await parseCsvRows(read('permits.csv'), PermitRow, [])).rows.map(
    ({ value: p }) => ({
      permitId: p.permit_id,
      holderRfc: p.holder_rfc,
      holderName: p.holder_name,
      substanceCas: p.substance_cas,
      maxKgPerYear: p.max_kg_per_year,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      siteId: p.site_id,
    }),
  );
  const places = new Map<string, Place>(
    (await parseCsvRows(read('locations.csv'), LocationRow, [])).rows.map(({ value: l }) => [
      l.location_id,
      {
        locationId: l.location_id,
        name: l.name,
        kind: l.kind,
        lat: l.lat,
        lon: l.lon,
        operatorRfc: l.operator_rfc,
      },
    ]),
  );
  const events = readdirSync(dir)
    .filter((f) => /^events.*\.jsonld$/.test(f))
    .sort()
    .flatMap((f) =>
      eventsOf(JSON.parse(read(f)) as Record<string, unknown>).map((raw) => {
        const e = normaliseEvent(raw);
        return {
          eventId: e.eventId,
          eventTime: e.eventTime,
          bizStep: e.bizStep,
          disposition: e.disposition,
          action: e.action,
          placeId: e.bizLocation ?? e.readPoint,
          lat: e.lat,
          lon: e.lon,
          quantityKg: e.quantityKg,
          containerNo: e.containerNo,
          epcs: e.epcs,
          parentId: e.parentId,
          reportedBy: 'scenario',
          bol: e.bol,
        };
      }),
    );
  const lines = withSubstances(declared, permits, await screeningIdentifier(declared));
  return { declared, permits, places, events, lines };
}

export type WorldInputs = Awaited<ReturnType<typeof readWorldInputs>>;

/** The facts of these consignments as of the world's last event, with the default thresholds. */
export function assembleWorld(world: WorldInputs, bols: string[], thresholds = DEFAULT_THRESHOLDS) {
  const { lines, events, places, permits } = world;
  const asOf = events.reduce((max, e) => (e.eventTime > max ? e.eventTime : max), '');
  const requiresPermit = permitRequirement(thresholds, new Set(permits.map((p) => p.substanceCas)));
  return assembleBatch(
    { bols, lines, events, places, permits, permitLines: lines, asOf, requiresPermit },
    thresholds,
  );
}

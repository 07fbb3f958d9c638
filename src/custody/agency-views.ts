/**
 * What each agency sees beyond a consignment's own inputs, read once per analysis: the places registry, the
 * substances the permit registry names (which imports need a permit), and the analysis clock — the newest
 * event the agency may see. Two agencies share a visibility class only when these are the same for both
 * (visibility-classes.ts), so a hidden place, permit or later event changes no other agency's derivation.
 */
import type { MarkingRow } from '../shared/marking.ts';
import type { Tx } from '../store/database.ts';
import { EVENTS } from '../epcis/index.ts';
import type { FindingThresholds } from './config.ts';
import { permitRequirement } from './permit-regime.ts';
import { placesFor, type StoredPlace } from './registry.repository.ts';
import { ViewerCache, type AgencyRef } from './visibility-classes.ts';

export interface AgencyView {
  asOf: string;
  places: ReadonlyMap<string, StoredPlace>;
  requiresPermit: (cas: string, day: string) => boolean;
  /** Equal keys, equal views. */
  key: string;
}

export async function allAgencies(tx: Tx): Promise<AgencyRef[]> {
  const { rows } = await tx.query<{ code: string; nation: string }>(
    'select code, nation from agencies order by code',
  );
  return rows.map((r) => ({ agency: r.code, nation: r.nation }));
}

/**
 * The newest event time each agency may see (the analysis clock of its view): a backward walk of the event
 * time index that stops at the first visible event, with the database's rule for the named agency.
 */
async function clocks(tx: Tx, agencies: readonly AgencyRef[]): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ agency: string; t: Date | string | null }>(
    `select a.agency, (select e.event_time from ${EVENTS}
        where centinela_visible_for(a.agency, a.nation, e.owner_agency, e.tlp, e.releasable_to, e.recipients)
        order by e.event_time desc limit 1) as t
     from jsonb_to_recordset($1::jsonb) as a(agency text, nation text)`,
    [JSON.stringify(agencies)],
  );
  return new Map(rows.map((r) => [r.agency, r.t ? new Date(r.t).toISOString() : new Date(0).toISOString()]));
}

export async function agencyViews(
  tx: Tx,
  agencies: readonly AgencyRef[],
  places: readonly StoredPlace[],
  thresholds: FindingThresholds,
): Promise<Map<string, AgencyView>> {
  const cache = new ViewerCache(agencies);
  const { rows: permitted } = await tx.query<MarkingRow & { substance_cas: string }>(
    'select distinct substance_cas, owner_agency, tlp, releasable_to, recipients from permits',
  );
  const asOf = await clocks(tx, agencies);
  const requirements = new Map<string, (cas: string, day: string) => boolean>();
  const views = new Map<string, AgencyView>();
  for (const { agency } of agencies) {
    const visiblePlaces = placesFor(
      places.filter((p) => cache.viewersOf(p.marking).has(agency)),
      agency,
    );
    const substances = [
      ...new Set(permitted.filter((p) => cache.viewersOf(p).has(agency)).map((p) => p.substance_cas)),
    ].sort();
    const substanceKey = substances.join(',');
    let requiresPermit = requirements.get(substanceKey);
    if (!requiresPermit) {
      requiresPermit = permitRequirement(thresholds, substances);
      requirements.set(substanceKey, requiresPermit);
    }
    const placeKey = [...visiblePlaces.values()]
      .map((p) => p.id)
      .sort()
      .join(',');
    views.set(agency, {
      asOf: asOf.get(agency)!,
      places: visiblePlaces,
      requiresPermit,
      key: `${asOf.get(agency)}|${substanceKey}|${placeKey}`,
    });
  }
  return views;
}

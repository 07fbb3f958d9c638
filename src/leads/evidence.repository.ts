/**
 * The caller's evidence for the leads, read inside `db.asUser` so row-level security leaves exactly what the
 * caller may read: custody's lost and diverted consignments with their findings, incidents and field reports
 * (through their owners' faces) and the outcomes of searches (this capability's table). Each piece keeps the rows
 * it came from, so a read can be audited by the rows its leads cite.
 */
import type { ReadRow } from '../audit/index.ts';
import { consignmentEvidence } from '../custody/index.ts';
import { fieldReportEvidence, incidentEvidence } from '../incidents/index.ts';
import type { Tx } from '../store/database.ts';
import type { EvidenceInput } from './model.ts';
import { outcomeEvidence } from './outcomes.repository.ts';

/** The rows a piece of evidence was read from, by table. */
export type SourceRows = { table: string; row: ReadRow }[];

export interface Gathered {
  evidence: EvidenceInput[];
  /** By `<kind>\0<id>`: the rows behind that piece (two agencies may hold the same source id). */
  sources: Map<string, SourceRows>;
}

export const evidenceKey = (e: { kind: string; id: string }): string => `${e.kind}\u0000${e.id}`;

/** Every piece the caller may read that is known at `asOf` (all of them when null). */
export async function gatherEvidence(tx: Tx, asOf: Date | null): Promise<Gathered> {
  const evidence: EvidenceInput[] = [];
  const sources = new Map<string, SourceRows>();
  const add = (e: EvidenceInput, table: string, row: ReadRow) => {
    evidence.push(e);
    const key = evidenceKey(e);
    sources.set(key, [...(sources.get(key) ?? []), { table, row }]);
  };

  for (const c of await consignmentEvidence(tx, asOf)) {
    const place = { lat: c.lat, lon: c.lon, at: c.lastSeenAt };
    // a stored track is named by its bill of lading: its row id is drawn anew by each analysis
    add({ kind: 'consignment', id: c.billOfLading, ...place, status: c.status }, 'consignment_tracks', {
      id: c.billOfLading,
      marking: c.marking,
      viewers: c.viewers,
    });
    for (const f of c.findings)
      add({ kind: 'finding', id: `${c.billOfLading}/${f.kind}`, ...place, findingKind: f.kind }, 'findings', {
        id: f.id,
        marking: f.marking,
        viewers: f.viewers,
      });
  }
  for (const i of await incidentEvidence(tx, asOf))
    add(
      {
        kind: 'incident',
        id: i.incidentId,
        lat: i.lat,
        lon: i.lon,
        at: i.occurredAt,
        incidentKind: i.kind,
        quantityKg: i.quantityKg,
      },
      'incidents',
      { id: i.id, marking: i.marking },
    );
  for (const r of await fieldReportEvidence(tx, asOf))
    add(
      {
        kind: 'field_report',
        id: r.reportId,
        lat: r.lat,
        lon: r.lon,
        at: r.observedAt,
        sourceType: r.sourceType,
        reliability: r.reliability,
        credibility: r.credibility as 1 | 2 | 3 | 4 | 5 | 6,
        indicators: r.indicators,
      },
      'field_reports',
      { id: r.id, marking: r.marking },
    );
  for (const o of await outcomeEvidence(tx, asOf))
    add(
      { kind: 'outcome', id: o.id, lat: o.lat, lon: o.lon, at: o.observedAt, outcome: o.outcome },
      'lead_outcomes',
      {
        id: o.id,
        marking: o.marking,
      },
    );
  return { evidence, sources };
}

/** The newest instant among the evidence: the default `asOf`, taken from what the caller reads (not the clock). */
export function newestInstant(evidence: readonly EvidenceInput[]): Date | null {
  let newest: number | null = null;
  for (const e of evidence) if (newest === null || e.at.getTime() > newest) newest = e.at.getTime();
  return newest === null ? null : new Date(newest);
}

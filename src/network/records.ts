/**
 * What the network reads of resolution and custody, as the graph takes it (graph.ts): a visible party record and the
 * value nodes it links its entity to, the stored names of entities, the findings on consignments.
 */
import { openFindingsOf } from '../custody/index.ts';
import { entitySummaries, normaliseRfc, type VisibleMember } from '../resolution/index.ts';
import type { Marking } from '../shared/marking.ts';
import type { Tx } from '../store/database.ts';
import { consignmentNode, type KnownEntity, type NetworkFinding, type NetworkRecord } from './graph.ts';

/** The YYMMDD of a persona moral's RFC (a person's RFC holds a birth date: not a company fact). */
export function incorporationDate(rfc: string | null | undefined): string | null {
  const normalised = normaliseRfc(rfc);
  return normalised.kind === 'moral' && normalised.base ? normalised.base.slice(-6) : null;
}

export function networkRecord(member: VisibleMember): NetworkRecord {
  return {
    recordId: member.recordId,
    entityId: member.entityId,
    role: member.role,
    name: member.name,
    declarationId: member.declarationId,
    billOfLading: member.billOfLading,
    permitId: member.permitId,
    locationId: member.locationId,
    addressKey: member.addressKey,
    address: member.address,
    phone: member.phoneNorm,
    incorporated: incorporationDate(member.rfc),
    rfc: member.rfc,
  };
}

/** The nodes besides its entity that a record puts in the graph, with an edge from its entity to each. */
export function valueNodes(record: NetworkRecord): string[] {
  return [
    consignmentNode(record),
    record.addressKey ? `address:${record.addressKey}` : null,
    record.phone ? `phone:${record.phone}` : null,
    record.permitId ? `permit:${record.permitId}` : null,
    record.incorporated ? `incorporation:${record.incorporated}` : null,
    record.locationId ? `site:${record.locationId}` : null,
  ].filter((node): node is string => node !== null);
}

/**
 * The findings on these consignments that the caller reads, through custody's own read (row-level security:
 * the findings derived for the caller's visibility class, from inputs it sees), never custody's tables. A
 * finding an analyst dismissed (with a reason, on the record) is not evidence against anyone.
 */
export async function findingsFor(
  tx: Tx,
  billsOfLading: readonly string[],
): Promise<(NetworkFinding & { marking: Marking })[]> {
  return (await openFindingsOf(tx, billsOfLading)).map((f) => ({
    id: f.id,
    billOfLading: f.billOfLading,
    kind: f.kind,
    severity: f.severity,
    evidence: f.evidence,
    marking: f.marking,
  }));
}

/** An entity as its caller's class stores it (0621): the name the graph gives it and its place in any order. */
export const knownEntity = (stored: {
  name: string | null;
  rfcs: readonly string[];
  firstRecordId: string;
}): KnownEntity => ({
  label: stored.name ?? (stored.rfcs[0] ? `RFC ${stored.rfcs[0]}` : ''),
  anchor: stored.firstRecordId,
});

/** The caller's class's stored name and anchor of each entity in the graph (see `entitySummaries`). */
export async function knownEntities(
  tx: Tx,
  members: readonly VisibleMember[],
): Promise<Map<string, KnownEntity>> {
  const summaries = await entitySummaries(tx, [...new Set(members.map((m) => m.entityId))]);
  return new Map([...summaries].map(([entity, summary]) => [entity, knownEntity(summary)]));
}

/**
 * A caller's network around an entity, computed from what the caller's transaction returns under
 * row-level security: the visible party records of the entities reachable from it (expanded hop by
 * hop through the indexes, not the whole table) and the findings of the caller's visibility class on
 * their consignments (read through custody). Order, paths and communities rest on what the caller sees,
 * not on opaque or random ids (graph.ts, `order`).
 * Nothing hidden enters the graph, so neither its nodes and edges nor its shape (communities, risk,
 * paths) can reveal a record the caller may not see.
 */
import { recordReadsOf } from '../audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { membersForCaller } from '../resolution/index.ts';
import {
  entitySummaries,
  membersSharingWith,
  recordsSharingWith,
  type VisibleMember,
} from '../resolution/index.ts';
import { openFindingsOf } from '../custody/index.ts';
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import { buildNetwork, type KnownEntity, type NetworkFinding, type NetworkRecord } from './graph.ts';
import { normaliseRfc } from '../resolution/index.ts';
import { neighbourhood, type NetworkView } from './analysis.ts';

/** The YYMMDD of a persona moral's RFC (a person's RFC holds a birth date: not a company fact). */
function incorporationDate(rfc: string | null): string | null {
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

/**
 * The findings on these consignments that the caller reads, through custody's own read (row-level security:
 * the findings derived for the caller's visibility class, from inputs it sees), never custody's tables. A
 * finding an analyst dismissed (with a reason, on the record) is not evidence against anyone.
 */
async function findingsFor(
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

/**
 * What to load for a neighbourhood of `depth` graph hops. A hop of records (entity → shared consignment, address…
 * → entity) is two graph hops. `full`: hops that bring every visible record of the entities reached (their other
 * consignments, addresses… are the next graph hop); `linking`: at an even depth, one last hop that brings only
 * the records holding a value of the hop before (the edges into the farthest entities, not everything they touch).
 * Depth 2 is thus the entity's records and the records sharing a value with them; it was, before, two full hops
 * of "context" (most of a medium world for a large importer, 68–193 s).
 */
const recordHopsFor = (depth: number): { full: number; linking: boolean } => ({
  full: Math.floor((depth - 1) / 2),
  linking: depth % 2 === 0,
});

/** The caller's class's stored name and anchor of each entity in the graph (see `entitySummaries`). */
async function knownEntities(tx: Tx, members: readonly VisibleMember[]): Promise<Map<string, KnownEntity>> {
  const summaries = await entitySummaries(tx, [...new Set(members.map((m) => m.entityId))]);
  return new Map(
    [...summaries].map(([entity, summary]) => [
      entity,
      {
        label: summary.name ?? (summary.rfcs[0] ? `RFC ${summary.rfcs[0]}` : ''),
        anchor: summary.firstRecordId,
      },
    ]),
  );
}

export async function entityNetwork(
  db: Database,
  actor: Actor,
  entityId: string,
  depth: number,
): Promise<NetworkView & { entityId: string; depth: number }> {
  return db.asUser(actor, async (tx) => {
    // expand hop by hop through shared consignments, addresses, phones, permits and sites, to the requested depth
    let members = await membersForCaller(tx, entityId);
    const hops = recordHopsFor(depth);
    for (let hop = 0; hop < hops.full; hop++) {
      const next = await membersSharingWith(tx, members);
      if (next.length === members.length) break;
      members = next;
    }
    if (hops.linking) members = await recordsSharingWith(tx, members);
    const bols = [...new Set(members.map((m) => m.billOfLading).filter((b): b is string => b !== null))];
    const findings = await findingsFor(tx, bols);
    const graph = buildNetwork(members.map(networkRecord), findings, await knownEntities(tx, members));
    const view = neighbourhood(graph, `entity:${entityId}`, depth);
    const shownRecords = new Set(view.nodes.flatMap((node) => graph.getNodeAttribute(node.id, 'records')));
    const shownNodes = new Set(view.nodes.map((node) => node.id));
    await recordReadsOf(tx, actor, {
      party_records: members
        .filter((m) => shownRecords.has(m.recordId))
        .map((m) => ({ id: m.id, marking: m.marking })),
      findings: findings.filter((f) => shownNodes.has(`finding:${f.id}`)),
    });
    return { entityId, depth, ...view };
  });
}

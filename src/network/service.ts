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
import { membersSharingWith, type VisibleMember } from '../resolution/index.ts';
import { openFindingsOf } from '../custody/index.ts';
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import { buildNetwork, type NetworkFinding, type NetworkRecord } from './graph.ts';
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
 * Hops of shared records to load for a neighbourhood of `depth` graph hops, with one more graph hop of context
 * for communities and risk. A hop of records (entity → shared consignment, address… → entity) is two graph
 * hops: loading `depth + 1` of them, as before, read four record hops at depth 3 (most of a medium world, 2 s).
 */
export const recordHopsFor = (depth: number): number => Math.ceil((depth + 1) / 2);

export async function entityNetwork(
  db: Database,
  actor: Actor,
  entityId: string,
  depth: number,
): Promise<NetworkView & { entityId: string; depth: number }> {
  return db.asUser(actor, async (tx) => {
    // expand hop by hop through shared consignments, addresses, phones, permits and sites (one graph hop
    // beyond the requested depth, so that communities and risk see the neighbourhood's context)
    let members = await membersForCaller(tx, entityId);
    for (let hop = 0; hop < recordHopsFor(depth); hop++) {
      const next = await membersSharingWith(tx, members);
      if (next.length === members.length) break;
      members = next;
    }
    const bols = [...new Set(members.map((m) => m.billOfLading).filter((b): b is string => b !== null))];
    const findings = await findingsFor(tx, bols);
    const graph = buildNetwork(members.map(networkRecord), findings);
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

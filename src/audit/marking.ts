import { TLP_LEVELS, type Marking, type Tlp } from '../shared/marking.ts';

/** Who an entry is about, as far as its marking goes. */
export interface EntryActor {
  agency?: string | undefined;
  nation?: string | undefined;
}

const rank = (tlp: Tlp) => TLP_LEVELS.indexOf(tlp);
const SPREADING: ReadonlySet<Tlp> = new Set(['clear', 'green', 'amber']);
const intersect = (sets: readonly (readonly string[])[]) =>
  sets.reduce<string[]>((acc, s) => acc.filter((x) => s.includes(x)), [...(sets[0] ?? [])]);

/**
 * The marking of an audit entry: the narrowest of the records it names, so that an auditor reads an
 * entry (its ids, reasons, before and after) exactly when the visibility rule lets it read every record
 * the entry names. Records of one owner give the entry that owner: the owner's auditors see who touched
 * its records, and the acting agency, which could see them, can see the entry too. Records of several
 * owners give it the acting agency. An entry naming no record (a login, an account change) is amber to
 * the actor's nation; one with no actor's agency and no record (a failed login by an unknown name, a
 * command run as the schema owner) has no marking: it is in the operator's chain, which no auditor reads
 * (only the schema owner: `centinela audit verify`, and SQL).
 */
export function auditMarking(actor: EntryActor, named: readonly Marking[]): Marking | null {
  if (named.length === 0) {
    if (!actor.agency || !actor.nation) return null;
    return { ownerAgency: actor.agency, tlp: 'amber', releasableTo: [actor.nation], recipients: [] };
  }
  const owners = [...new Set(named.map((m) => m.ownerAgency))];
  const ownerAgency = owners.length === 1 || !actor.agency ? owners[0]! : actor.agency;
  const tlp = named.reduce<Tlp>((worst, m) => (rank(m.tlp) > rank(worst) ? m.tlp : worst), 'clear');
  // Recipients restrict only amber+strict and red records: a record that spreads to its nations (clear, green,
  // amber) lets any of their agencies read it, so its empty list must not take the named recipients away.
  const strict = named.filter((m) => !SPREADING.has(m.tlp));
  return {
    ownerAgency,
    tlp,
    releasableTo: [...new Set(intersect(named.map((m) => m.releasableTo)))].sort(),
    recipients: [...new Set(intersect((strict.length > 0 ? strict : named).map((m) => m.recipients)))].sort(),
  };
}

/**
 * The marking to give records that could not be looked up (ids that are not keys, rows gone or hidden):
 * red, to the acting agency alone. Failing closed keeps an entry from reaching further than its records.
 */
export function unresolvedMarking(actor: EntryActor): Marking | null {
  if (!actor.agency || !actor.nation) return null;
  return { ownerAgency: actor.agency, tlp: 'red', releasableTo: [actor.nation], recipients: [] };
}

/**
 * Derivation runs (the custody analysis, entity resolution) are system tasks: their entries name derived
 * records of every visibility class and count inputs no one agency sees, so they carry no marking and go to
 * the operator's chain (chains.ts), read by the schema owner only. What they derived is read, per class, in
 * the derived records themselves.
 */
export const DERIVATION_ACTIONS: ReadonlySet<string> = new Set(['analyse', 'resolve']);

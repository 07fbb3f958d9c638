import { z } from 'zod';

/** FIRST TLP 2.0 levels, from least to most restrictive. */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export const Tlp = z.enum(TLP_LEVELS);
export type Tlp = z.infer<typeof Tlp>;

/** Levels that may spread beyond named recipients to every agency of a releasable nation. */
const SPREADING: ReadonlySet<Tlp> = new Set(['clear', 'green', 'amber']);

/** Levels whose reads are recorded in the audit trail. */
export const AUDITED_READ_LEVELS: ReadonlySet<Tlp> = new Set(['amber', 'amber+strict', 'red']);

const NationCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
const AgencyCode = z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'an agency code');

export const Marking = z.object({
  ownerAgency: AgencyCode,
  tlp: Tlp,
  releasableTo: z.array(NationCode),
  recipients: z.array(AgencyCode),
});
export type Marking = z.infer<typeof Marking>;

/** What a caller may change of a marking (the owner never changes). */
export const MarkingChange = Marking.omit({ ownerAgency: true }).strict();
export type MarkingChange = z.infer<typeof MarkingChange>;

export interface Viewer {
  agency: string;
  nation: string;
}

/**
 * The visibility rule, in TypeScript. The database enforces it (migrations/0002_markings.sql,
 * `centinela_visible`); this copy is the oracle the tests compare the database against, and what
 * pure code uses to reason about markings it holds in memory.
 */
export function canSee(viewer: Viewer, marking: Marking): boolean {
  if (marking.ownerAgency === viewer.agency) return true;
  if (!marking.releasableTo.includes(viewer.nation)) return false;
  return SPREADING.has(marking.tlp) || marking.recipients.includes(viewer.agency);
}

function rank(tlp: Tlp): number {
  return TLP_LEVELS.indexOf(tlp);
}

/**
 * True when `next` would let someone see what `current` hides: a less restrictive TLP, a nation
 * added, or a recipient added. Only the owner agency may do that.
 */
export function isWidening(current: MarkingChange, next: MarkingChange): boolean {
  return (
    rank(next.tlp) < rank(current.tlp) ||
    next.releasableTo.some((n) => !current.releasableTo.includes(n)) ||
    next.recipients.some((a) => !current.recipients.includes(a))
  );
}

/**
 * The marking of a record derived from several others (a finding from a declaration and events):
 * never wider than any input — the most restrictive TLP, and only the nations and recipients that
 * every input releases to. The owner is the agency that derives it, which can see every input (so
 * its nation is releasable in each, and adding it widens nothing).
 */
export function combineMarkings(
  owner: { agency: string; nation: string },
  inputs: readonly Marking[],
): Marking {
  if (inputs.length === 0) {
    return { ownerAgency: owner.agency, tlp: 'amber', releasableTo: [owner.nation], recipients: [] };
  }
  const tlp = inputs.reduce<Tlp>((worst, m) => (rank(m.tlp) > rank(worst) ? m.tlp : worst), 'clear');
  const intersect = (sets: string[][]) => sets.reduce((acc, s) => acc.filter((x) => s.includes(x)));
  const releasableTo = intersect(inputs.map((m) => m.releasableTo));
  if (!releasableTo.includes(owner.nation)) releasableTo.push(owner.nation);
  return {
    ownerAgency: owner.agency,
    tlp,
    releasableTo: [...new Set(releasableTo)].sort(),
    recipients: [...new Set(intersect(inputs.map((m) => m.recipients)))].sort(),
  };
}

/** The marking columns as stored, mapped to the domain type. */
export interface MarkingRow {
  owner_agency: string;
  tlp: Tlp;
  releasable_to: string[];
  recipients: string[];
}

export function markingFromRow(row: MarkingRow): Marking {
  return {
    ownerAgency: row.owner_agency,
    tlp: row.tlp,
    releasableTo: row.releasable_to,
    recipients: row.recipients,
  };
}

const commaList = (item: z.ZodString) =>
  z
    .string()
    .max(2000)
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(100));

/**
 * The markings an import applies to what it stores (BRIEF "Markings on import"), as query parameters so a
 * multipart upload carries them before its file: `amber`, the owner's nation and no recipients by default.
 */
export const ImportMarkingQuery = z.object({
  tlp: Tlp.default('amber').describe('TLP 2.0 level of every imported record'),
  releasableTo: commaList(NationCode).describe(
    "Nations (ISO 3166 alpha-3, comma-separated) the records are releasable to; the owner's nation is always included",
  ),
  recipients: commaList(AgencyCode).describe('Agencies (comma-separated) named as recipients'),
});
export type ImportMarkingQuery = z.infer<typeof ImportMarkingQuery>;

/** The marking of what `owner` imports with these options: its own, always releasable to its nation. */
export function importMarking(owner: Viewer, query: Partial<ImportMarkingQuery> = {}): Marking {
  return {
    ownerAgency: owner.agency,
    tlp: query.tlp ?? 'amber',
    releasableTo: [...new Set([owner.nation, ...(query.releasableTo ?? [])])].sort(),
    recipients: [...new Set(query.recipients ?? [])].sort(),
  };
}

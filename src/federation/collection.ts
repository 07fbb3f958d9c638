/**
 * One page of the TAXII collection (everything the caller may see), read in SQL page by page: each exported table
 * is read by keyset from the page's position under the caller's row-level security (store/added-since.ts, the
 * indexes of 0733), the rows are merged in the collection's order and only the page's objects are built. The
 * objects, their `date_added` and the definitions are those of `centinela export stix` (bundle.ts): a record's
 * `date_added` is its last change or marking change, a received object's when it was stored or re-marked, and an
 * identity or marking definition takes the newest `date_added` of the objects that name it, computed from the
 * markings of the rows at or after the page's position only (definitions.ts).
 *
 * The order: `date_added` (with microseconds), then a rank (marking definitions, extension definitions,
 * identities, then the rest: a definition comes before what names it at the same instant), then the source
 * (definitions, received objects, reports, incidents, field reports, findings), then the row's key in its table
 * and the object's place in its row. `next` is that position of the page's last object: stable while records are
 * added (they come after it, or move after it when changed).
 */
import { recordReadsOf, type ReadRow } from '../audit/index.ts';
import { FINDINGS_ADDED } from '../custody/index.ts';
import { AppError } from '../errors/app-error.ts';
import { listAgencies } from '../identity/index.ts';
import { FIELD_REPORTS_ADDED, INCIDENTS_ADDED } from '../incidents/index.ts';
import { REPORTS_ADDED } from '../reports/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { AddedBound, AddedRelation, MarkingGroup } from '../store/added-since.ts';
import type { Database, Tx } from '../store/database.ts';
import { datedDefinitions, definitionsFloor, micro, namedOnly } from './definitions.ts';
import { FIELD_REPORT_TYPES, fieldReportStixIds, fieldReportToStix } from './map-field-report.ts';
import { findingStixId, findingToStix } from './map-finding.ts';
import { incidentStixId, incidentToStix } from './map-incident.ts';
import { reportStixId, reportToStix } from './map-report.ts';
import { markingRefs } from './markings.ts';
import { identityRefsSince, RECEIVED_ADDED, receivedRecordIds } from './received.repository.ts';
import type { StixObject } from './stix.ts';
import { DEFAULT_LIMIT, type TaxiiQuery } from './taxii.ts';
import type { Marking } from '../shared/marking.ts';

/** A place in the collection's order. */
export interface Position {
  at: string;
  rank: number;
  src: number;
  id: string;
  part: number;
}

export interface PageEntry {
  object: StixObject;
  /** As TAXII writes it (milliseconds). */
  dateAdded: string;
  position: Position;
}

const RECORD_RANK = 3;
const RANKS = ['marking-definition', 'extension-definition', 'identity'];
const rankOf = (type: string) => (RANKS.includes(type) ? RANKS.indexOf(type) : RECORD_RANK);
const DEFINITIONS = 0;
const RECEIVED = 1;

/** An object's version: `modified`, else `created`, else when it was added (TAXII 2.1 §3.6). */
export const versionOf = (e: { object: StixObject; dateAdded: string }) =>
  e.object.modified ?? e.object.created ?? e.dateAdded;

const millis = (at: string) => `${at.slice(0, 23)}Z`;

export const encodePosition = (p: Position) =>
  Buffer.from(`${p.at}~${p.rank}~${p.src}~${p.part}~${p.id}`, 'utf8').toString('base64url');

function decodePosition(token: string): Position {
  const [at, rank, src, part, ...id] = Buffer.from(token, 'base64url').toString('utf8').split('~');
  const position = {
    at: at ?? '',
    rank: Number(rank),
    src: Number(src),
    part: Number(part),
    id: id.join('~'),
  };
  if (
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(position.at) ||
    ![position.rank, position.src, position.part].every((n) => Number.isInteger(n) && n >= 0) ||
    position.id === ''
  )
    throw new AppError('VALIDATION_FAILED', { field: 'next', detail: 'not a position of this collection' });
  return position;
}

function compare(a: Position, b: Position): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.src !== b.src) return a.src - b.src;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.part - b.part;
}

/** A row of a source, with the objects it becomes (built only when asked for). */
interface Row {
  at: string;
  key: (string | number)[];
  parts: { type: string; id: string; position: Position; build: () => StixObject }[];
  read?: { table: string; row: ReadRow };
}

interface Source {
  src: number;
  relation: AddedRelation<unknown>;
  /** The types it yields (null: any, filtered in SQL). */
  types: readonly string[] | null;
  /** The STIX ids of a row's objects, from its id (null: the row's id is the STIX id). */
  stixIds: ((id: string) => string[]) | null;
  rows: (records: never[], tx: Tx) => Promise<Row[]>;
}

const lazy = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** A table of records of this instance: one row, one object (a field report: four). */
function records<R extends { id: string; marking: Marking; addedAt: string }>(
  src: number,
  table: 'reports' | 'incidents' | 'field_reports' | 'findings',
  relation: AddedRelation<unknown>,
  types: readonly string[],
  stixIds: (id: string) => string[],
  build: (record: R) => StixObject[],
  received: boolean,
): Source {
  return {
    src,
    relation,
    types,
    stixIds,
    rows: async (list, tx) => {
      const all = list as unknown as R[];
      // a record received from elsewhere travels as the received object (its own id and version)
      const skip = received
        ? await receivedRecordIds(
            tx,
            all.map((r) => r.id),
          )
        : new Set<string>();
      return all.map((record) => {
        const objects = lazy(() => build(record));
        const ids = stixIds(record.id);
        return {
          at: record.addedAt,
          key: [record.addedAt, record.id],
          parts: skip.has(record.id)
            ? []
            : types.map((type, part) => ({
                type,
                id: ids[part]!,
                position: { at: record.addedAt, rank: RECORD_RANK, src, id: record.id, part },
                build: () => objects()[part]!,
              })),
          read: { table, row: { id: record.id, marking: record.marking } },
        };
      });
    },
  };
}

const SOURCES: Source[] = [
  {
    src: RECEIVED,
    relation: RECEIVED_ADDED,
    types: null,
    stixIds: null,
    rows: async (list) =>
      (list as unknown as Awaited<ReturnType<typeof RECEIVED_ADDED.page>>).map((r) => {
        const rank = rankOf(r.object.type);
        const position = { at: r.addedAt, rank, src: RECEIVED, id: r.rowKey, part: 0 };
        return {
          at: r.addedAt,
          key: [r.addedAt, rank, r.rowKey],
          parts: [
            {
              type: r.object.type,
              id: r.object.id,
              position,
              // it travels under the marking held here (never wider than it arrived with)
              build: () => ({ ...r.object, object_marking_refs: markingRefs(r.marking).refs }),
            },
          ],
          read: { table: 'stix_objects', row: { id: r.object.id, marking: r.marking } },
        };
      }),
  },
  records(
    2,
    'reports',
    REPORTS_ADDED as AddedRelation<unknown>,
    ['report'],
    (id) => [reportStixId(id)],
    (r) => [reportToStix(r as never)],
    true,
  ),
  records(
    3,
    'incidents',
    INCIDENTS_ADDED as AddedRelation<unknown>,
    ['incident'],
    (id) => [incidentStixId(id)],
    (r) => [incidentToStix(r as never)],
    true,
  ),
  records(
    4,
    'field_reports',
    FIELD_REPORTS_ADDED as AddedRelation<unknown>,
    FIELD_REPORT_TYPES,
    fieldReportStixIds,
    (r) => fieldReportToStix(r as never),
    true,
  ),
  records(
    5,
    'findings',
    FINDINGS_ADDED as AddedRelation<unknown>,
    ['x-centinela-finding'],
    (id) => [findingStixId(id)],
    (r) => [findingToStix(r as never)],
    false,
  ),
];

const listOf = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Where a source's rows after the position (and at or after `since`) start, as a keyset bound. */
function boundOf(source: Source, from: Position | null, since: string | null): AddedBound | null {
  if (!from || (since !== null && from.at < since))
    return since === null ? null : { op: '>=', values: [since] };
  if (from.src === source.src)
    return source.src === RECEIVED
      ? { op: '>', values: [from.at, from.rank, from.id] }
      : { op: '>=', values: [from.at, from.id] }; // the row itself, for the objects after its part
  if (source.src === RECEIVED) return { op: RECEIVED > from.src ? '>=' : '>', values: [from.at, from.rank] };
  const after = RECORD_RANK > from.rank || (RECORD_RANK === from.rank && source.src > from.src);
  return { op: after ? '>=' : '>', values: [from.at] };
}

export interface CollectionPage {
  page: PageEntry[];
  more: boolean;
  next?: string;
}

interface Candidate {
  type: string;
  id: string;
  position: Position;
  build: () => StixObject;
  read?: Row['read'];
}

/**
 * The page of the caller's collection that the query asks for (at most `limit` objects); the reads of the rows
 * it sends are audited.
 */
export async function collectionPage(
  db: Database,
  actor: Actor,
  query: TaxiiQuery,
  limit = query.limit ?? DEFAULT_LIMIT,
): Promise<CollectionPage> {
  const from = query.next ? decodePosition(query.next) : null;
  // `added_after` compares the dates as TAXII writes them (milliseconds): the first instant after it
  const since = query.added_after
    ? micro(new Date(new Date(query.added_after).getTime() + 1).toISOString())
    : null;
  const ids = listOf(query['match[id]']);
  const types = listOf(query['match[type]']);
  const specs = listOf(query['match[spec_version]']);
  const versions = listOf(query['match[version]'])
    ?.filter((v) => !['first', 'last', 'all'].includes(v))
    .map((v) => Date.parse(v));
  const ours = !specs?.length || specs.includes('2.1'); // everything this instance writes is STIX 2.1
  const wanted = (c: Candidate) =>
    (!from || compare(c.position, from) > 0) &&
    (since === null || c.position.at >= since) &&
    (!types?.length || types.includes(c.type)) &&
    (!ids?.length || ids.includes(c.id)) &&
    (!versions?.length ||
      versions.includes(Date.parse(versionOf({ object: c.build(), dateAdded: millis(c.position.at) }))));
  const need = limit + 1;

  return db.asUser(actor, async (tx) => {
    const candidates: Candidate[] = [];
    for (const source of SOURCES) {
      if (source.src !== RECEIVED && !ours) continue;
      if (source.types && types?.length && !source.types.some((t) => types.includes(t))) continue;
      let only: string[] | null = null;
      if (ids?.length) {
        const stixIds = source.stixIds;
        if (stixIds === null) only = ids;
        else {
          if (!ids.some((id) => source.types!.includes(id.slice(0, id.indexOf('--'))))) continue;
          // a record's STIX id is a hash of its id: the ids the caller may see, hashed (ids only, no rows)
          only = (await source.relation.ids(tx)).filter((id) => stixIds(id).some((s) => ids.includes(s)));
          if (only.length === 0) continue;
        }
      }
      const filters =
        source.src === RECEIVED
          ? { ...(types?.length ? { type: types } : {}), ...(specs?.length ? { spec: specs } : {}) }
          : {};
      let bound = boundOf(source, from, since);
      for (let taken = 0; ;) {
        const list = await source.relation.page(tx, { bound, ids: only, filters, limit: need });
        const rows = await source.rows(list as never[], tx);
        for (const row of rows)
          for (const part of row.parts) {
            const candidate = { ...part, read: row.read };
            if (!wanted(candidate)) continue;
            candidates.push(candidate);
            taken++;
          }
        if (list.length < need || taken >= need) break;
        bound = { op: '>', values: rows[rows.length - 1]!.key };
      }
    }
    if (
      ours &&
      (!types?.length || types.some((t) => RANKS.includes(t))) &&
      (!ids?.length || ids.some((id) => RANKS.some((t) => id.startsWith(`${t}--`))))
    )
      candidates.push(...(await definitionsAfter(tx, actor, from, since)).filter(wanted));

    candidates.sort((a, b) => compare(a.position, b.position));
    const more = candidates.length > limit;
    const chosen = candidates.slice(0, limit);
    const page = chosen.map((c) => ({
      object: c.build(),
      dateAdded: millis(c.position.at),
      position: c.position,
    }));
    const reads: Record<string, ReadRow[]> = {};
    const seen = new Set<string>();
    for (const c of chosen)
      if (c.read && !seen.has(`${c.read.table}:${c.read.row.id}`)) {
        seen.add(`${c.read.table}:${c.read.row.id}`);
        (reads[c.read.table] ??= []).push(c.read.row);
      }
    await recordReadsOf(tx, actor, reads);
    return more ? { page, more, next: encodePosition(chosen[chosen.length - 1]!.position) } : { page, more };
  });
}

/** The identities and definitions of the collection at or after the position (dated as the bundle dates them). */
async function definitionsAfter(
  tx: Tx,
  actor: Actor,
  from: Position | null,
  since: string | null,
): Promise<Candidate[]> {
  let lower = from && since ? (from.at > since ? from.at : since) : (from?.at ?? since);
  if (lower !== null && lower < definitionsFloor) lower = null;
  const groups: MarkingGroup[] = [];
  for (const source of SOURCES) groups.push(...(await source.relation.markingsSince(tx, lower)));
  const identityRefs = await identityRefsSince(tx, lower);
  const agencies = await listAgencies(tx);
  const named = lower === null ? [] : namedOnly({ groups, identityRefs, agencies });
  const referencedOwners = new Set<string>();
  for (const source of SOURCES)
    if (named.length > 0)
      for (const code of await source.relation.ownersAmong(tx, named)) referencedOwners.add(code);
  return datedDefinitions({ groups, identityRefs, referencedOwners, agencies, reader: actor }).map((d) => ({
    type: d.object.type,
    id: d.object.id,
    position: { at: d.at, rank: rankOf(d.object.type), src: DEFINITIONS, id: d.object.id, part: 0 },
    build: () => d.object,
  }));
}

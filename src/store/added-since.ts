import type { Tx } from './database.ts';
import type { MarkingRow } from '../shared/marking.ts';

/**
 * A marked table read in the order of a TAXII collection (src/federation/collection.ts): by the instant a row was
 * last added (`at`: its last change or marking change), then by its key, one keyset page at a time under the
 * caller's row-level security. The owning capability names its table and says what `at` is; the statements are
 * built here so that every exported table pages the same way (and through the same expression indexes, 0733).
 * Instants travel as text with microseconds (`2026-12-07T14:20:00.123456Z`): keyset positions must be exact, and a
 * JavaScript `Date` keeps milliseconds only.
 */
export interface AddedRelationSpec<Row, R> {
  /** `from <table>` (the owner's literal: the table-owner rule reads it there). */
  from: string;
  /** The row's instant (an expression over its columns; 0733 indexes it with the key). */
  at: string;
  /** The key after `at`: the row's id, and for received objects a rank before it (definitions first). */
  key: readonly string[];
  /** The SQL type of each key column, for the bound's parameters. */
  keyTypes: readonly string[];
  /** The column the `ids` filter applies to, and its SQL type. */
  id: { column: string; type: string };
  toRecord: (row: Row) => R;
  /** Extra filters this relation understands: a column compared with `= any($n)` (e.g. a received object's type). */
  filters?: Readonly<Record<string, string>>;
}

/** Rows whose (at, key…) compares to `values` (a prefix of it) with `op`. */
export interface AddedBound {
  op: '>' | '>=';
  values: readonly (string | number)[];
}

export interface AddedQuery {
  bound: AddedBound | null;
  /** Only these ids (of `id.column`), when given. */
  ids?: readonly string[] | null;
  /** Named filters of the spec, each a list of accepted values. */
  filters?: Readonly<Record<string, readonly string[]>>;
  limit: number;
}

/** A row's marking and the newest instant of the rows that carry it (the TAXII definitions' dates). */
export interface MarkingGroup {
  ownerAgency: string;
  tlp: string;
  releasableTo: string[];
  recipients: string[];
  at: string;
}

export interface AddedRelation<R> {
  page(tx: Tx, query: AddedQuery): Promise<(R & { addedAt: string; rowKey: string })[]>;
  /** The markings of the rows added at or after `since` (every row when null), with their newest instant. */
  markingsSince(tx: Tx, since: string | null): Promise<MarkingGroup[]>;
  /** Every id the caller may see (to find the rows that STIX ids computed from them name). */
  ids(tx: Tx): Promise<string[]>;
  /** Which of these agencies own a row the caller may see. */
  ownersAmong(tx: Tx, agencies: readonly string[]): Promise<string[]>;
}

/** An instant as exact text (UTC, microseconds). */
export const atText = (expression: string) =>
  `to_char((${expression}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export function addedRelation<Row extends object, R>(spec: AddedRelationSpec<Row, R>): AddedRelation<R> {
  const columns = [spec.at, ...spec.key];
  const types = ['timestamptz', ...spec.keyTypes];
  const order = columns.join(', ');
  const groups = `select owner_agency, tlp, releasable_to, recipients, ${atText(`max(${spec.at})`)} as at
      ${spec.from}`;
  return {
    async page(tx, query) {
      const values: unknown[] = [];
      const param = (value: unknown, type: string) => {
        values.push(value);
        return `$${values.length}::${type}`;
      };
      const where: string[] = [];
      if (query.bound) {
        const n = query.bound.values.length;
        const left = columns.slice(0, n);
        const right = query.bound.values.map((v, i) => param(v, types[i]!));
        where.push(
          n === 1
            ? `${left[0]} ${query.bound.op} ${right[0]}`
            : `(${left.join(', ')}) ${query.bound.op} (${right.join(', ')})`,
        );
      }
      if (query.ids) where.push(`${spec.id.column} = any (${param(query.ids, `${spec.id.type}[]`)})`);
      for (const [name, accepted] of Object.entries(query.filters ?? {})) {
        const expression = spec.filters?.[name];
        if (expression) where.push(`${expression} = any (${param(accepted, 'text[]')})`);
      }
      const { rows } = await tx.query<Row & { added_at: string; row_key: string }>(
        `select *, ${atText(spec.at)} as added_at, (${spec.key[spec.key.length - 1]})::text as row_key
         ${spec.from} ${where.length ? `where ${where.join(' and ')}` : ''}
         order by ${order} limit ${param(query.limit, 'int')}`,
        values,
      );
      return rows.map((r) => ({ ...spec.toRecord(r), addedAt: r.added_at, rowKey: r.row_key }));
    },
    async markingsSince(tx, since) {
      const { rows } = await tx.query<MarkingRow & { at: string }>(
        since === null
          ? `${groups} group by 1, 2, 3, 4`
          : `${groups} where ${spec.at} >= $1::timestamptz group by 1, 2, 3, 4`,
        since === null ? [] : [since],
      );
      return rows.map((r) => ({
        ownerAgency: r.owner_agency,
        tlp: r.tlp,
        releasableTo: r.releasable_to,
        recipients: r.recipients,
        at: r.at,
      }));
    },
    async ids(tx) {
      const { rows } = await tx.query<{ id: string }>(`select ${spec.id.column}::text as id ${spec.from}`);
      return rows.map((r) => r.id);
    },
    async ownersAmong(tx, agencies) {
      const { rows } = await tx.query<{ owner_agency: string }>(
        `select distinct owner_agency ${spec.from} where owner_agency = any ($1::text[])`,
        [[...agencies]],
      );
      return rows.map((r) => r.owner_agency);
    },
  };
}

/**
 * The SQL pieces every capability's search function shares (src/search/ composes them), so that a score means
 * the same thing whichever table it comes from: 3 for an exact match, 2–3 for a prefix, 1–2 for a match inside
 * the text (the larger the share of the text the query covers, the higher), and below 1 the trigram word
 * similarity of a fuzzy match. Text is compared folded (no accents, lower case: `centinela_fold`), identifiers
 * by their letters and digits only (`centinela_fold_key`), both from migrations/0650_text_search.sql; every
 * condition below is one a trigram index on the same expression answers.
 *
 * A query using them starts `with ${SEARCH_TERMS} …`, binds the text typed as $1, and joins `search_terms t`;
 * it reads the table's candidates (`candidates`) with their folded fields first (`textMatch`: `where`,
 * `columns`) in a MATERIALIZED step, then scores and orders them (`score`), so each value is folded once.
 */
export const SEARCH_TERMS = String.raw`search_terms as not materialized (
  select centinela_fold($1::text) as folded,
         centinela_fold_key($1::text) as key,
         replace(replace(replace(centinela_fold($1::text), '\', '\\'), '%', '\%'), '_', '\_') as pattern)`;

/**
 * The rows of `table` (as `alias`) that the table's candidate function (a migration's `centinela_search_*`,
 * after 0623) finds for the text $1: through the trigram indexes, which row-level security keeps unused for a
 * LIKE in the query itself, and only rows the caller may read. They are joined back here by primary key under
 * row-level security, a second check, and the query's own `where` still applies.
 */
export const candidates = (fn: string, table: string, alias: string) =>
  `${fn}($1) as ${alias}_candidate (id) join ${table} ${alias} on ${alias}.id = ${alias}_candidate.id`;

/** A field the search compares: a name or description (folded), or an identifier (letters and digits only). */
export interface SearchField {
  column: string;
  as: 'name' | 'key';
}
export const name = (column: string): SearchField => ({ column, as: 'name' });
export const key = (column: string): SearchField => ({ column, as: 'key' });

export interface TextMatch {
  /** The fields' folded values, to select once (`s_0`, `s_1`…) in a MATERIALIZED step: folding is the cost. */
  columns: string;
  /** A boolean SQL condition on the table's own columns (what the trigram indexes answer): any field matches. */
  where: string;
  /** The row's score from the selected `s_N` columns (the best field's), rounded so both engines order ties alike. */
  score: string;
}

const folded = (field: SearchField) =>
  field.as === 'name' ? `centinela_fold(${field.column})` : `centinela_fold_key(${field.column})`;

/**
 * Where a field matches: its start always; inside it, and (names) fuzzily, only for a text of three characters
 * or more — a shorter one is inside too much to mean anything, and has no trigram to find it by.
 */
function condition(field: SearchField): string {
  const value = folded(field);
  if (field.as === 'key')
    return `(t.key <> '' and (${value} like t.key || '%'
      or (length(t.key) >= 3 and ${value} like '%' || t.key || '%')))`;
  return `(t.folded <> '' and (${value} like t.pattern || '%'
    or (length(t.folded) >= 3 and (${value} like '%' || t.pattern || '%' or t.folded <% ${value}))))`;
}

function tiers(value: string, field: SearchField): string {
  const term = field.as === 'key' ? 't.key' : 't.folded';
  const fuzzy =
    field.as === 'key'
      ? '0'
      : `case when length(${term}) >= 3 then word_similarity(${term}, ${value}) else 0 end`;
  return `coalesce(case when ${term} = '' then 0
    when ${value} = ${term} then 3
    when starts_with(${value}, ${term}) then 2 + length(${term})::float8 / length(${value})
    when length(${term}) >= 3 and strpos(${value}, ${term}) > 0 then 1 + length(${term})::float8 / length(${value})
    else ${fuzzy} end, 0)`;
}

/** The match of a row on any of `fields`; its score is the best field's. */
export function textMatch(...fields: SearchField[]): TextMatch {
  const scores = fields.map((field, i) => tiers(`s_${i}`, field));
  const best = scores.length === 1 ? scores[0]! : `greatest(${scores.join(', ')})`;
  return {
    columns: fields.map((field, i) => `${folded(field)} as s_${i}`).join(', '),
    where: `(${fields.map(condition).join(' or ')})`,
    score: `round((${best})::numeric, 4)::float8`,
  };
}

/**
 * The rows behind a hit that groups several (a bill of lading's lines), as a JSON array of their ids and
 * markings (the audit names each one it read): `id`, `owner_agency`, `tlp`, `releasable_to`, `recipients`.
 */
export const rowsRead = (alias: string) =>
  `jsonb_agg(jsonb_build_object('id', ${alias}.id::text, 'owner_agency', ${alias}.owner_agency,
     'tlp', ${alias}.tlp, 'releasable_to', ${alias}.releasable_to, 'recipients', ${alias}.recipients)
     order by ${alias}.id)`;

/** A short context line: the parts that have a value, joined with ' · '. */
export const contextOf = (...parts: (string | number | null | undefined)[]) =>
  parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ');

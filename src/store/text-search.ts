/**
 * The SQL pieces every capability's search function shares (src/search/ composes them). The match and the score
 * are one rule, written once in SQL (migrations/0680_search_ranked.sql: `centinela_search_terms`,
 * `centinela_search_score`): 3 for an exact match, 2–3 for a prefix, 1–2 for a match inside the text (the larger
 * the share of the text the query covers, the higher), and below 1 the trigram word similarity of a fuzzy match
 * (a name, for a text with a word of three letters or digits). Text is compared folded (no accents, lower case),
 * identifiers by their letters and digits only, both stored folded beside the row at write time. An identifier
 * matches from the text's third letter or digit (a shorter text only when it is the whole identifier, 0703); a
 * name from its first character.
 *
 * Each searchable table has a candidate function (a capability's migration, `centinela_search_*(q, lim)`) that
 * finds the matching rows the caller may read through the trigram indexes, which row-level security keeps
 * unused for a LIKE in the query itself, and returns only the best `lim` of them (for a kind that groups rows,
 * every matching row of the best `lim` groups) with their scores. A searcher joins them back by primary key
 * under row-level security (a second check) and orders them as the function did.
 */

/**
 * The rows of `table` (as `alias`) that the candidate function `fn` returns for the text $1 and the limit $2,
 * each with its score as `${alias}_candidate.score`.
 */
export const candidates = (fn: string, table: string, alias: string) =>
  `${fn}($1, $2) as ${alias}_candidate join ${table} ${alias} on ${alias}.id = ${alias}_candidate.id`;

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

/**
 * The SQL pieces every capability's search function shares (src/search/ composes them), so that a score means
 * the same thing whichever table it comes from: 3 for an exact match, 2–3 for a prefix, 1–2 for a match inside
 * the text (the larger the share of the text the query covers, the higher), and below 1 the trigram word
 * similarity of a fuzzy match. Text is compared folded (no accents, lower case: `centinela_fold`), identifiers
 * by their letters and digits only (`centinela_fold_key`), both from migrations/0650_text_search.sql; every
 * condition below is one a trigram index on the same expression answers.
 *
 * A query using them starts `with ${SEARCH_TERMS} …`, binds the text typed as $1, and joins `search_terms t`.
 */
export const SEARCH_TERMS = String.raw`search_terms as (
  select centinela_fold($1::text) as folded,
         centinela_fold_key($1::text) as key,
         replace(replace(replace(centinela_fold($1::text), '\', '\\'), '%', '\%'), '_', '\_') as pattern)`;

export interface TextMatch {
  /** A boolean SQL condition: the column matches the query at all. */
  where: string;
  /** Its score, rounded so that both engines (and every plan) order ties alike. */
  score: string;
}

const rounded = (score: string) => `round((${score})::numeric, 4)::float8`;

const tiers = (value: string, term: string, fuzzy: string) =>
  rounded(`case when ${value} = ${term} then 3
    when starts_with(${value}, ${term}) then 2 + length(${term})::float8 / length(${value})
    when strpos(${value}, ${term}) > 0 then 1 + length(${term})::float8 / length(${value})
    else ${fuzzy} end`);

/** A name or a description: exact, prefix, inside, then fuzzy (trigram word similarity). */
export function nameMatch(column: string): TextMatch {
  const value = `centinela_fold(${column})`;
  return {
    where: `(t.folded <> '' and (${value} like '%' || t.pattern || '%' or t.folded <% ${value}))`,
    score: tiers(value, 't.folded', `word_similarity(t.folded, ${value})`),
  };
}

/** An identifier (pedimento, bill of lading, container, RFC, permit number): exact, prefix or inside; never fuzzy. */
export function keyMatch(column: string): TextMatch {
  const value = `centinela_fold_key(${column})`;
  return {
    where: `(t.key <> '' and ${value} like '%' || t.key || '%')`,
    score: tiers(value, 't.key', '0'),
  };
}

/** The best of several matches of one row (a permit by its number, its holder's name or RFC). */
export function anyMatch(...matches: TextMatch[]): TextMatch {
  return {
    where: `(${matches.map((m) => m.where).join(' or ')})`,
    score: `greatest(${matches.map((m) => `case when ${m.where} then ${m.score} else 0 end`).join(', ')})`,
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

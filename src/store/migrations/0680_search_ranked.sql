-- The global search's one rule, ranked where the rows are (docs/PERFORMANCE.md, "Global search"). Until now the
-- candidate functions (0623-0626, 0655) returned every matching key, each folded again (`unaccent`) on the
-- index recheck, and the searchers joined them all back under row-level security to score and group them for
-- ten hits: thousands of rows for a two-letter prefix or a common word. From here:
--
-- * each searched field is stored folded beside it (a column kept by a BEFORE trigger, not a generated column:
--   src/sharing/reduce.ts copies rows with `insert … select * from jsonb_populate_recordset(…)`, which a
--   generated column refuses), and the trigram indexes are on those columns (0681-0683);
-- * the candidate functions score the rows they find and return only the best `lim` keys (for a kind that
--   groups rows, every matching row of the best `lim` groups, since the audit names each record read), with
--   their scores; the searchers read those rows back under row-level security, a second check, and order them
--   the same way;
-- * the match and the score are written once, here: src/store/text-search.ts no longer has a rule of its own.
--
-- A hidden row is still never a candidate (the marking rule below, as in 0623), so it can neither appear, nor
-- be counted, nor crowd a visible one out of the best `lim`: what a caller finds depends on its rows alone.

-- The score of one field: 3 for an exact match, 2-3 for a prefix, 1-2 inside the text (the larger the share of
-- the value the term covers, the higher), below 1 pg_trgm's word similarity when the match may be fuzzy, 0
-- otherwise. `value` and `term` are folded already. A plain SQL expression, so the planner inlines it.
create function centinela_search_score(value text, term text, fuzzy boolean) returns float8
language sql immutable parallel safe
as $$
  select coalesce(case
    when term = '' or value is null then 0
    when value = term then 3
    when starts_with(value, term) then 2 + length(term)::float8 / length(value)
    when length(term) >= 3 and strpos(value, term) > 0 then 1 + length(term)::float8 / length(value)
    when fuzzy then public.word_similarity(term, value)
    else 0 end, 0)
$$;

-- What a candidate function runs for the text `q`: `matches`, where any of `fields` matches (each
-- 'name:COLUMN' or 'key:COLUMN', a stored folded column of the row `alias`), and `score`, the row's score (the
-- best field's, rounded so both engines order ties alike). The rule:
--   an identifier (by its letters and digits) matches where it starts with the text's, and, for three or
--     more, where it contains it;
--   a name (folded) matches where it starts with the text, for three characters or more where it contains it,
--     and fuzzily (`q <% name`) only when the text has a word of three letters or digits — a trigram of its
--     own: a text of short words ('A.A.', 'sa de cv') has only padding trigrams, which most names share (0655).
-- The terms are embedded as literals so that the planner hands them to the trigram indexes; the columns come
-- from the fixed callers below, never from a user. Not callable by the application.
create function centinela_search_terms(fields text[], q text, alias text, out matches text, out score text)
language plpgsql immutable
set search_path = pg_catalog, public, pg_temp
as $$
declare
  folded text := centinela_fold(q);
  key text := centinela_fold_key(q);
  pattern text := replace(replace(replace(centinela_fold(q), '\', '\\'), '%', '\%'), '_', '\_');
  fuzzy boolean := centinela_fold(q) ~ '[[:alnum:]]{3}';
  field text;
  kind text;
  col text;
  conditions text[] := '{}';
  scores text[] := '{}';
begin
  foreach field in array fields loop
    kind := split_part(field, ':', 1);
    col := format('%I.%I', alias, split_part(field, ':', 2));
    if kind = 'key' then
      scores := scores || format('centinela_search_score(%s, %L, false)', col, key);
      if key <> '' then
        conditions := conditions || case when length(key) >= 3
          then format('%s like %L', col, '%' || key || '%')
          else format('%s like %L', col, key || '%') end;
      end if;
    else
      scores := scores || format('centinela_search_score(%s, %L, %L)', col, folded, fuzzy);
      if folded <> '' then
        conditions := conditions || case
          when fuzzy then format('(%s like %L or %L <%% %s)', col, '%' || pattern || '%', folded, col)
          when length(folded) >= 3 then format('%s like %L', col, '%' || pattern || '%')
          else format('%s like %L', col, pattern || '%') end;
      end if;
    end if;
  end loop;
  matches := case when cardinality(conditions) = 0 then 'false'
                  else '(' || array_to_string(conditions, ' or ') || ')' end;
  score := format('round((greatest(%s))::numeric, 4)::float8', array_to_string(scores, ', '));
end
$$;
revoke execute on function centinela_search_terms(text[], text, text) from public;

-- The marking rule of the `marking_read` policies for the row `alias`, the caller being $1 (its verified
-- agency) and $2 (its nation), as 0623 spelled it.
create function centinela_search_readable(alias text) returns text
language sql immutable
set search_path = pg_catalog, public, pg_temp
as $$
  select format($r$(%1$I.owner_agency = $1
    or ($2 = any (%1$I.releasable_to) and (%1$I.tlp in ('clear', 'green', 'amber') or $1 = any (%1$I.recipients))))$r$,
    alias)
$$;
revoke execute on function centinela_search_readable(text) from public;

-- 0623/0655's generator, replaced by the two above (its callers are replaced in 0681-0683).
drop function centinela_search_sql(text, text, text[], text);

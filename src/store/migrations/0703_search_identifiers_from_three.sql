-- Identifiers match from their third letter or digit; a shorter text finds an identifier only when it is all of it
-- (docs/PERFORMANCE.md, "Global search", 2026-12-07 midday). Until now one or two characters matched every
-- identifier starting with them: `me` took every MEDU... bill of lading and container of the medium world (about
-- 15 % of its lines) to list ten that tied on score, and `A.A.` (`aa` as an identifier) 1,758 RFCs starting
-- with AA, each grouped into its company: the two slowest texts of the search, 130-600 ms, for hits no analyst
-- could tell apart. An identifier is typed to find one record; its first two characters name a carrier or a
-- letter of a name, which the names still find (a name matches from its first character, as before).
--
-- 0680's rule otherwise unchanged: the function below is 0680's with the short-identifier condition
-- `col like 'me%'` become `col = 'me'`; every candidate function calls it, so each kind follows.
create or replace function centinela_search_terms(fields text[], q text, alias text, out matches text, out score text)
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
          else format('%s = %L', col, key) end;
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

-- The search's candidate functions (0623-0626) match a name fuzzily (`q <% name`, pg_trgm word similarity)
-- only when the text has a word of three letters or digits. A text whose words are all shorter ('A.A.',
-- 'sa de cv', 'y cia') has no trigram of its own, only the padding ones ('  a', ' a '), which every name with a
-- word starting with that letter shares: on the medium world 'a.a.' was similar to 137,720 of 302,650 party
-- records, all of them candidates folded, scored, grouped and read back under row-level security for ten hits
-- (8-25 s p95, docs/PERFORMANCE.md). Such texts still match names that start with them or contain them.
--
-- Only the fuzzy condition changes; the rest is 0623's centinela_search_sql as it was. src/store/text-search.ts
-- keeps its own condition: the searchers read only these candidates, so this rule is the one that holds, and
-- src/search/search.test.ts checks it on both engines.
create or replace function centinela_search_sql(target text, selected text, fields text[], q text) returns text
language plpgsql immutable
set search_path = pg_catalog, public, pg_temp
as $$
declare
  folded text := centinela_fold(q);
  key text := centinela_fold_key(q);
  pattern text := replace(replace(replace(centinela_fold(q), '\', '\\'), '%', '\%'), '_', '\_');
  -- a word of three letters or digits: a trigram of the text's own (pg_trgm's words are runs of those)
  fuzzy boolean := centinela_fold(q) ~ '[[:alnum:]]{3}';
  field text;
  kind text;
  col text;
  matches text[] := '{}';
begin
  foreach field in array fields loop
    kind := split_part(field, ':', 1);
    col := split_part(field, ':', 2);
    if kind = 'key' and key <> '' then
      matches := matches || case when length(key) >= 3
        then format('centinela_fold_key(%I) like %L', col, '%' || key || '%')
        else format('centinela_fold_key(%I) like %L', col, key || '%') end;
    elsif kind = 'name' and folded <> '' then
      matches := matches || case
        when length(folded) >= 3 and fuzzy
        then format('(centinela_fold(%I) like %L or %L <%% centinela_fold(%I))', col, '%' || pattern || '%', folded, col)
        when length(folded) >= 3
        then format('centinela_fold(%I) like %L', col, '%' || pattern || '%')
        else format('centinela_fold(%I) like %L', col, pattern || '%') end;
    end if;
  end loop;
  if cardinality(matches) = 0 then
    matches := array['false'];
  end if;
  -- the marking rule of the `marking_read` policies, for the caller ($1 agency, $2 nation)
  return format($q$select %s from %I
     where (%s)
       and (owner_agency = $1
            or ($2 = any (releasable_to) and (tlp in ('clear', 'green', 'amber') or $1 = any (recipients))))$q$,
    selected, target, array_to_string(matches, ' or '));
end
$$;
revoke execute on function centinela_search_sql(text, text, text[], text) from public;

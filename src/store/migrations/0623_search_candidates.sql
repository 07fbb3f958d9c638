-- Candidates for the global search through the trigram indexes (0651-0653), which row-level security keeps
-- unused: LIKE and pg_trgm's `<%` are not LEAKPROOF, so PostgreSQL evaluates them only after a table's policies,
-- row by row, and never as an index condition (a sequential scan folding every visible row: seconds on the
-- medium world). Each searchable table gets a SECURITY DEFINER function (its capability's migration) that finds
-- the matching rows through the index AND keeps only those the caller may read, by the marking rule every such
-- table's only read policy spells (`marking_read`, 0560/0640), evaluated once for the caller's verified agency
-- and nation. It returns keys only; the search then reads those rows under row-level security as before (a
-- second check), so what a caller finds, how it ranks and how many there are depend on its rows alone: a
-- hidden row is never a candidate, so it can neither appear nor crowd a visible one out.
--
-- Written in PL/pgSQL (bodies resolved when called): centinela_fold and pg_trgm come later, in 0650.

-- The SELECT a candidate function runs: the rows of `target` where any of `fields` matches `q` as the search
-- compares them (src/store/text-search.ts: a name folded, an identifier by its letters and digits; its start
-- always, inside it and fuzzily only from three characters), and the caller may read the row ($1 its agency,
-- $2 its nation). The terms are embedded as literals so the planner hands them to the trigram indexes; the
-- table and columns come from the fixed callers below, never from a user. Not callable by the application.
create function centinela_search_sql(target text, selected text, fields text[], q text) returns text
language plpgsql immutable
set search_path = pg_catalog, public, pg_temp
as $$
declare
  folded text := centinela_fold(q);
  key text := centinela_fold_key(q);
  pattern text := replace(replace(replace(centinela_fold(q), '\', '\\'), '%', '\%'), '_', '\_');
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
      matches := matches || case when length(folded) >= 3
        then format('(centinela_fold(%I) like %L or %L <%% centinela_fold(%I))', col, '%' || pattern || '%', folded, col)
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

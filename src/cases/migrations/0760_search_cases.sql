-- Cases in the global search, the way 0681-0683 and 0701 put the other records there
-- (src/store/migrations/0680_search_ranked.sql says why): title and summary stored folded beside them by a
-- BEFORE trigger, trigram indexes on those columns, and a candidate function that returns only the best `lim`
-- ids, with their scores, of the cases the caller may read. A case's links and notes are not searched: a link
-- names a record the reader may not see (0740), and what a case is about is its title and summary.
alter table cases add column search_title text, add column search_summary text;

-- Existing rows (no trigger fires: none is on these columns).
update cases set search_title = centinela_fold(title), search_summary = centinela_fold(summary);

create function centinela_cases_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_title := centinela_fold(new.title);
  new.search_summary := centinela_fold(new.summary);
  return new;
end
$$;
create trigger search_fold before insert or update of title, summary, search_title, search_summary
  on cases for each row execute function centinela_cases_search_fold();

create index cases_search_title on cases using gin (search_title gin_trgm_ops);
create index cases_search_summary on cases using gin (search_summary gin_trgm_ops);

-- Cases: the best `lim` (score, title, id).
create function centinela_search_cases(q text, lim integer) returns table (id uuid, score float8)
language plpgsql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['name:search_title', 'name:search_summary'], q, 'c');
  return query execute format(
    'select c.id, %s as score from cases c where %s and %s order by score desc, c.title, c.id limit $3',
    t.score, t.matches, centinela_search_readable('c'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;
revoke execute on function centinela_search_cases(text, integer) from public;
grant execute on function centinela_search_cases(text, integer) to centinela_app;

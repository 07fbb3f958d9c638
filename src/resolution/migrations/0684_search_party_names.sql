-- Companies are searched by their distinct names (docs/PERFORMANCE.md, "Global search"). The medium world's
-- 302,650 party records have 25,901 distinct names, and a text of short words has only the trigrams most names
-- share ('A.A.': the word `a` of every "S.A. de C.V."), so its trigram scan rechecked ~40 % of the records'
-- heap. The names are kept once each in `party_record_search_names` (folded, as `party_records.search_name`),
-- matched there through their own trigram index, and joined back to the records by a b-tree on the name.
--
-- The table holds names only, no marking: the application role may not read it (row-level security on, no
-- policy, no grant), and only the candidate function below, which keeps the caller's readable records alone,
-- reads it. A name whose records were all deleted stays (it then joins nothing). Its rows are written by
-- triggers on party_records that fire also when rows are copied with triggers off (`enable always`:
-- src/sharing/reduce.ts copies a reduced world in replica mode), so every world that has the records has
-- their names.
create table party_record_search_names (search_name text primary key);
alter table party_record_search_names enable row level security;
revoke all on party_record_search_names from public, centinela_app;

insert into party_record_search_names
  select distinct search_name from party_records where search_name is not null;
create index party_record_search_names_trgm on party_record_search_names using gin (search_name gin_trgm_ops);
create index party_records_search_name_exact on party_records (search_name);

create function centinela_party_record_names_inserted() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  insert into party_record_search_names
    select distinct search_name from added where search_name is not null
  on conflict do nothing;
  return null;
end
$$;
revoke execute on function centinela_party_record_names_inserted() from public;
create trigger search_names_inserted after insert on party_records referencing new table as added
  for each statement execute function centinela_party_record_names_inserted();
alter table party_records enable always trigger search_names_inserted;

create function centinela_party_record_name_changed() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  insert into party_record_search_names values (new.search_name) on conflict do nothing;
  return null;
end
$$;
revoke execute on function centinela_party_record_name_changed() from public;
-- `of name` too: search_name changed by the BEFORE trigger (0683) is not a column the UPDATE names.
create trigger search_name_changed after update of name, search_name on party_records
  for each row when (new.search_name is not null and new.search_name is distinct from old.search_name)
  execute function centinela_party_record_name_changed();
alter table party_records enable always trigger search_name_changed;

-- 0683's function, with the records matched by name found through their distinct names.
create or replace function centinela_search_party_records(q text, lim integer)
  returns table (id uuid, score float8)
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
  by_name record;
  by_rfc record;
begin
  select * into t from centinela_search_terms(array['name:search_name', 'key:search_rfc'], q, 'pr');
  select * into by_name from centinela_search_terms(array['name:search_name'], q, 'n');
  select * into by_rfc from centinela_search_terms(array['key:search_rfc'], q, 'pr');
  return query execute format(
    'with ids as (
       select pr.id from party_record_search_names n join party_records pr on pr.search_name = n.search_name
        where %4$s
       union
       select pr.id from party_records pr where %5$s),
     m as materialized (
       select pr.id, pr.name, pr.rfc, pr.name_core, pr.rfc_norm, %1$s as score
         from ids join party_records pr on pr.id = ids.id where %2$s),
     g as materialized (
       select m.*, em.entity_id::text as entity,
              case when em.entity_id is null then m.name_core || ''|'' || coalesce(m.rfc_norm, '''') end as company
         from m left join entity_members em
           on em.party_record_id = m.id and %3$s and $1 = any (em.viewers)),
     top as (
       select g.entity, g.company,
              (array_agg(g.name order by g.score desc, g.name, g.rfc, g.id))[1] as label,
              (array_agg(g.rfc order by g.score desc, g.name, g.rfc, g.id))[1] as rfc
         from g group by g.entity, g.company
        order by max(g.score) desc, label, rfc nulls first, coalesce(g.entity, g.company) limit $3)
     select g.id, g.score from g
       join top on top.entity is not distinct from g.entity and top.company is not distinct from g.company',
    t.score, centinela_search_readable('pr'), centinela_search_readable('em'), by_name.matches, by_rfc.matches)
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;
